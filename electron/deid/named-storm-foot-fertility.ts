// What disaster, weight-loss, foot-care and fertility records name that looks like a person, a place, a date or a
// number and is none: named storms and weather ("Hurricane Helene", "gale warning"), eponyms ("Böhler's angle", "Evans
// calcaneal osteotomy", "Gardner grading", "Turner mosaicism", "pouch of Douglas"), products and national makers ("Dr.
// Comfort shoes", "Hoka Bondi", "Richie Brace", "Geri incubator", "Igenomix ERA", "orlistat (Alli)", "Tdap"), a national
// dialysis chain before a generic kind ("DaVita clinic closed"), places of care named by their role ("the shelter clinic",
// "the field hospital", "the satellite monitoring office"), and standing schedules ("Monday through Saturday", "the first
// Tuesday of every month"). Candidates inside them are dropped by named-things.ts.
import { spansOf } from './named-gear';
import { wordGate } from './tokens';

/** Hurricane, Utah and Hurricane, West Virginia are towns: a storm's name is a capitalized word ("Hurricane Helene"),
 * no kind of place, and no place's kind follows it ("Hurricane Memorial Hospital", "Hurricane Dialysis", "in
 * hurricane on oct 13" stay places). */
const PLACE_KIND = 'memorial|general|university|regional|area|community|medical|high|middle|elementary|school|hospital|lumber|company|clinic|center|centre|health|county|city|valley|creek|airport|mill|mills|public|family|dental|library|church|police|fire|post|office|bank|park|road|street|avenue|drive|lane|dialysis|renal|kidney|lab|laboratory|drug|drugs|pharmacy|apothecary'
  .split('|')
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join('|');
const STORM = new RegExp(String.raw`\b(?:[Hh]urricane|[Tt]ropical[ \t]+[Ss]torm|[Tt]yphoon|[Cc]yclone|[Ss]uperstorm|[Ww]inter[ \t]+[Ss]torm)[ \t]+(?!(?:${PLACE_KIND})\b)\p{Lu}\p{Ll}+\b(?![ \t]+(?:${PLACE_KIND})\b)|\b[Gg]ale[ \t]+(?:warning|watch|force|winds?)\b`, 'gu');
const STORM_WORDS = wordGate('hurricane tropical typhoon cyclone superstorm winter gale');

const EPONYM = /\bb[öo]hler['’]?s?[ \t]+angle\b|\bevans[ \t]+(?:calcaneal[ \t]+)?(?:osteotomy|procedure|lengthening)\b|\bgardner[ \t]+(?:grading|grade|score|scale|criteria|system)\b|\bturner(?:['’]s)?[ \t]+(?:syndrome|mosaicism|mosaic|karyotype|variant)\b|\bpouch[ \t]+of[ \t]+douglas\b|\brichie[ \t]+brace\b/giu;
const EPONYM_WORDS = wordGate('bohler hler evans gardner turner turners pouch richie');

const PRODUCT = /\bdr\.?[ \t]+comfort\b|\bhoka(?:[ \t]+(?:one[ \t]+one|bondi|clifton|arahi|speedgoat|gaviota))?\b|\bgeri(?=[ \t]+(?:incubator|time-lapse|chamber|dish))\b|\bigenomix\b(?:[ \t]+era\b)?|\borlistat[ \t]*\((alli)\)|\balli(?=[ \t]*(?:60|capsules?|otc)\b)|\btdap\b|\b(?:davita|fresenius)(?=[ \t]+(?:clinic|clinics|center|centers|unit|units|dialysis)\b(?![ \t]+(?:of|in|at|on)\b))/giu;
const PRODUCT_WORDS = wordGate('dr comfort hoka geri igenomix orlistat alli tdap davita fresenius');

/** Places of care named by their role, after "the": "the shelter clinic", "the satellite monitoring office". */
const ROLE_PLACE = /\bthe[ \t]+((?:shelter|satellite|field|mobile|main|evacuation|base|triage|staging)[ \t]+(?:monitoring[ \t]+|medical[ \t]+)?(?:clinic|hospital|office|unit|site|area|station|center|tent))\b/giu;
const ROLE_PLACE_WORDS = wordGate('the');

/** Standing schedules: "Monday through Saturday", "the first Tuesday of every month". */
const SCHEDULE = /\b(?:monday|mon)[ \t]*(?:through|thru|to|-|–)[ \t]*(?:saturday|sat|sunday|sun)\b|\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)[ \t]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?[ \t]+of[ \t]+(?:every|each|the)[ \t]+month\b/giu;
const SCHEDULE_WORDS = wordGate('monday mon first second third fourth last');

/** The spans of these records' look-alikes in `text`; `open` says which word gates are open. */
export function stormFootFertilitySpans(text: string, open: Uint8Array): Array<[number, number]> {
  return spansOf(text, open, [[STORM, STORM_WORDS], [EPONYM, EPONYM_WORDS], [PRODUCT, PRODUCT_WORDS], [ROLE_PLACE, ROLE_PLACE_WORDS], [SCHEDULE, SCHEDULE_WORDS]]);
}
