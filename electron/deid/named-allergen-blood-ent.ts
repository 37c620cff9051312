// What radiation oncology, allergy, transfusion and ENT records name that looks like a person, a place, a date or a
// number and is none: allergens named for people and places ("Timothy grass", "German cockroach", "Ara h 2"), extract
// makers, specialty pharmacies and national bodies ("ALK-Abelló", "Accredo", "ACAAI", "America's Blood Centers"), blood
// group systems after their antibody ("anti-Fya (Duffy)"), eponyms ("Kiesselbach's plexus", "Bruton's
// agammaglobulinemia", "Adam's apple"), machines and devices ("the Halcyon", "Spectra Optia", "Provox Vega", "Goode
// T-tube"), their trades' numbers ("Fx 12/25", "product code E0382", "GRBAS G2R2B1A0S1") and standing schedules
// ("Tuesdays and Thursdays", "Monday, Wednesday and Friday"). Candidates inside them are dropped by named-things.ts.
import { spansOf } from './named-gear';
import { wordGate } from './tokens';

/** Allergens whose common names carry a person's or a place's word, and the WHO/IUIS names of allergen components. */
const ALLERGEN = /\b(?:(?:timothy|johnson|bermuda|orchard|kentucky[ \t]+blue|bahia|perennial[ \t]+rye|meadow[ \t]+fescue|sweet[ \t]+vernal|quack)[ \t]+grass|virginia[ \t]+live[ \t]+oak|(?:live|red|white|water|pin|post|bur)[ \t]+oak(?=[ \t]+(?:pollen|tree|\d))|(?:german|american|oriental)[ \t]+cockroach|russian[ \t]+thistle|english[ \t]+plantain|mountain[ \t]+cedar|arizona[ \t]+cypress|(?:chinese|siberian|american)[ \t]+elm|japanese[ \t]+cedar|australian[ \t]+pine|brazilian[ \t]+pepper)\b/giu;
const COMPONENT = /\b(?:Ara|Ana|Jug|Cor|Ber|Pis|Car|Gal|Bos|Tri|Gad|Pen|Fel|Can|Der|Bet|Phl|Amb|Api|Ves|Pol|Sol|Gly|Pru|Mal|Act|Hev|Equ|Alt|Asp|Ole|Par|Cup|Cry|Que|Ses|Sin|Fag|Cla)[ \t]+[a-z]{1,2}[ \t]+\d{1,2}(?:\.\d{1,3})?\b/gu;
/** Every allergen name above holds one of its kind's nouns. */
const ALLERGEN_WORDS = wordGate('grass oak cockroach thistle plantain cedar cypress elm pine pepper');
/** A component's name is a genus's capitalized three letters, a species' one or two and a number: cheaper to look for
 * that shape than to open on the genera, which are everyday words ("Can", "Act", "Pen"). */
const COMPONENT_SHAPE = /\b[A-Z][a-z]{2}[ \t]+[a-z]{1,2}[ \t]+\d/;

/** Extract makers, national specialty pharmacies and chains named alone, and national bodies. */
const MAKER = /\balk-abell[óo](?!\p{L})|\b(?:stallergenes(?:[ \t]+greer)?|(?:jubilant[ \t]+)?hollisterstier|allermed|accredo|cvs(?:[ \t]+specialty)?|walgreens(?:[ \t]+specialty)?|express[ \t]+scripts|optum(?:[ \t]+specialty)?|centerwell|acaai|aaaai|aabb|america['’]s[ \t]+blood[ \t]+centers)\b(?![ \t]*(?:#|store|no\.)[ \t]*\d)(?![ \t]+(?:of|on|at|in)[ \t]+\p{Lu})/giu;
const MAKER_WORDS = wordGate('alk stallergenes jubilant hollisterstier allermed accredo cvs walgreens express optum centerwell acaai aaaai aabb america');

/** Blood group systems: after their antibody in brackets, or before the word that makes them a system. */
const BLOOD_GROUP = /(?<=\banti-[A-Za-z]{1,4}\d?[ \t]*\()(?:duffy|kidd|lewis|diego|colton|cartwright|kell|lutheran|dombrock|scianna|gerbich|knops|cromer|vel|yt)(?=\))|\b(?:duffy|kidd|lewis|diego|colton|cartwright|kell|lutheran|dombrock|scianna|gerbich|knops|cromer)(?=[ \t]+(?:antigens?|antibod(?:y|ies)|system|blood[ \t]+group|phenotype|type|negative|positive|null)\b)/giu;
const BLOOD_GROUP_WORDS = wordGate('anti duffy kidd lewis diego colton cartwright kell lutheran dombrock scianna gerbich knops cromer');

/** Eponyms with the noun that makes them anatomy, a disease or a sign. */
const EPONYM = /\bkiesselbach['’]?s?[ \t]+(?:plexus|area)\b|\bbruton['’]?s?[ \t]+(?:agammaglobulinemia|tyrosine[ \t]+kinase|disease)\b|\badam['’]s[ \t]+apple\b|\bpost-transfusion[ \t]+purpura\b/giu;
const EPONYM_WORDS = wordGate('kiesselbach bruton adam transfusion');

/** Machines and devices named like people or places. */
const DEVICE = /\b(?:the[ \t]+)?halcyon\b(?=[ \t]*(?:[.,;)]|$|\r?\n|[ \t]+(?:linac|machine|vault|unit|couch)\b))|\bmonte[ \t]+carlo(?=[ \t]+(?:calculation|algorithm|simulation|dose|method|based|engine|calc)\b)|\bspectra[ \t]+optia\b|\btrima(?:[ \t]+accel)?\b|\bprovox(?:[ \t]+(?:vega|xtraflow|activalve|nid|micron))?\b|\bgoode[ \t]+t-tube\b|\barmstrong(?=[ \t]+(?:beveled[ \t]+|bevelled[ \t]+)?(?:grommet|tube|vent))\b/giu;
const DEVICE_WORDS = wordGate('halcyon monte spectra trima provox goode armstrong');

/** Numbers of these trades: a fraction count ("Fx" is a fracture too: only before what was done with the fraction), an
 * ISBT 128 product code, a label's blood group code, a GRBAS rating. */
const NUMBERED = /\bfraction[ \t]*#?[ \t]*\d{1,2}\/\d{1,2}\b|\bfx[ \t]*#?[ \t]*\d{1,2}\/\d{1,2}(?=[ \t]+(?:delivered|given|completed?|treated|done|today|tx|of|at)\b)|\bG[0-3][ \t]*R[0-3][ \t]*B[0-3][ \t]*A[0-3][ \t]*S[0-3]\b/giu;
const NUMBERED_WORDS = wordGate('fx fraction grbas');
/** An ISBT 128 product code before its product or alone after "product code", and a label's blood group code. */
const PRODUCT_CODE = /\b(?:product[ \t]+code[ \t]*:?[ \t]*)?[Ee]\d{4}(?:[Vv]\d{2})?\b(?=[ \t]*(?:[.,;)]|$|\r?\n|[ \t]+(?:rbc|prbc|plasma|ffp|platelets?|plt|cryo|apheresis|irradiated|leukoreduced|lr|as-\d)\b))|\bblood[ \t]+group[ \t]+\d{4}\b/giu;
const PRODUCT_CODE_WORDS = wordGate('product rbc prbc plasma ffp platelet platelets plt cryo apheresis irradiated leukoreduced lr group');

/** Standing schedules: weekdays written plural, and lists of weekdays a clinic keeps. */
const SCHEDULE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days(?:[ \t]*(?:,|and|&|or)[ \t]*(?:and[ \t]+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days)*\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),[ \t]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \t]+(?:and|&)[ \t]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)[ \t]+(?:and|&)[ \t]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=[ \t]+(?:afternoons|mornings|evenings|nights)\b)/giu;
const SCHEDULE_WORDS = wordGate('mondays tuesdays wednesdays thursdays fridays saturdays sundays monday tuesday wednesday thursday friday saturday sunday');

/** "the Kingdom Hall": a Jehovah's Witnesses' hall named by its kind after an article, as every congregation meets in
 * one ("at Kingdom Hall in Millinocket", written as a name, stays a place). */
const HALL = /\bthe[ \t]+kingdom[ \t]+hall\b(?![ \t]+of\b)/giu;
const HALL_WORDS = wordGate('kingdom');

/** "Drew a second sample": the verb, not the name, before what was drawn. */
const DREW = /\bdrew(?=[ \t]+(?:a|an|the|blood|labs?|cultures?|samples?|specimens?|up|back|it|them|another|two|three|2|3)\b)/giu;
const DREW_WORDS = wordGate('drew');

/** The spans of these records' look-alikes in `text`; `open` says which word gates are open. */
export function allergenBloodEntSpans(text: string, open: Uint8Array): Array<[number, number]> {
  const out = spansOf(text, open, [[ALLERGEN, ALLERGEN_WORDS], [MAKER, MAKER_WORDS], [BLOOD_GROUP, BLOOD_GROUP_WORDS], [EPONYM, EPONYM_WORDS], [DEVICE, DEVICE_WORDS], [NUMBERED, NUMBERED_WORDS], [PRODUCT_CODE, PRODUCT_CODE_WORDS], [SCHEDULE, SCHEDULE_WORDS], [HALL, HALL_WORDS], [DREW, DREW_WORDS]]);
  if (COMPONENT_SHAPE.test(text)) for (const m of text.matchAll(COMPONENT)) out.push([m.index, m.index + m[0].length]);
  return out;
}
