// How home-care and EMS notes say the way to a patient's home: the numbered road ("past the Mobil on Route 16",
// "Directions: Rte 113 to Friendship"), the town a road leads to, and the street to turn onto ("R on Hudson Mount,
// 3rd driveway"), and the unit in a named residence ("resides at Parsons Manor, unit 144"). A road's number with the
// turns off it finds the house, so it goes with the town and street.
import type { PatternRule } from './patterns';
import { lineOf, wordGate } from './tokens';

/** A numbered road: "Route 16", "US Rte. 1A", "RT 302", "Hwy 52", "State Route 9". */
const ROAD = String.raw`(?:(?:us|state|sr|county)[ \t]+)?(?:route|rte|rt|hwy|highway)\.?[ \t]*\d{1,3}[a-z]?\b`;
/** What a road's number is not followed by: a cannula's gauge ("rt 18g", "RT 16 gauge"). */
const NOT_ROAD_AFTER = /^[ \t]*(?:g\b|ga\b|gauge|fr\b|french|mm\b|cm\b|%|mg\b|ml\b|x\b|times|hours?|hrs?|min)/i;
/** A line that gives directions. */
const DIRECTIONS_LINE = /\b(?:directions?|driveway|(?:house|home|trailer|farm)[ \t]+on[ \t]+(?:the[ \t]+)?(?:left|right)|take[ \t]+(?:route|rte|rt|hwy)|(?:turn|bear)[ \t]+(?:left|right))\b/i;

const GATE = wordGate('route rte rt hwy highway');

export const DIRECTION_RULES: readonly PatternRule[] = [
  // "past the Mobil on Route 16", "off RT. 302", "Directions: Rte 113 to ...": a numbered road after a word that places
  // something on it.
  {
    rule: 'road-number',
    kind: 'LOCATION',
    words: GATE,
    re: new RegExp(String.raw`(?:\b(?:on|off|past|via|take|took|along|onto|down|up|from|near)[ \t]+|(?:^|\n)[ \t]*directions?[ \t]*:[ \t]*)(${ROAD})`, 'gi'),
    group: 1,
    priority: 5,
    // Only where the line gives the way to a home: a road alone ("traffic heavy on Route 1") places no one.
    check: (m, text) => DIRECTIONS_LINE.test(lineOf(text, m.index)) && !NOT_ROAD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)),
  },
  // "Rte 113 to Friendship, R on ...": the town a road leads to, up to the comma.
  {
    rule: 'road-to-town',
    kind: 'LOCATION',
    words: GATE,
    re: new RegExp(String.raw`${ROAD}[ \t]+to[ \t]+(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2}?)(?=[ \t]*,)`, 'giu'),
    group: 1,
    priority: 5,
    check: (m, text) => DIRECTIONS_LINE.test(lineOf(text, m.index)) && !/^(?:the|a|an|her|his|their|right|left|exit)\b/i.test(m[1]!),
  },
  // "R on Hudson Mount, 3rd driveway", "turn left onto maple way,": the street to turn onto, in a line of directions.
  {
    rule: 'turn-onto-street',
    kind: 'LOCATION',
    words: wordGate('r l right left on onto'),
    re: /\b(?:r|l|right|left|turn[ \t]+(?:right|left)|bear[ \t]+(?:right|left))[ \t]+on(?:to)?[ \t]+((?!(?:the|a|an|your|her|his)\b)[\p{L}'’][\p{L}'’.-]*(?:[ \t]+[\p{L}'’][\p{L}'’.-]*){0,3}?)(?=[ \t]*[,;.](?:[ \t]|$))/giu,
    group: 1,
    priority: 5,
    check: (m, text) => DIRECTIONS_LINE.test(lineOf(text, m.index)),
  },
  // "resides at Parsons Manor, unit 144": the unit of a residence named after a verb of living.
  {
    rule: 'residence-unit',
    kind: 'LOCATION',
    words: wordGate('resides residing lives living lived resided stays staying'),
    re: /\b(?:resides|residing|resided|lives|living|lived|stays|staying)[ \t]+(?:at|in)[ \t]+[^,;\n]{3,50},[ \t]*(?:unit|apt\.?|apartment|suite|room|rm\.?|#)[ \t]*#?[ \t]*(\d{1,5}[a-z]?)\b/gi,
    group: 1,
    priority: 5,
  },
];
