// What endoscopy, sleep, newborn and language-services records name that looks like a person, a place, a date or a
// number and is none: eponyms and classifications ("Killian's triangle", "sphincter of Oddi", "Grey Turner sign",
// "Forrest IIb", "Paris 0-IIa", "Los Angeles grade C", "Ondine's curse", "Stanford Sleepiness Scale", "Rechtschaffen and
// Kales", "Kramer zone 3", "DAT (Coombs)"), devices, software and makers ("Alice 6 LDx", "AirView", "Fisher & Paykel",
// "Babylog", "Dr. Brown's bottle", "OTSC 12/6t"), scores and feeds written as fractions ("STOP-BANG 6/8", "PO 6/8
// feeds"), a twin's or triplet's letter ("Twin B"), a charity's house ("Ronald McDonald House"), countries one moved
// from or lived in one after another, continents travelled to ("travel to Africa"), ("moved from Honduras", "Syria, then Jordan"; a country that is also a US town
// after "moved", "moved from Norway", stays a place, as after "lives in"), languages by name in a language's
// context ("Speaks Maay Maay", "Dari interpreter", "Language: Karen"), a week's working days ("Monday through
// Friday"), and a child called a miracle. Candidates inside them are dropped by named-things.ts.
import { spansOf } from './named-gear';
import { US_TOWN_COUNTRY } from './named-specialty';
import { COUNTRY } from './town-country';
import { wordGate } from './tokens';

const EPONYM = /\bkillian['’]?s?[ \t]+(?:triangle|dehiscence)\b|\bsphincter[ \t]+of[ \t]+oddi\b|\bgrey[ \t]+turner['’]?s?(?=[ \t]+(?:sign|or|and|\/))|\bcullen['’]?s?[ \t]+sign\b|\bforrest[ \t]+(?:class[ \t]+)?(?:iii|iib|iia|iic|ii|ib|ia|i)\b|\bparis[ \t]+(?:class(?:ification)?[ \t]+)?0-(?:ip|is|isp|iia|iib|iic|iii)\b|\blos[ \t]+angeles[ \t]+(?:class(?:ification)?[ \t]+)?(?:grade|class)[ \t]+[a-d]\b|\bondine['’]?s[ \t]+curse\b|\bstanford[ \t]+sleepiness\b|\brechtschaffen[ \t]+(?:and|&)[ \t]+kales\b|\bkramer(?:['’]s)?[ \t]+(?:zone|scale|score|rule)\b|\b(?:dat|direct|indirect|iat)[ \t]*\(?[ \t]*coombs\b|\bcoombs(?=[ \t]*(?:\)|test|negative|positive|neg\b|pos\b|[+-]))/gi;
const EPONYM_WORDS = wordGate('killian killians sphincter grey cullen cullens forrest paris los ondine ondines stanford rechtschaffen kramer kramers coombs dat direct indirect iat');

const PRODUCT = /\balice[ \t]+(?:\d{1,2}|pdx|nightone|ldx|le)\b(?:[ \t]+(?:ldx|ldxs|ldxn))?|\b(?:airview|myair|dreammapper|care[ \t]?orchestrator|encore[ \t]+anywhere)\b|\bfisher[ \t]+(?:&|and)[ \t]+paykel\b|\bbabylog\b|\bdr\.?[ \t]+brown['’]s(?=[ \t]+(?:bottles?|nipples?|vent|preemie|options|natural|standard|wide))|\botsc[ \t]+\d{1,2}\/\d{1,2}[a-z]{0,2}\b|\bronald[ \t]+mcdonald[ \t]+(?:house|family[ \t]+room|charities)\b(?![ \t]+of[ \t]+\p{L})/giu;
const PRODUCT_WORDS = wordGate('alice airview myair dreammapper care careorchestrator encore fisher babylog dr brown otsc ronald');

/** Scores and feeds written as fractions, and a twin's or a triplet's letter. */
const FRACTION = /\b(?:stop-?bang|epworth|ess|isi|psqi|apgar)[ \t]*:?[ \t]*(\d{1,2}\/\d{1,2})\b|\b(\d\/\d{1,2})(?=[ \t]+(?:feeds?|feedings|bottles?|po[ \t]+feeds))|\b(?:twin|triplet|quadruplet|baby)[ \t]+[a-d]\b(?![\p{L}'’.-])/giu;
const FRACTION_WORDS = wordGate('stop bang stopbang epworth ess isi psqi apgar feeds feed feedings bottle bottles twin triplet quadruplet baby');

/** Countries moved from, or lived in one after another: "moved from Honduras", "lived in Syria, then Jordan". */
const COUNTRY_MOVED = new RegExp(String.raw`\b(?:moved|came|immigrated|emigrated|fled|arrived|relocated|resettled|refugees?)[ \t]+(?:here[ \t]+)?(?:from|to)[ \t]+(?:the[ \t]+)?(?!(?:${US_TOWN_COUNTRY})\b)(${COUNTRY})\b(?![ \t]+(?!(?:last|this|in|at|with|to|and|when|as|after|before|since|about|over|during|for|years?|months?)\b)\p{L}|[ \t]*,[ \t]*\p{L})|\b(?:in|from|to)[ \t]+(?:${COUNTRY}),?[ \t]+(?:then|and|or|before|after)[ \t]+(?:in[ \t]+)?(${COUNTRY})\b(?![ \t]+\p{L}|[ \t]*,[ \t]*\p{L})`, 'giu');
const COUNTRY_WORDS = wordGate('moved came immigrated emigrated fled arrived relocated resettled refugee refugees then');

/** Languages whose names are also names of people or places, in a language's context. */
const LANGUAGE = String.raw`maay[ \t]+maay|maxaa[ \t]+tiri|dari|pashto|karen|sgaw|pwo|chin|hakha|falam|kinyarwanda|kirundi|tigrinya|amharic|oromo|somali|swahili|nepali|tagalog|ilocano|cebuano|hmong|khmer|lao|burmese|rohingya|haitian[ \t]+creole|kreyòl|kreyol|mandarin|cantonese|toishanese|fuzhounese|vietnamese|russian|ukrainian|arabic|farsi|urdu|punjabi|hindi|bengali|gujarati|marshallese|chuukese|mam|k['’]iche['’]?|q['’]anjob['’]al|mixteco|zapoteco|triqui|portuguese|cape[ \t]+verdean(?:[ \t]+creole)?|spanish|french|polish|korean|japanese|bosnian|albanian|dinka|nuer|fulani|wolof|twi|yoruba|igbo|hausa|lingala|sango|tamil|telugu|malayalam|marathi|sinhala|thai|uzbek|turkish|kurdish|kurmanji|sorani|armenian|greek|hebrew|yiddish|asl`;
const IN_LANGUAGE = new RegExp(String.raw`\b(?:speaks?|speaking|spoke|language[ \t]*:?|languages[ \t]*:|prefers|preferred(?:[ \t]+language)?[ \t]*:?|in|fluent[ \t]+in|reads|writes|interpreter[ \t]*(?:for|in|:)?)[ \t]+(${LANGUAGE})(?![\p{L}'’-])|(?<![\p{L}'’/.\w-])(${LANGUAGE})(?=[ \t]*(?:[ \t]+(?:interpreter|interpreters|interpretation|interpreting|speaker|speakers|speaking|language|only|translation|translated|version|line))|-speaking)`, 'giu');
/** The languages' first words open the test. */
const LANGUAGE_WORDS = wordGate([...new Set(LANGUAGE.split('|').map((l) => l.split(/\[|['’]/)[0]!))].join(' '));

/** Continents and world regions travelled to or through: "travel to Africa", "through Central America". */
const CONTINENT = /\b(?:to|in|from|across|through|around|within)[ \t]+(?:the[ \t]+)?(africa|asia|europe|south[ \t]+america|latin[ \t]+america|central[ \t]+america|north[ \t]+africa|west[ \t]+africa|east[ \t]+africa|caribbean|oceania|middle[ \t]+east)\b/gi;
const CONTINENT_WORDS = wordGate('africa asia europe america caribbean oceania middle');

/** A week's working days, a schedule and no date: "Monday through Friday", "Mon-Fri". */
const WEEK = /\b(?:monday|mon)[ \t]*(?:through|thru|to|-|–)[ \t]*(?:friday|fri)\b/gi;
const WEEK_WORDS = wordGate('monday mon');

/** A child called a miracle or a blessing: a word after an article, no given name. */
const PRAISE = /\b(?:a|our|little|real|true|her|his|their)[ \t]+(miracle|blessing|fighter|warrior|treasure)\b/gi;
const PRAISE_WORDS = wordGate('miracle blessing fighter warrior treasure');

/** The spans of these records' look-alikes in `text`; `open` says which word gates are open. */
export function giSleepNewbornSpans(text: string, open: Uint8Array): Array<[number, number]> {
  return spansOf(text, open, [[EPONYM, EPONYM_WORDS], [PRODUCT, PRODUCT_WORDS], [FRACTION, FRACTION_WORDS], [COUNTRY_MOVED, COUNTRY_WORDS], [IN_LANGUAGE, LANGUAGE_WORDS], [WEEK, WEEK_WORDS], [PRAISE, PRAISE_WORDS], [CONTINENT, CONTINENT_WORDS]]);
}
