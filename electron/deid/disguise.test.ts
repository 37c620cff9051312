// Disguised identifiers: the same planted formats (eval/formats.ts) with their identifiers written in
// characters that look the same or show nothing (zero-width spaces, soft hyphens, full-width digits,
// non-breaking hyphens and spaces, Cyrillic look-alike letters, mathematical bold). Each must be found as
// its plain form is, and the look-alikes that must survive must still survive when disguised.
import { describe, expect, it } from 'vitest';
import { findIdentifiers, redact, surrogate } from './index';
import { foldForSearch, originalSpan } from './fold';
import { formatCases, keepCases } from './eval/formats';
import { coverageOf } from './deid-test-support';

type Disguise = (part: string) => string;

const CYRILLIC: Readonly<Record<string, string>> = { a: 'а', e: 'е', o: 'о', c: 'с', p: 'р', x: 'х', A: 'А', E: 'Е', O: 'О', C: 'С', T: 'Т', M: 'М', H: 'Н' };

/** Math bold capitals, small letters and digits: astral characters, two UTF-16 units each. */
function mathBold(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) return String.fromCodePoint(0x1d400 + c - 65);
  if (c >= 97 && c <= 122) return String.fromCodePoint(0x1d41a + c - 97);
  if (c >= 48 && c <= 57) return String.fromCodePoint(0x1d7ce + c - 48);
  return ch;
}

const DISGUISES: Readonly<Record<string, Disguise>> = {
  // A zero-width space after the second character of every run of three or more letters or digits.
  'zero-width space': (p) => p.replace(/([\p{L}\p{N}]{2})(?=[\p{L}\p{N}])/gu, '$1\u200B'),
  'soft hyphen': (p) => p.replace(/([\p{L}\p{N}]{3})(?=[\p{L}\p{N}])/gu, '$1\u00AD'),
  'full-width digits': (p) => p.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  'full-width everything': (p) => p.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  'non-breaking hyphens and spaces': (p) => p.replace(/-/g, '\u2011').replace(/ /g, '\u00A0'),
  'Cyrillic look-alikes': (p) => p.replace(/[aeocpxAEOCTMH]/g, (c) => CYRILLIC[c]!),
  'mathematical bold': (p) => [...p].map(mathBold).join(''),
};

const CASES = [...formatCases(505), ...formatCases(606)];

/** The case's text with its identifier disguised, and the disguised identifier. */
function disguised(text: string, part: string, d: Disguise): { text: string; part: string } {
  const at = text.indexOf(part);
  const p = d(part);
  return { text: text.slice(0, at) + p + text.slice(at + part.length), part: p };
}

/** Every letter and digit of the identifier (astral ones included) lies inside a finding. */
function whollyCovered(text: string, part: string): boolean {
  const at = text.indexOf(part);
  const found = findIdentifiers(text);
  for (let i = at; i < at + part.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (/[\p{L}\p{N}]/u.test(ch) && !found.some((f) => f.start <= i && i + ch.length <= f.end)) return false;
    i += ch.length;
  }
  return true;
}

describe('folding for search', () => {
  it('changes nothing in plain ASCII or in text whose other characters need no folding', () => {
    expect(foldForSearch('Seen by Dr. Carter on 03/14/2024.')).toBeNull();
    expect(foldForSearch('Temp 38.5°C, 5 µg, “quoted”, café, Ωmega, WBC 10³/µL, Tylenol™')).toBeNull();
  });

  it('maps each folded unit back to the character it came from', () => {
    const text = 'A\u200BB ５ 𝐉x';
    const f = foldForSearch(text)!;
    expect(f.text).toBe('AB 5 Jx');
    const j = f.text.indexOf('J');
    expect(originalSpan(f, text, j, j + 1)).toEqual({ start: text.indexOf('𝐉'), end: text.indexOf('𝐉') + 2 });
    expect(originalSpan(f, text, 0, 2)).toEqual({ start: 0, end: 3 });
  });

  it('folds a look-alike letter only inside a word that has Latin letters', () => {
    expect(foldForSearch('J\u043Ehn')!.text).toBe('John');
    expect(foldForSearch('MAC е6:с3')!.text).toBe('MAC e6:c3');
    // A word of Cyrillic with letters no Latin one looks like is a word of that language, not a disguise.
    expect(foldForSearch('Иван')).toBeNull();
    // A right-to-left override shows its text reversed: it is searched as it reads.
    expect(foldForSearch('Pt \u202EHTIMS NHOJ\u202C seen')!.text).toBe('Pt JOHN SMITH seen');
    // A word made only of look-alikes is drawn exactly like a Latin one.
    expect(foldForSearch('Dr. Сое')!.text).toBe('Dr. Coe');
  });
});

describe('disguised identifiers', () => {
  it.each(Object.keys(DISGUISES))('finds planted identifiers written with %s', (name) => {
    const d = DISGUISES[name]!;
    const missed: string[] = [];
    let plainFound = 0;
    let found = 0;
    for (const c of CASES) {
      if (!coverageOf(c.text, findIdentifiers(c.text), c.part).all) continue;
      plainFound++;
      const x = disguised(c.text, c.part, d);
      if (whollyCovered(x.text, x.part)) found++;
      else missed.push(`${c.kind} ${c.format}`);
    }
    // Of what is found in plain characters, at least 97% is found disguised as well.
    expect(plainFound).toBeGreaterThan(300);
    expect(found / plainFound, missed.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it.each(['full-width digits', 'non-breaking hyphens and spaces', 'zero-width space'])('leaves clinical look-alikes untouched when written with %s', (name) => {
    const d = DISGUISES[name]!;
    const touched = keepCases().filter((k) => {
      const x = disguised(k.text, k.part, d);
      const at = x.text.indexOf(x.part);
      return findIdentifiers(x.text).some((f) => f.start < at + x.part.length && at < f.end);
    });
    expect(touched.map((k) => `${k.format}: ${k.part}`)).toEqual([]);
  });

  it('finds disguised names, and redaction leaves none of their letters', () => {
    const notes = [
      'Seen by Dr. J\u200Bohn Car\u00ADter in clinic.',
      'Wife M\u0430ry Sm\u0456th at bedside, aware of plan.',
      'Patient 𝐌𝐚𝐫𝐲 𝐒𝐦𝐢𝐭𝐡 called (４１０) ５５５\u2011０１２３.',
      'Son С\u043Ee (all look-alike letters) visited.',
      'Discussed with Ｄｒ． Ｃａｒｔｅｒ, who agrees.',
      'Patient \u202Ehtims yram\u202C, son of Dr. \u202EnhoJ\u202C.',
    ];
    for (const text of notes) {
      const out = redact(text, findIdentifiers(text));
      const folded = (foldForSearch(out) ?? { text: out }).text;
      expect(folded, text).not.toMatch(/ohn|arter|Mary|Smith|Coe|5550123|555-0123/);
      expect(out, text).toContain('[NAME]');
    }
  });

  it('replaces disguised identifiers wholly in surrogate mode, and the same person gets the same surrogate', () => {
    const text = 'Seen by Dr. J\u200Bohn Carter. MRN １２３４５６７８, email ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ, cell (４１０) ５５５\u2011０１２３. Later Dr. John Carter again.';
    const out = surrogate(text, findIdentifiers(text), 'patient key').text;
    const folded = (foldForSearch(out) ?? { text: out }).text;
    expect(folded).not.toMatch(/John|ohn|Carter|12345678|john@|555-0123|5550123/);
    expect(out).not.toMatch(/[\u200B\uFF10-\uFF5E]/);
    // "J\u200Bohn Carter" and "John Carter" are one person: one surrogate.
    const names = [...out.matchAll(/Dr\. (\w+ \w+)/g)].map((m) => m[1]);
    expect(names).toHaveLength(2);
    expect(names[0]).toBe(names[1]);
  });
});
