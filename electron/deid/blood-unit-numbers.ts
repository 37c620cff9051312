// Numbers a blood bank writes on a unit and what carries it: an ISBT 128 donation number with its dashes
// ("W9475-21-051808": a letter and facility code, the year, the serial), a cooler's number ("cooler FJ9977", "in cooler
// c-588", "COOLER 5 (C-480)") and a patient's blood bank band ("ID band VRK1293", "ARMBAND NUMBER EXK5999", "band
// ATS8582 agree"). A unit's product code ("E0382V00") and a cooler's count ("6 coolers") are no such number.
import type { PatternRule } from './patterns';
import { wordGate } from './tokens';

export const BLOOD_UNIT_RULES: readonly PatternRule[] = [
  {
    rule: 'donation-number',
    kind: 'ID',
    gate: /\d{4}-\d{2}-\d{6}/,
    re: /(?<![\p{L}\d-])[A-Za-z]\d{4}-\d{2}-\d{6}(?![\p{L}\d-])/gu,
    priority: 6,
  },
  {
    rule: 'cooler-number',
    kind: 'ID',
    words: wordGate('cooler'),
    re: /\bcooler[ \t]+(?:#[ \t]*|no\.?[ \t]*|\d{1,2}[ \t]+\()?([A-Za-z]{1,3}-?\d{3,6})(?![\p{L}\d-])/giu,
    group: 1,
    priority: 6,
  },
  {
    rule: 'band-number',
    kind: 'ID',
    words: wordGate('band armband wristband'),
    re: /\b(?:arm|wrist)?band(?:[ \t]+(?:number|no\.?|#))?[ \t]*:?[ \t]+([A-Za-z]{2,4}-?\d{3,}|\d{5,})(?![\p{L}\d-])/giu,
    group: 1,
    priority: 6,
  },
];
