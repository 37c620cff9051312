// What urology, rheumatology, travel-medicine and correctional records name that looks like a person, a place, a date or
// a number and is none: eponyms with their noun ("Randall's plaques", "Toomey syringe", "Schober test", "de Quervain's
// tenosynovitis", "Kyasanur Forest disease", "Lake Louise score"), devices and drugs by brand ("Dornier Delta III",
// "Enbrel SureClick"), a catheter's size ("6 Fr x 26 cm"), payers, labs, chains, airlines and national foundations named
// alone ("Medica", "at Quest", "Passport Health", "Kenya Airways", "Arthritis Foundation"), scores written as fractions
// ("RAPID3 12/30", "tender joint count 8/28"), a schedule's weekdays ("weekly on Sundays"), a hospital's unit by its
// floor and wing ("4 West"), generic places ("the stone clinic", "the airport", "the state prison", "to intake"), and
// countries and regions one lives in or that a disease is common in ("lives in Ghana", "Southeast Asia"). Candidates
// inside them are dropped by named-things.ts.
import { spansOf } from './named-gear';
import { COUNTRY } from './town-country';
import { wordGate } from './tokens';

const EPONYM = /\brandall['’]?s?(?=[ \t]+plaques?)|\bwallace(?:[ \t]+i{1,2})?[ \t]+(?:uretero-?ileal[ \t]+)?(?:anastomosis|technique)\b|\btoomey(?=[ \t]+syringes?)|\bschober(?=[ \t]+(?:test|index|measurement))|\bde[ \t]+quervain['’]?s?[ \t]+(?:tenosynovitis|disease|thyroiditis|syndrome|release)\b|(?:^|[.!?][ \t]+)(reliance)(?=[ \t]+on\b)|\buniversity[ \t]+of[ \t]+\p{L}+(?:[ \t]+(?:wound|diabetic|foot))?[ \t]+(?:classification|criteria|scale|score|protocol|regimen|system)\b|\bkyasanur[ \t]+forest(?=[ \t]+(?:disease|virus))|\blake[ \t]+louise(?=[ \t]+(?:ams|score|criteria|questionnaire|acute))|\binternational[ \t]+health[ \t]+regulations\b/gimu;
const EPONYM_WORDS = wordGate('randall randalls wallace toomey schober de kyasanur lake international reliance university');

const PRODUCT = /\b(?:dornier[ \t]+)?delta[ \t]+(?:ii|iii)\b|\b(?:enbrel|humira|cimzia|simponi|orencia|actemra|kevzara|taltz|cosentyx)[ \t]+(?:sureclick|clickject|pen|autoinjector|smartject|actpen|sensoready|prefilled)\b|\b\d{1,2}[ \t]*fr(?:ench)?[ \t]*x[ \t]*\d{1,3}[ \t]*cm\b|\bmedica(?=[ \t]+(?:denied|approved|requires|covers|plan|choice|prime))|\b(?:at|from|by|with|via)[ \t]+(quest)(?=[ \t]*[.,;]|[ \t]+(?:diagnostics|lab|labs|today|on|in)\b)|\bpassport[ \t]+health\b|\b\p{L}+[ \t]+(?:airways|airlines)\b|\b(?:arthritis|lupus|kidney|scleroderma|spondylitis|crohn['’]?s[ \t]+(?:&|and)[ \t]+colitis|psoriasis|myositis|vasculitis)[ \t]+foundation(?:[ \t]+of[ \t]+america)?\b/giu;
const PRODUCT_WORDS = wordGate('dornier delta enbrel humira cimzia simponi orencia actemra kevzara taltz cosentyx fr french medica quest passport airways airlines foundation');

/** Scores written as a fraction after their name: "RAPID3 12/30", "tender joint count 8/28, swollen 5/28", "Patient global 6/10". */
const SCORE = /\b(?:rapid-?3|(?:tender|swollen)(?:[ \t]+joints?)?(?:[ \t]+count)?|joint[ \t]+count|(?:patient|physician|evaluator)[ \t]+global|tjc|sjc|vas|haq|cdai|sdai)[ \t]*:?[ \t]*(\d{1,2}(?:\.\d)?\/(?:3|10|28|30|66|68|100))\b/gi;
const SCORE_WORDS = wordGate('rapid rapid3 tender swollen joint global tjc sjc vas haq cdai sdai');

/** A schedule's weekdays, plural: "weekly on Sundays", "every Mondays and Thursdays". */
const SCHEDULE = /\b(?:on|every|each|most|weekly[ \t]+on)[ \t]+((?:sundays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays)(?:[ \t]+(?:and|&|or)[ \t]+(?:sundays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays))?)\b/gi;
const SCHEDULE_WORDS = wordGate('sundays mondays tuesdays wednesdays thursdays fridays saturdays');

/** A hospital's unit by floor and wing, and generic places: "to 4 West infirmary", "the stone clinic", "to intake". */
const PLACE = /\b(?:to|on|from|at)[ \t]+(\d{1,2}[ \t]?(?:west|east|north|south))(?=[ \t]+(?:infirmary|unit|ward|wing|floor|icu|bed|tower|step-?down|tele|telemetry)\b|[ \t]*[.,;]|[ \t]*$)|\bthe[ \t]+((?:kidney[ \t]+)?stone[ \t]+clinic|airport(?:[ \t]+(?:febrile|ill|sick|unwell|symptomatic))?|safari[ \t]+(?:lodge|camp)|state[ \t]+(?:prison|penitentiary|hospital)|county[ \t]+jail)\b|\b(?:to|from|at|in)[ \t]+(intake)(?=[ \t]+(?:by|for|at|with|on)\b|[ \t]*[.,;])/gim;
const PLACE_WORDS = wordGate('west east north south stone airport safari state county intake');

/** Countries that are also towns in the United States ("lives in Norway" may be Maine): never kept after "lives in". */
export const US_TOWN_COUNTRY = 'norway|wales|jamaica|peru|mexico|poland|denmark|china|lebanon|jordan|cuba|canada|georgia|chile|sweden|finland|belgium|holland|scotland|england|ireland|india|panama|belize|bolivia|iran|oman|turkey|greece|spain|italy|germany|france|russia|japan|korea|vietnam|egypt|libya|israel|kenya|ghana[ \\t]+city';
/** Countries and regions one lives in or a disease is common in; a country is no unit smaller than a state. */
const COUNTRY_HOME = new RegExp(String.raw`\b(?:lives|living|lived|resides|residing|reside|family|common|endemic|prevalent|outbreak|outbreaks)[ \t]+(?:(?:in|to|from)[ \t]+)(?:the[ \t]+)?(?!(?:${US_TOWN_COUNTRY})\b)(${COUNTRY})\b(?![ \t]+\p{L}|[ \t]*,[ \t]*\p{L})|\b((?:south[ \t-]?east|southern|northern|eastern|western|central|east|west|north|south|sub-saharan)[ \t]+(?:asia|africa|europe|america))\b`, 'giu');
const COUNTRY_WORDS = wordGate('lives living lived resides residing reside family common endemic prevalent outbreak outbreaks southeast south southern northern eastern western central east west north sub');

/** The spans of these records' look-alikes in `text`; `open` says which word gates are open. */
export function specialtySpans(text: string, open: Uint8Array): Array<[number, number]> {
  return spansOf(text, open, [[EPONYM, EPONYM_WORDS], [PRODUCT, PRODUCT_WORDS], [SCORE, SCORE_WORDS], [SCHEDULE, SCHEDULE_WORDS], [PLACE, PLACE_WORDS], [COUNTRY_HOME, COUNTRY_WORDS]]);
}
