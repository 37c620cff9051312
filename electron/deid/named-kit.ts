// What hearing, wound, recovery and nutrition records name that looks like a person, a place, a date or a number and is
// none: eponyms with their noun ("organ of Corti", "Brodsky tonsils", "Lund and Browder", "Jackson's zones", "Brooke
// ileostomy", "Mifflin-St Jeor"), hearing aids, implants, ostomy gear and formulas ("Phonak Audéo Lumity 90", "Baha 6
// Max", "SenSura Mio", "Jevity 1.5 Cal", "Clinimix E 8/14"), suppliers, stores, fellowships and associations named alone
// ("supplies from Coram", "Costco", "Celebrate Recovery", "Hearing Loss Association of America"; the towns of Coram and Byram
// stay towns), generic places and roles ("the mill",
// "the detox unit", "the WIC office", "peer coach"), a catalogue number, a jail sentence and a public helpline spelt in
// letters. Candidates inside them are dropped by named-things.ts.
import { spansOf } from './named-gear';
import { wordGate } from './tokens';

const EPONYM = /\borgan[ \t]+of[ \t]+corti\b|\bbrodsky[ \t]+(?:tonsils?|grade|scale|score|[0-4]\b)|\blund[ \t]+(?:and|&)[ \t]+browder\b|\bjackson['’]?s?[ \t]+(?:zones?|burn[ \t]+model|model)|\bbrooke[ \t]+(?:ileostomy|stoma|procedure)|\bmifflin(?:[ \t-]+st\.?[ \t]*jeor)?(?=[ \t]*(?:equation|formula|x|\*|×|\(|=|,|;|$))|\bharris[ \t-]+benedict\b|\bgraham(?=[ \t]+crackers?)/gi;
const EPONYM_WORDS = wordGate('corti brodsky browder jackson jacksons brooke mifflin benedict graham');

const PRODUCT = /\b(?:phonak|aud[ée]o(?:[ \t]+(?:lumity|paradise|marvel))?(?:[ \t]+\d{2})?|lumity(?:[ \t]+\d{2})?|resound(?:[ \t]+(?:omnia|nexia|one|key|linx))?|starkey(?:[ \t]+(?:genesis|evolv|livio))?(?:[ \t]+ai)?|unitron(?:[ \t]+(?:vivante|blu|moxi))?|advanced[ \t]+bionics|na[ií]da(?:[ \t]+ci)?(?:[ \t]+[mq]\d{2})?|baha(?:[ \t]+\d)?(?:[ \t]+(?:max|power|attract|connect))?|ponto(?:[ \t]+\d)?(?:[ \t]+(?:superpower|plus|power|mini))?|noah(?:[ \t]+\d)?(?=[ \t]+(?:database|software|module|system))|lyric(?=[ \t]+(?:extended|device|hearing|aid))|madsen(?:[ \t]+(?:astera|aurical|zodiac))?|otometrics|sensura(?:[ \t]+mio)?|coloplast|neocate(?:[ \t]+(?:junior|syneo|splash))?|(?:similac[ \t]+)?alimentum|similac|clinimix(?:[ \t]+e)?(?:[ \t]+\d{1,2}\/\d{1,2})?|jevity(?:[ \t]+1\.\d(?:[ \t]+cal)?)?|kate[ \t]+farms(?:[ \t]+(?:peptide|standard|pediatric|nutrition))?|perry[ \t]+baromedical|jack[ \t]+daniel['’]?s)(?![\p{L}])/giu;
const PRODUCT_WORDS = wordGate('similac phonak audeo aud na lumity resound starkey unitron bionics naida baha ponto noah lyric madsen otometrics sensura coloplast neocate alimentum clinimix jevity kate perry jack');

const FELLOWSHIP = /\b(?:costco|hy-vee|(?:coram|byram)(?=[ \t]+(?:healthcare|health|supplies|supply|specialty|infusion|pharmacy))|\b(?:by|from|via|through|with)[ \t]+(coram|byram)(?![ \t]*,)|sorenson(?=[ \t]+(?:video|vrs|relay|vp))|celebrate[ \t]+recovery|smart[ \t]+recovery|al-?anon|hearing[ \t]+loss[ \t]+association(?:[ \t]+of[ \t]+america)?|alexander[ \t]+graham[ \t]+bell[ \t]+association|american[ \t]+tinnitus[ \t]+association)\b/gi;
const FELLOWSHIP_WORDS = wordGate('costco hy vee coram byram sorenson celebrate smart anon alanon hearing alexander tinnitus');

/** Places and roles of a kind, with "the" or "a" and no name: "the mill", "the WIC office", "peer coach". */
const GENERIC = /\b(?:the|a|an)[ \t]+((?:(?:ent|wic|std|hiv|detox|methadone|suboxone)[ \t]+(?:clinic|office|unit|program)|mill|courthouse|food[ \t]+(?:shelf|pantry|bank)|detox)\b(?![ \t]+(?:of|in|at)[ \t]+\p{Lu}))|\b(peer[ \t]+(?:recovery[ \t]+)?(?:coach|mentor|specialist|support|navigator|counselor))\b|\b(?:sense|feeling|state|moment)[ \t]+of[ \t]+(serenity)\b|\b(serenity[ \t]+prayer)\b/giu;
const GENERIC_WORDS = wordGate('ent wic std hiv detox methadone suboxone mill courthouse food peer serenity');

/** A catalogue number after its product's word, a jail sentence in months and days, a public helpline in letters. */
const NUMBERED = /\b(?:barrier|wafer|pouch|flange|catalog|cat\.?|item|product|part)[ \t]*(?:no\.?|#)[ \t]*\d{4,7}\b|\bsentenced[ \t]+to[ \t]+\d{1,2}\/\d{1,2}\b|\b1[ \t.-]?800[ \t.-]?(?:662[ \t.-]?help|quit[ \t.-]?now|273[ \t.-]?talk|799[ \t.-]?safe|4[ \t.-]?a[ \t.-]?child)\b/gi;
const NUMBERED_WORDS = wordGate('barrier wafer pouch flange catalog cat item product part sentenced help quit talk safe child');

/** The spans of these trades' look-alikes in `text`; `open` says which word gates are open. */
export function kitSpans(text: string, open: Uint8Array): Array<[number, number]> {
  return spansOf(text, open, [[EPONYM, EPONYM_WORDS], [PRODUCT, PRODUCT_WORDS], [FELLOWSHIP, FELLOWSHIP_WORDS], [GENERIC, GENERIC_WORDS], [NUMBERED, NUMBERED_WORDS]]);
}
