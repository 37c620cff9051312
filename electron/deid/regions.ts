// Regions named as the people who live there name them ("summers on the vineyard", "driving down from the upper cape",
// "moved back to cape ann", "a camp in the adirondacks"), and towns named after their kind ("the village of Ijawmi"). A
// region smaller than a state narrows where someone lives as a town does, so it goes; the word "the" stays.
import { mark, type PlaceCtx } from './place-context';
import { adjacent } from './tokens';

/** Regions called by a word or two after "the" ("the vineyard", "the north country"). */
const THE_REGION = /^(?:vineyard|cape|berkshires|seacoast|north[ \t]+country|panhandle|outer[ \t]+banks|upper[ \t]+peninsula|poconos|adirondacks|catskills|hamptons|florida[ \t]+keys|iron[ \t]+range|lakes[ \t]+region|white[ \t]+mountains|finger[ \t]+lakes|main[ \t]+line|quad[ \t]+cities|twin[ \t]+cities|(?:upper|lower|outer|mid)[ \t-]+cape)\b/i;
/** Regions with no "the" before them: "upper cape", "Cape Ann", "cape cod". */
const BARE_REGION = /^(?:(?:upper|lower|outer|mid)[ \t-]+cape|cape[ \t]+(?:ann|cod|may|elizabeth|girardeau|neddick|porpoise|charles|canaveral|coral|fear|hatteras|vincent))\b/i;
/** The word before a region: where one is, goes or comes from. */
const BEFORE = /\b(?:on|in|to|from|at|near|of|off|around)[ \t]+$/i;
/** What makes "cape" a pattern on the skin, not a place ("in a cape distribution"). */
const NOT_AFTER = /^[ \t-]*(?:distribution|like|pattern|area|region|sign)\b/i;

export function regionRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  if (!/cape|vineyard|berkshires|seacoast|country|panhandle|banks|peninsula|poconos|adirondacks|catskills|hamptons|keys|range|region|mountains|lakes|line|cities/i.test(text)) return;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const the = t.key === 'the';
    const at = the ? (tokens[i + 1]?.start ?? -1) : t.start;
    if (at < 0 || !BEFORE.test(text.slice(Math.max(0, t.start - 10), t.start))) continue;
    if (the && !/^[ \t]+$/.test(text.slice(t.end, at))) continue;
    const m = (the ? THE_REGION : BARE_REGION).exec(text.slice(at, at + 32));
    if (!m || NOT_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 16))) continue;
    // In mixed case a region is written in lower case or capitalized, never half ("the Upper cape" reads as a typo).
    for (let k = the ? i + 1 : i; k < tokens.length && tokens[k]!.end <= at + m[0].length; k++) mark(ctx, k, 'place-region');
  }
}

/** "the village of Ijawmi", "TOWN OF HOPE", "the city of boston": a town after the kind of place it is. */
const OF_KIND = /^(?:village|town|city|hamlet|township|borough|municipality|commune|district|province|parish|county|prefecture|canton)$/;
const NOT_OF_TOWN = /^(?:columbia|residence|origin|birth|choice|interest|record|employment|death|the|a|an|our|his|her|their|this|that|its|which|whose|about|approximately)$/;

export function ofKindTownRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  if (!/\b(?:village|town|city|hamlet|township|borough|municipality|commune|district|province|parish|county|prefecture|canton)[ \t]+of\b/i.test(text)) return;
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i - 1]!.key !== 'of' || !OF_KIND.test(tokens[i - 2]!.key) || !adjacent(text, tokens[i - 2]!, tokens[i - 1]!) || !adjacent(text, tokens[i - 1]!, tokens[i]!)) continue;
    const mixed = tokens[i]!.lineCase === 'mixed';
    for (let k = i; k < i + 3 && k < tokens.length && (k === i || adjacent(text, tokens[k - 1]!, tokens[k]!)); k++) {
      const t = tokens[k]!;
      const f = ctx.f[k]!;
      if (f.fn || f.clinical || NOT_OF_TOWN.test(t.key) || /\d/.test(t.key) || t.end - t.start < 2) break;
      if (mixed ? !t.cap : f.english && f.common && !f.town && !f.city && !f.last) break;
      mark(ctx, k, 'place-of-kind');
    }
  }
}
