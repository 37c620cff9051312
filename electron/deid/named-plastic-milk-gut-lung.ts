// What plastic surgery, lactation, GI motility and pulmonary rehabilitation records name that looks like a person, a
// place or a date and is none: implants, fillers and closures ("Mentor MemoryGel Xtra", "Natrelle Inspira SRF", "Motiva
// Ergonomix2", "Juvéderm Voluma XC", "Dermabond Prineo"), a fat-grafting technique named for its author ("Coleman fat
// grafting"), breast pumps, scales, bottles, pillows and formulas ("Ameda Mya Joy", "Lansinoh Smartpump 2.0", "Elvie
// Stride", "Motif Luna", "Hygeia EnDeare", "Medela BabyWeigh II", "Tommee Tippee", "My Brest Friend", "Enfamil
// NeuroPro", "Aeroflow Breastpumps"), eponyms their trades write with their noun ("Cooper's ligaments", "Newman's all
// purpose nipple ointment", "Hale's Medications and Mothers' Milk", "Heller myotomy"), a yeast by its genus ("Candida
// on the nipples"), motility recorders and breath-test kits ("Diversatek ZepHr", "QuinTron BreathTracker"), a scale
// named for a clinic or a saint ("Cleveland Clinic constipation score", "St. George's Respiratory Questionnaire"), a
// dyspnea or an effort rating as a fraction ("Modified Borg dyspnea 4/10", "RPE 13/20"), inhalers, oxygen gear and
// valves ("Trelegy Ellipta", "Spiriva Respimat", "Breztri Aerosphere", "Philips SimplyGo Mini", "Nonin WristOx2",
// "HELiOS", "Zephyr endobronchial valves"), national laws, programs and a charity ("Women's Health and Cancer Rights
// Act", "Air Carrier Access Act", "Baby-Friendly Hospital Initiative", "Susan G. Komen"), an airline one flies ("fly on
// Delta", "Delta requires 48 hours notice"), generic sites and units after an article ("the flap unit", "Mother-Baby
// unit", "the church fellowship hall", "the post office", "the county van"), a state that is also a town's name
// ("in Wyoming") and a region larger than a state ("Appalachia"). Words that are also first names, surnames or towns
// stand only with what makes them the thing: "Coleman" only before its fat grafting or technique, "Cooper's" only
// before its ligaments, "Newman's" only before its nipple ointment or cream, "Hale's" only before its book or its risk
// category, "Heller" only before a myotomy, "Candida" only with a species or the body it grows on, "Elvie", "Luna" and
// "Mya Joy" only with their pump maker or model, "Zephyr" only before its valves, "HELiOS" in the maker's own capitals
// or before its model, "Delta" only as an airline (its full name, after "fly on", before its desk or its rule on
// notice and oxygen), "Wyoming" and "Appalachia" only alone (never after a town and a comma, before a state, a county,
// a street or another capitalized word), the generic sites only after an article and with no place named after them
// ("the post office in Hazard", "Wyoming County", "Delta, CO", "Dr. Coleman", "Dr. Heller" stay found). Candidates
// inside them are dropped by named-things.ts.
import { spansOf } from './named-gear';
import { wordGate } from './tokens';

/** Words that may stand before a generic site's words: an article, a preposition or a verb of going, in any case. */
const FUNCTION_WORDS = 'the|a|an|our|their|his|her|to|at|in|on|from|into|via|by|local|nearest|admitted|transferred|discharged|returned';
/** Before it: a line's start, punctuation or one of those words, and no other word ("St. Luke's Mother-Baby Unit", "the
 * Hazard Post Office" are a place). */
const PLAIN_BEFORE = String.raw`(?<=(?:^|[\n:;.,(][ \t]*|(?:^|[^\p{L}\p{M}'’.-])(?:${FUNCTION_WORDS})[ \t]+))`;
/** After it: no "of"/"for"/"in"/"at"/"on"/"serving" and a word, no dash, comma or bracket and a word. */
const NO_PLACE_AFTER = String.raw`(?![ \t]+(?:of|for|in|at|on|serving)[ \t]+\p{L}|[ \t]*[-–,(][ \t]*\p{L})`;
/** After a number that is a score: no more of a date ("4/10/2024"). */
const NOT_DATE_AFTER = String.raw`(?![\d\/]|[.-]\d)`;

/** Breast implants, expanders, fillers and closures by their makers' names and models. */
const IMPLANT = /\b(?:mentor[ \t]+)?(?:memorygel|memoryshape)(?:[ \t]+(?:xtra|boost|ultra[ \t]+high|cpg))?\b|\bnatrelle(?:[ \t]+(?:inspira|410|133(?:[ \t]+plus)?|gummy))?(?:[ \t]+(?:cohesive|softtouch|srf|srm|srx|ssf|ssm|ssx|tsf|tsm|tsx|trf|trm|trx|sclf|sclm|sclx))?\b|\bmotiva(?:[ \t]+(?:ergonomix2?|round(?:[ \t]+plus)?|flora))?\b|\bergonomix2?\b|\bjuv(?:é|e)derm(?:[ \t]+(?:voluma|volbella|vollure|volux|ultra(?:[ \t]+plus)?|skinvive))?(?:[ \t]+xc)?\b|\bdermabond(?:[ \t]+(?:prineo|advanced|mini))?\b/giu;
const IMPLANT_WORDS = wordGate('memorygel memoryshape natrelle motiva ergonomix juvederm juvéderm juv dermabond');

/** A fat-grafting technique named for its author: "Coleman" only before its grafting, transfer or technique, and never
 * after a title (a "Dr. Coleman" is left to the name rules). */
const COLEMAN = /(?<!\b(?:dr|mr|mrs|ms|drs|prof)\.?[ \t]+)\bcoleman(?:['’]s)?(?=[ \t]+(?:(?:structural[ \t]+)?fat[ \t]+(?:graft(?:ing|s)?|transfer|injection)|technique|method|cannulas?|lipostructure|infiltration)\b)/giu;
const COLEMAN_WORDS = wordGate('coleman');

/** Breast pumps, baby scales, bottles, pillows and formulas by maker and model. */
const PUMP = /\bameda(?:[ \t]+(?:platinum|finesse|purely[ \t]+yours|elite))?\b(?![ \t]+mya\b)|\blansinoh(?:[ \t]+(?:smartpump(?:[ \t]+\d(?:\.\d)?)?|signature[ \t]+pro|discreetduo|hpa(?:[ \t]+lanolin)?|therapearl))?\b|\bsmartpump(?:[ \t]+\d(?:\.\d)?)?\b|\bhygeia(?:[ \t]+(?:endeare|enjoye|evolve))?\b|\b(?:medela[ \t]+)?babyweigh(?:[ \t]+(?:ii|2))?\b|\btommee[ \t]+tippee\b|\bmy[ \t]+brest[ \t]+friend\b|\benfamil(?:[ \t]+(?:neuropro|enspire|gentlease|reguline|prosobee|nutramigen|enfacare|premium|infant))?\b|\baeroflow(?:[ \t]+(?:breastpumps|healthcare|urology))?\b/giu;
const PUMP_WORDS = wordGate('ameda lansinoh smartpump hygeia babyweigh tommee brest enfamil aeroflow');
/** Pumps named with a first name ("Ameda Mya Joy", "Elvie Stride", "Motif Luna"): only when what follows is the end
 * of a phrase or a pump's word, not a surname or a verb ("Motif Luna Garcia", "Elvie Stride called" are people). */
const PUMP_NEXT = String.raw`(?=[ \t]*(?:[.,;:)\]]|$)|[ \t]+(?:pumps?|plus|hands-free|wearable|breast|rental|through|via|from|with|covered|shipped|delivered|ordered|approved|model|flanges?|cups?|collection|parts|batteries|charger)\b)`;
const PUMP_MODEL = new RegExp(String.raw`\b(?:ameda[ \t]+)?mya[ \t]+joy(?:[ \t]+plus)?(?=[ \t]+(?:breast[ \t]+)?pumps?\b)|\bameda[ \t]+mya(?:[ \t]+joy)?(?:[ \t]+plus)?${PUMP_NEXT}|\belvie[ \t]+(?:stride|pump|curve|catch)(?:[ \t]+(?:plus|2))?${PUMP_NEXT}|\bmotif[ \t]+(?:luna|duo|aura)${PUMP_NEXT}`, 'giu');
const PUMP_MODEL_WORDS = wordGate('mya elvie motif');

/** Eponyms with the noun that makes them a thing, and a yeast by its genus with a species or the body it grows on. */
const EPONYM = /\bcooper['’]?s?[ \t]+(?:suspensory[ \t]+)?ligaments?\b|\bnewman['’]?s[ \t]+(?:all[ \t-]+purpose[ \t]+nipple[ \t]+(?:ointment|cream)|nipple[ \t]+(?:ointment|cream)|apno)\b|\b(?:hale['’]?s[ \t]+)?medications[ \t]+(?:and|&)[ \t]+mothers['’]?[ \t]+milk\b|\bhale['’]?s[ \t]+lactation[ \t]+risk(?:[ \t]+categor(?:y|ies))?\b|\bheller(?=[ \t]+(?:cardio)?myotomy\b|[ \t]*[-–][ \t]*dor\b)|\bcandida[ \t]+(?:albicans|glabrata|auris|krusei|parapsilosis|tropicalis|dubliniensis)\b|\bcandida(?=[ \t]+(?:species|spp|infections?|overgrowth|colonization|intertrigo|esophagitis|mastitis|vaginitis|diaper|rash|(?:on|of|in)[ \t]+(?:the[ \t]+|her[ \t]+|his[ \t]+|both[ \t]+)?(?:nipples?|breasts?|areolae?|mouth|tongue|skin|groin|diaper[ \t]+area|oral[ \t]+mucosa|buccal[ \t]+mucosa))\b)/giu;
const EPONYM_WORDS = wordGate('cooper coopers newman newmans medications hale hales heller candida');

/** Motility recorders, catheters and breath-test kits by maker and model. */
const RECORDER = /\bdiversatek(?:[ \t]+(?:zephr|healthcare))?\b|\bzephr\b|\bquintron(?:[ \t]+(?:breathtracker(?:[ \t]+(?:sc|digital[ \t]+xp))?|instrument(?:[ \t]+company)?))?\b|\bbreathtracker\b/giu;
const RECORDER_WORDS = wordGate('diversatek zephr quintron breathtracker');

/** Scales named for a clinic or a saint, with their scale's words. */
const SCALE = /\bcleveland[ \t]+clinic(?:[ \t]+florida)?[ \t]+(?:constipation|(?:fecal[ \t]+)?incontinence)[ \t]+(?:score|scoring[ \t]+system|scale|index)\b|\b(?:st\.?|saint)[ \t]+george['’]?s[ \t]+respiratory[ \t]+questionnaire\b/giu;
const SCALE_WORDS = wordGate('cleveland george georges');

/** A dyspnea, fatigue or effort rating written as a fraction right after its scale, and no more of a date after it:
 * out of 10 for Borg and dyspnea, out of 20 for the RPE ("Modified Borg dyspnea 4/10", "leg fatigue 3/10", "RPE
 * 13/20"; "dyspnea 4/10/2024" stays a date). */
const RATING = new RegExp(String.raw`(?<=\b(?:(?:modified[ \t]+)?borg(?:[ \t]+cr-?10)?(?:[ \t]+(?:dyspnea|dyspnoea|breathlessness|fatigue|leg[ \t]+fatigue))?|dyspnea|dyspnoea|breathlessness|leg[ \t]+fatigue)(?:[ \t]+(?:scale|score|rating|was|of))*[ \t]*[:=]?[ \t]*)(?:10|[0-9](?:\.5)?)\/10${NOT_DATE_AFTER}|(?<=\b(?:rpe|borg[ \t]+rpe|rating[ \t]+of[ \t]+perceived[ \t]+exertion)(?:[ \t]+(?:score|was|of))*[ \t]*[:=]?[ \t]*)(?:20|1[0-9]|[6-9])\/20${NOT_DATE_AFTER}`, 'giu');
const RATING_WORDS = wordGate('borg dyspnea dyspnoea breathlessness fatigue rpe exertion');

/** Inhalers by brand and device, oxygen concentrators, oximeters and reservoirs, and endobronchial valves; "Philips",
 * "Nonin", "Helios" and "Zephyr" only with their product. */
const LUNG_GEAR = /\b(?:trelegy|breo|anoro|incruse|arnuity)(?:[ \t]+ellipta)?\b|\bellipta\b|\b(?:breztri|bevespi)(?:[ \t]+aerosphere)?\b|\baerosphere\b|\b(?:spiriva|stiolto|striverdi|combivent)(?:[ \t]+(?:respimat|handihaler))?\b|\brespimat\b|\bhandihaler\b|\b(?:advair(?:[ \t]+(?:diskus|hfa))?|wixela(?:[ \t]+inhub)?|symbicort|tudorza(?:[ \t]+pressair)?|yupelri|dulera|airsupra)\b|\b(?:philips[ \t]+(?:respironics[ \t]+)?)?(?:simplygo(?:[ \t]+mini)?|everflo)\b|\bphilips(?=[ \t]+(?:respironics|simplygo|everflo|dreamstation|trilogy)\b)|\b(?:nonin[ \t]+)?wristox[ \t]*2?(?:[ \t]+(?:model[ \t]+)?3150)?\b|\bnonin(?=[ \t]+(?:onyx|wristox|3150|pulse[ \t]+oximeter|oximeter)\b)|\b(?:caire[ \t]+)?helios(?=[ \t]+(?:marathon|plus|h\d{2,3}|portable|reservoir)\b)|\bzephyr(?:[ \t]+(?:ebv|4\.0|5\.5))?(?:[ \t]+endobronchial)?(?=[ \t]+(?:ebv|lung[ \t]+valves?|valves?)\b)/giu;
/** The liquid oxygen portable in its maker's own capitals, with its model ("HELiOS H36"). */
const HELIOS = /\bHELiOS\b(?:[ \t]+H\d{2,3}\b)?/gu;
const LUNG_GEAR_WORDS = wordGate('trelegy breo anoro incruse arnuity ellipta breztri bevespi aerosphere spiriva stiolto striverdi combivent respimat handihaler advair wixela symbicort tudorza yupelri dulera airsupra simplygo everflo philips wristox nonin helios zephyr');

/** National laws, programs and a charity named like a person or a place. */
const LAW = /\bwomen['’]?s[ \t]+health[ \t]+and[ \t]+cancer[ \t]+rights[ \t]+act\b|\bair[ \t]+carrier[ \t]+access[ \t]+act\b|\bbaby[ \t-]+friendly[ \t]+(?:hospital[ \t]+initiative|usa)\b|\bsusan[ \t]+g\.?[ \t]+komen(?:[ \t]+(?:for[ \t]+the[ \t]+cure|foundation))?\b|\bkomen(?=[ \t]+(?:foundation|race[ \t]+for[ \t]+the[ \t]+cure|3-day)\b)/giu;
const LAW_WORDS = wordGate('women womens carrier friendly komen');

/** Delta as the airline, capitalized: its full name, after flying on it (not before a comma or a capitalized word),
 * before its desk, or before its rule on notice and oxygen ("Delta requires 48 hours notice"); never after "to" or
 * "in" (Delta, CO is a town) and never as a person's name before a surname. */
const AIRLINE = /\b(?:Delta|DELTA)(?=[ \t]+(?:Air[ \t]+Lines|Airlines|AIR[ \t]+LINES|AIRLINES|Connection|SkyMiles)\b)|(?<=\b(?:[Ff]ly(?:ing)?|[Ff]lies|[Ff]lew|[Tt]ravel(?:l?ing)?|[Bb]ooked|[Tt]icketed|FLY(?:ING)?|FLEW)[ \t]+(?:on|with|ON|WITH)[ \t]+)(?:Delta|DELTA)\b(?![ \t]*,[ \t]*\p{L}|[ \t]+\p{Lu}\p{Ll})|\b(?:Delta|DELTA)(?=[ \t]+(?:special[ \t]+assistance|reservations|medical[ \t]+(?:desk|department|clearance)|customer[ \t]+service|(?:requires|allows|permits|accepts|approves|needs)[ \t]+(?:[\w%'’-]+[ \t]+){0,3}?(?:notice|pocs?|POCs?|concentrators?|oxygen|O2|o2|MEDIF|batteries|battery)\b))/gu;
const AIRLINE_WORDS = wordGate('delta');

/** Units and sites of a kind, after an article, a preposition or a line's start and with no place named after them:
 * "the flap unit", "Mother-Baby unit", "Mother-Baby Assessment 8", "the church fellowship hall", "the post office". */
const SITE = new RegExp(String.raw`${PLAIN_BEFORE}(?:(?:free[ \t]+)?flap[ \t]+(?:unit|icu|floor)|mother[ \t]*[-–/][ \t]*baby(?=[ \t]+(?:unit|assessment|nursing|couplet|dyad|care|floor|suite)\b${NO_PLACE_AFTER})|(?:church[ \t]+)?fellowship[ \t]+hall|post[ \t]+office)\b${NO_PLACE_AFTER}`, 'giu');
const SITE_WORDS = wordGate('flap mother fellowship post');

/** A van of a kind after an article, in lower case or in capitals ("the county van"; "Van" may begin a surname). */
const VAN = /(?<=\b(?:[Tt]he|[Aa]|by|via|[Oo]ur)[ \t]+)(?:county|senior|transit)[ \t]+vans?\b|(?<=\b(?:THE|A|BY|VIA|OUR)[ \t]+)(?:COUNTY|SENIOR|TRANSIT)[ \t]+VANS?\b/gu;
const VAN_WORDS = wordGate('county senior transit');

/** A state whose name is also a town's ("Wyoming"), and a region larger than any state ("Appalachia"), named alone:
 * not after a capitalized word ("Casper Wyoming"), a comma ("Casper, Wyoming 82601") or "town of"; not before a comma
 * and a capital, a number, another capitalized word or a place's kind ("Wyoming County", "Appalachia, VA", "Wyoming
 * Ave"). */
const REGION = /(?<![,][ \t]*|\p{Lu}[\p{L}.'’-]*[ \t]+|\b(?:town|city|village|Town|City|Village)[ \t]+of[ \t]+)\b(?:Wyoming|WYOMING|Appalachia|APPALACHIA)\b(?![ \t]*,[ \t]*\p{Lu}|[ \t]+\p{Lu}|[ \t]+\d|[ \t]+(?:county|valley|township|twp|city|borough|avenue|ave|street|st|road|rd|drive|dr|lane|ln|blvd|way)\b|[-'’])/gu;
const REGION_WORDS = wordGate('wyoming appalachia');

/** The spans of these records' look-alikes in `text`; `open` says which word gates are open. */
export function plasticMilkGutLungSpans(text: string, open: Uint8Array): Array<[number, number]> {
  return spansOf(text, open, [[IMPLANT, IMPLANT_WORDS], [COLEMAN, COLEMAN_WORDS], [PUMP, PUMP_WORDS], [PUMP_MODEL, PUMP_MODEL_WORDS], [EPONYM, EPONYM_WORDS], [RECORDER, RECORDER_WORDS], [SCALE, SCALE_WORDS], [RATING, RATING_WORDS], [LUNG_GEAR, LUNG_GEAR_WORDS], [HELIOS, LUNG_GEAR_WORDS], [LAW, LAW_WORDS], [AIRLINE, AIRLINE_WORDS], [SITE, SITE_WORDS], [VAN, VAN_WORDS], [REGION, REGION_WORDS]]);
}
