// What burn center, hyperbaric and dive medicine, telepsychiatry and geriatrics records name that looks like a person,
// a place or a date and is none: a burn scale and a national body ("Burn Specific Health Scale-Brief", "American Burn
// Association"), decompression algorithms, chambers and dive computers ("Bühlmann ZHL-16C", "Perry Sigma 34",
// "Shearwater Perdix 2"), a hotline ("DAN Emergency Hotline"), oxygen-toxicity effects and a syndrome named for their
// authors ("Paul Bert effect", "Lorrain Smith effect", "Brown-Séquard"), a dive site's generic words ("the marina",
// "Marina staff", "dive buddy"), long-acting injectables ("Invega Sustenna", "Abilify Maintena"), a monitoring vendor, a
// law and a compact ("Bamboo Health", "Ryan Haight Act", "Interstate Medical Licensure Compact"), a national alliance
// by its letters ("NAMI"), generic sites ("the jail", "the feedlot", "rural health clinic"), a region larger than a
// state ("rural Appalachia"), screening scores written as fractions ("Clock Draw 2/4", "Mini-Cog 2/5", "MNA-SF 9/14"),
// an eponymous syndrome ("Charles Bonnet syndrome") and national aging programs named alone ("Area Agency on Aging",
// "Age-Friendly Health Systems"). Words that are also first names, surnames or towns stand only with what makes them
// the thing: "Perry" only before "Sigma", "Paul Bert" only before "effect", "DAN" only in capitals before its hotline,
// "Marina" only as a marina's staff and never after "in"/"of", "Appalachia" only with a regional word (Appalachia,
// Virginia is a town), a local aging agency or NAMI affiliate named with its place is not kept. Candidates inside them
// are dropped by named-things.ts.
import { spansOf } from './named-gear';
import { wordGate } from './tokens';

/** A burn outcome scale and national burn and aging bodies named alone. */
const BODY = /\b(?:burn[ \t]+specific[ \t]+health[ \t]+scale(?:[ \t]*-[ \t]*brief|[ \t]+brief)?|american[ \t]+burn[ \t]+association|age-friendly[ \t]+health[ \t]+systems?|ryan[ \t]+haight(?:[ \t]+online[ \t]+pharmacy[ \t]+consumer[ \t]+protection)?[ \t]+act|(?:interstate[ \t]+medical|nurse)[ \t]+licensure[ \t]+compact|bamboo[ \t]+health)\b/giu;
const BODY_WORDS = wordGate('burn age friendly ryan haight licensure bamboo');

/** Words that may stand before a program's or a site's kind word, in lower case, capitalized or in capitals. */
const FUNCTION_WORDS = ['the', 'a', 'an', 'to', 'our', 'your', 'his', 'her', 'their', 'local', 'nearest', 'call', 'contact', 'contacted', 'referred', 'referral', 'via', 'with', 'from', 'at', 'in', 'by', 'and', 'or']
  .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).join('|');
/** Before the kind word: a line's start, punctuation or one of those words, and no other word: "Tri-County Area Agency
 * on Aging", "Mercy Rural Health Clinic" and, in a note written in lower case, "at badlands rural health clinic" are a
 * place. Case-sensitive on purpose (\p{Lu} under the i flag matches lower case too). */
const PLAIN_BEFORE = String.raw`(?<=(?:^|[\n:;.,(][ \t]*|(?:^|[^\p{L}\p{M}'’.-])(?:${FUNCTION_WORDS})[ \t]+))`;
/** After it: no "of"/"for"/"in"/"at"/"serving" and a word, no dash, comma or bracket and a word ("rural health clinic,
 * sterling"). */
const NO_PLACE_AFTER = String.raw`(?![ \t]+(?:of|for|in|at|serving|OF|FOR|IN|AT|SERVING)[ \t]+\p{L}|[ \t]*[-–,(][ \t]*\p{L})`;

/** The Area Agency on Aging as a program, not a local agency named for its place ("Tri-County Area Agency on Aging",
 * "Area Agency on Aging of Western Michigan"). */
const AGING_AGENCY = new RegExp(String.raw`${PLAIN_BEFORE}(?:[Aa]rea[ \t]+[Aa]gency[ \t]+on[ \t]+[Aa]ging|AREA[ \t]+AGENCY[ \t]+ON[ \t]+AGING)\b${NO_PLACE_AFTER}`, 'gu');
const AGING_AGENCY_WORDS = wordGate('agency');

/** Decompression algorithms, chambers and dive computers; the maker's word only with its model. */
const DIVE_GEAR = /\b(?:b(?:ü|ue|u)hlmann[ \t]+)?zhl-?16[abc]?\b|\bb(?:ü|ue|u)hlmann(?=[ \t]+(?:algorithm|model|tables?|gradient|decompression)\b)|\bperry[ \t]+sigma(?:[ \t]+(?:\d{2,3}|elite|plus))?\b|\bshearwater[ \t]+(?:perdix|petrel|teric|peregrine|tern|nerd|cloud|research)(?:[ \t]+(?:\d|ai)\b)?|\bdivers[ \t]+alert[ \t]+network\b/giu;
const DIVE_GEAR_WORDS = wordGate('zhl bühlmann buhlmann buehlmann perry shearwater divers');
/** Divers Alert Network by its letters, in capitals (Dan is a first name), only before its hotline or membership. */
const DAN = /\bDAN(?=[ \t]+(?:[Ee]mergency[ \t]+[Hh]otline|[Hh]otline|[Mm]edical[ \t]+[Ii]nformation[ \t]+[Ll]ine|[Dd]ive[ \t]+[Aa]ccident|[Ii]nsurance|[Mm]embership|[Mm]ember)\b)/gu;
const DAN_WORDS = wordGate('dan');

/** Effects and a syndrome named for their authors: the names only with their effect, the syndrome by its hyphened name. */
const EPONYM = /\b(?:paul[ \t]+bert|lorrain(?:e)?[ \t-]+smith)(?=[ \t]+effect\b)|\bbrown-s(?:é|e)quard\b|\bcharles[ \t]+bonnet(?=[ \t]+(?:syndrome|hallucinations?|phenomenon|type)\b)/giu;
const EPONYM_WORDS = wordGate('bert smith brown charles');

/** A marina and a dive buddy as generic words: "the marina" in lower case (not "the Marina District"), a marina's
 * staff (never after "in"/"of", where Marina is a town), a dive buddy not followed by a name. */
const DIVE_SITE = /\b(?:[Tt]he|[Aa])[ \t]+marina\b|(?<!\b(?:in|of|from|near|to|at|In|Of|From|Near|To|At)[ \t]+)\bMarina(?=[ \t]+(?:staff|employees?|workers?|attendants?|manager|office|personnel|security|crew)\b)|\b(?:[Dd]ive|[Dd]iving|[Ss]cuba)[ \t]+buddy\b(?![ \t]+\p{Lu})/gu;
const DIVE_SITE_WORDS = wordGate('marina buddy');

/** Long-acting injectable antipsychotics by their brand names. */
const INJECTABLE = /\b(?:invega(?:[ \t]+(?:sustenna|trinza|hafyera))?|abilify(?:[ \t]+(?:maintena|asimtufii|mycite))?|aristada(?:[ \t]+initio)?)\b/giu;
const INJECTABLE_WORDS = wordGate('invega abilify aristada');

/** The national alliance by its letters, not a local affiliate named for its place ("NAMI Greater Boston"). */
const NAMI = /\bNAMI\b(?![ \t]+(?:of[ \t]+)?\p{Lu}(?!amily|asics|omefront|eer|onnection|elp|n[ \t]+Our))/gu;
const NAMI_WORDS = wordGate('nami');

/** Generic sites in lower case after an article ("at the jail", "works at the feedlot"), a rural health clinic named
 * by its kind alone (not "Mercy Rural Health Clinic", "Rural Health Clinic of Hazard"). */
const GENERIC_SITE = new RegExp(String.raw`\b(?:[Tt]he|[Aa])[ \t]+(?:county[ \t]+)?(?:jail|feedlot)\b|${PLAIN_BEFORE}(?:[Rr]ural[ \t]+[Hh]ealth[ \t]+[Cc]linic|RURAL[ \t]+HEALTH[ \t]+CLINIC)\b${NO_PLACE_AFTER}`, 'gu');
const GENERIC_SITE_WORDS = wordGate('jail feedlot rural');

/** Appalachia as the region, larger than any state, only with a regional word (Appalachia, Virginia is a town). */
const REGION = /\b(?:rural|central|southern|northern|eastern|western|north|south|east|west|southwestern|northeastern)[ \t]+(appalachia)\b/giu;
const REGION_WORDS = wordGate('appalachia');

/** Screening scores written as fractions right after the screen: clock drawing out of 4 to 10, Mini-Cog out of 5,
 * MNA-SF out of 14, the full MNA out of 30 ("Clock Draw 2/4", "Mini-Cog 2/5", "MNA-SF 9/14"). */
const SCORE = /(?<=\b(?:clock[ \t]+draw(?:ing)?(?:[ \t]+test)?|cdt)(?:[ \t]+(?:score|test|was|is|of))*[ \t]*[:=]?[ \t]*)(?:[0-4]\/4|[0-5]\/5|[0-6]\/6|[0-7]\/7|(?:10|[0-9])\/10)\b|(?<=\bmini-?cog(?:[ \t]+(?:score|test|was|is|of))*[ \t]*[:=]?[ \t]*)[0-5]\/5\b|(?<=\bmna-?sf(?:[ \t]+(?:score|was|is|of))*[ \t]*[:=]?[ \t]*)(?:1[0-4]|[0-9])\/14\b|(?<=\bmna(?:[ \t]+(?:score|was|is|of))*[ \t]*[:=]?[ \t]*)(?:30|[12]?[0-9](?:\.5)?)\/30\b/giu;
const SCORE_WORDS = wordGate('clock cdt cog minicog mna sf');

/** The spans of these records' look-alikes in `text`; `open` says which word gates are open. */
export function burnDivePsychElderSpans(text: string, open: Uint8Array): Array<[number, number]> {
  return spansOf(text, open, [[BODY, BODY_WORDS], [AGING_AGENCY, AGING_AGENCY_WORDS], [DIVE_GEAR, DIVE_GEAR_WORDS], [DAN, DAN_WORDS], [EPONYM, EPONYM_WORDS], [DIVE_SITE, DIVE_SITE_WORDS], [INJECTABLE, INJECTABLE_WORDS], [NAMI, NAMI_WORDS], [GENERIC_SITE, GENERIC_SITE_WORDS], [REGION, REGION_WORDS], [SCORE, SCORE_WORDS]]);
}
