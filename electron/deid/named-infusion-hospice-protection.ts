// What home infusion, hospice, child protection and epilepsy records name that looks like a person, a place, a date or
// a number and is none: anatomy ("the cavoatrial junction"), programs by their letters ("OPAT clinic"), national bodies,
// chains and instruments ("CMS", "APSAC", "AAN", "Dignity Memorial", "the Helfer Society", "UCLA PTSD Reaction
// Index"), regions ("New England"), generic sites after an article ("the child advocacy center", "the police
// station"), kin words ("Foster mother"), standing days ("every Tuesday and Thursday"), a river near the house,
// eponyms ("Todd's paralysis", "Sturge-Weber"), EEG makers ("Natus Xltek"), a state's law ("New York has a 12-month
// rule"), a memory score ("Memory 2/8") and a holiday's music. Candidates inside them are dropped by named-things.ts.
import { spansOf } from './named-gear';
import { wordGate } from './tokens';

/** Junctions of anatomy written as one word of two parts. */
const ANATOMY = /\b(?:cavoatrial|gastroesophageal|ureteropelvic|ureterovesical|corticomedullary|sinotubular|pontomedullary|cervicomedullary|costochondral|sternoclavicular|squamocolumnar|atriocaval)[ \t]+junction\b/giu;
const ANATOMY_WORDS = wordGate('junction');

/** A care program named by its letters before the word for it. */
const PROGRAM = /\b(?:OPAT|TPN|IVIG|HIV|CHF|COPD|CKD|IBD|ALS|MS|HF|ID|PICC|EMU|VNS)(?=[ \t]+(?:clinic|program|team|service|nurses?|pharmacist|rounds)\b)/gu;
const PROGRAM_WORDS = wordGate('clinic program team service nurse nurses pharmacist rounds');

/** National bodies by their letters. */
const BODY = /\b(?:CMS|APSAC|AAN|AES|ILAE|NHPCO|NAEMT)\b/gu;
const BODY_WORDS = wordGate('cms apsac aan aes ilae nhpco naemt dignity helfer ucla new');
/** Chains, societies, instruments and regions, in any case. */
const BODY_ANY = /\bdignity[ \t]+memorial\b|\b(?:the[ \t]+)?helfer[ \t]+society\b|\bucla[ \t]+ptsd[ \t]+reaction[ \t]+index\b|\bnew[ \t]+england\b(?=[ \t]*(?:[.,;)]|$|\r?\n|[ \t]+(?:and|or|area|region|states)\b))|\bnew[ \t]+york(?=[ \t]+(?:state[ \t]+law|law|has|requires|statute|dmv)\b)/giu;

/** Continuous home care, a hospice level of care, by its letters where the line speaks of care or a crisis. */
const CHC = /\b(?:to|on|into|for)[ \t]+(CHC)\b(?=[^\n]{0,40}\b(?:symptom|crisis|care|pain|level)\b)/gu;
const CHC_WORDS = wordGate('chc');

/** Generic sites after an article: which kind of place, not which place. */
const GENERIC_SITE = /\bthe[ \t]+(?:child[ \t]+advocacy|visitation|police|fire|bus|train)[ \t]+(?:center|centre|station)\b/giu;
const GENERIC_SITE_WORDS = wordGate('advocacy visitation police fire bus train');

/** Kin and care words after "foster". */
const FOSTER = /\bfoster[ \t]+(?:mother|father|parents?|mom|dad|care|home|family|sister|brother|child|children|placement|caregivers?)\b/giu;
const FOSTER_WORDS = wordGate('foster');

/** Standing days, two or more: "every Tuesday and Thursday" (one, "every Friday", stays a weekday). */
const EVERY_DAY = /\bevery[ \t]+(?:other[ \t]+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:[ \t]*(?:,|and|&|or)[ \t]*(?:and[ \t]+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))+\b/giu;
const EVERY_DAY_WORDS = wordGate('every');

/** Water and land near a home, after an article, closing the phrase ("to the lake israelfort nursing" is a name). */
const NEAR_WATER = /\b(?:near|by|across|along|to|in|on|at)[ \t]+the[ \t]+(river|lake|creek|ocean|beach|bay|woods|pond)\b(?=[ \t]*(?:[.,;)]|$|\r?\n))/giu;
const NEAR_WATER_WORDS = wordGate('river lake creek ocean beach bay woods pond');

/** Eponyms of neurology and EEG makers. */
const EPONYM = /\btodd['’]?s?[ \t]+(?:paralysis|paresis|palsy|phenomenon)\b|\bsturge-weber\b|\bnatus(?:[ \t]+(?:xltek|brain[ \t]*monitor|quantum|embla|nicolet))?\b|\bxltek\b|\bnihon[ \t]+kohden\b|\bcompumedics\b/giu;
const EPONYM_WORDS = wordGate('todd todds sturge natus xltek nihon compumedics');

/** A memory or recall score written as a fraction, and a holiday's music or lights. */
const SCORE = /\b(?:memory|recall|recalled|items|words)[ \t]+(\d{1,2}\/\d{1,2})\b/giu;
const SCORE_WORDS = wordGate('memory recall recalled items words');
const HOLIDAY_THING = /\bchristmas[ \t]+(?:music|tree|lights|carols?|decorations|songs|movies?|cookies|ornaments)\b/giu;
const HOLIDAY_THING_WORDS = wordGate('christmas');

/** The spans of these records' look-alikes in `text`; `open` says which word gates are open. */
export function infusionHospiceProtectionSpans(text: string, open: Uint8Array): Array<[number, number]> {
  return spansOf(text, open, [[ANATOMY, ANATOMY_WORDS], [PROGRAM, PROGRAM_WORDS], [BODY, BODY_WORDS], [BODY_ANY, BODY_WORDS], [CHC, CHC_WORDS], [GENERIC_SITE, GENERIC_SITE_WORDS], [FOSTER, FOSTER_WORDS], [EVERY_DAY, EVERY_DAY_WORDS], [NEAR_WATER, NEAR_WATER_WORDS], [EPONYM, EPONYM_WORDS], [SCORE, SCORE_WORDS], [HOLIDAY_THING, HOLIDAY_THING_WORDS]]);
}
