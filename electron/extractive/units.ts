// Cuts a stretch of a note into the units an extractive statement quotes: list items (lines, bullets,
// numbered items, including the ",2.  " items of flattened transcriptions), and within each item its
// sentences (sbd, which knows abbreviations such as "Dr.", "b.i.d." and decimals). A unit is a span of
// the note, never part of a sentence.
import sbd from 'sbd';

export interface Span {
  readonly start: number;
  readonly end: number;
}

// sbd replaces its own abbreviation list with the one given, so this is the whole list: common English
// titles and Latin, plus clinical dosing abbreviations (compared without dots: "b.i.d." is "bid").
const ABBREVIATIONS = [
  ...'Dr Drs Mr Mrs Ms Prof Sr Jr St Mt vs etc eg ie al approx Fig Inc Ltd Co Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '),
  ...'bid tid qid qd qod qhs hs po pr prn ac pc sl im iv sq subq od os ou ad as au am pm'.split(' '),
  ...'BID TID QID QD QOD QHS HS PO PRN AM PM'.split(' '),
];
const SBD_OPTIONS = { newline_boundaries: false, preserve_whitespace: true, sanitize: false, abbreviations: ABBREVIATIONS } as const;

// Characters trimmed from either end of a unit: whitespace and the separators of flattened text.
const EDGE = /[\s,;]/;
// A list marker at the start of an item: "-", "•", "1.", "2)", "(3)", "a)".
const LIST_MARKER = /^(?:[-•*·▪◦‣]|\d{1,2}[.)](?!\d)|\(\d{1,2}\)|[a-z]\))\s+/;

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && EDGE.test(text[start]!)) start++;
  while (end > start && EDGE.test(text[end - 1]!)) end--;
  return { start, end };
}

/** List items of text[start, end): lines, and numbered items flattened onto one line after a comma. */
function items(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const cut = (s: number, e: number) => {
    let span = trimSpan(text, s, e);
    for (;;) {
      const m = LIST_MARKER.exec(text.slice(span.start, span.end));
      if (!m) break;
      span = trimSpan(text, span.start + m[0].length, span.end);
    }
    if (span.end > span.start) out.push(span);
  };
  const body = text.slice(start, end);
  // Flattened transcriptions join lines with a comma: ",2.  Next item" and "clear.,Neck: supple".
  const breaks = /\n|,(?=[ \t]*\d{1,2}\.[ \t]+[A-Za-z])|(?<=[.:]),(?=[ \t]*[A-Z])/g;
  let from = 0;
  for (const m of body.matchAll(breaks)) {
    cut(start + from, start + m.index);
    from = m.index + m[0].length;
  }
  cut(start + from, end);
  return out;
}

/** Sentences of one item, as spans of the note. */
function sentences(text: string, item: Span): Span[] {
  const slice = text.slice(item.start, item.end);
  const out: Span[] = [];
  let cursor = 0;
  for (const s of sbd.sentences(slice, SBD_OPTIONS)) {
    const piece = s.trim();
    if (!piece) continue;
    const at = slice.indexOf(piece, cursor);
    // sbd keeps the text as it was (preserve_whitespace); a piece it changed is left out rather than guessed.
    if (at < 0) continue;
    const span = trimSpan(text, item.start + at, item.start + at + piece.length);
    if (span.end > span.start) out.push(span);
    cursor = at + piece.length;
  }
  // Text sbd returned nothing for (no letters) is still a unit: "BP 120/80".
  return out.length > 0 ? out : [item];
}

/** The units of text[start, end): sentences within list items. */
export function splitUnits(text: string, start: number, end: number): Span[] {
  return items(text, start, end).flatMap((item) => sentences(text, item));
}

/** List items only, for lists written as one line ("lisinopril 10 mg daily, metformin 500 mg b.i.d."). */
export function splitListItems(text: string, unit: Span): Span[] {
  const out: Span[] = [];
  let from = unit.start;
  const slice = text.slice(unit.start, unit.end);
  for (const m of slice.matchAll(/[;,](?=\s)/g)) {
    const span = trimSpan(text, from, unit.start + m.index);
    if (span.end > span.start) out.push(span);
    from = unit.start + m.index + 1;
  }
  const last = trimSpan(text, from, unit.end);
  if (last.end > last.start) out.push(last);
  return out;
}
