// What dental, therapy, hospice and billing records name that looks like a person, a place or a date and is none: makers
// and products ("Dentsply Sirona", "RelyX Unicem", "Sara Stedy", "Broda chair"), national suppliers and insurers named
// alone ("Oxygen from Lincare", "State Farm auto policy"), eponyms their trades write ("curve of Spee", "Pell and Gregory",
// "Nance holding arch", "Ludwig's angina", "Sister Mary Joseph nodule", "left Sims' position"), a score out of ten ("PAINAD
// 6/10"), an interval in twelfths ("BWX 1/12 months"), a form's edition ("CMS-1500 (02/12)"), a procedure code with its
// modifier ("20610-RT"), prayers said at a bedside ("Mourner's Kaddish"), and "mercy" asked for. Candidates inside them
// are dropped by named-things.ts.
import { wordGate, type WordGate } from './tokens';

/** Makers and products of dental, therapy and home equipment, each a word or two no person or place is called. */
const PRODUCT = /\b(?:kerr(?=[ \t]+(?:herculite|sonicfill|optibond|maxcem|harmonize|temp))|dentsply(?:[ \t]+sirona)?|sirona|primescan|cerec|ivoclar|relyx(?:[ \t]+unicem)?|impregum(?:[ \t]+penta)?|herculite(?:[ \t]+xrv)?|filtek|planmeca(?:[ \t]+promax)?|carestream|septocaine|hu-friedy|gracey[ \t]+\d{1,2}\/\d{1,2}(?:[ \t]+(?:and|&)[ \t]+\d{1,2}\/\d{1,2})?|damon[ \t]+(?:q2?|clear|system)(?:[ \t]+brackets)?|invisalign|numotion|hanger[ \t]+clinic(?![ \t]+(?:of|in|at)\b)|lincare|apria|rotech|adapthealth|lifesource|broda[ \t]+(?:chair|recliner)|rifton[ \t]+(?:gait[ \t]+trainer|stander|chair|activity[ \t]+chair)|jamar[ \t]+(?:grip|dynamometer)|sara[ \t]+stedy|hoyer[ \t]+(?:lift|sling|pad)|theraband|jay[ \t]+j\d(?:[ \t]+(?:back|cushion))?|roho[ \t]+cushion|transderm[ \t]+scop)\b/gi;
/** Insurers named for a place or a thing, and dental plans: named with no site, they identify no one. */
const INSURER = /\b(?:state[ \t]+farm|allstate|geico|liberty[ \t]+mutual|farmers[ \t]+insurance|nationwide[ \t]+insurance|usaa|delta[ \t]+dental(?:[ \t]+(?:ppo|premier|hmo))?|metlife[ \t]+dental|guardian[ \t]+dental)\b/gi;
/** Eponyms of dental, therapy and hospice records that the name rules cannot tell by the word after them. */
const EPONYM = /\bcurve[ \t]+of[ \t]+(?:spee|wilson|monson)\b|\bpell[ \t]+(?:and|&)[ \t]+gregory\b|\((?:glickman|hamp|tarnow|lindhe)\)|\b(?:glickman|hamp|tarnow|lindhe)[ \t]+(?:class|grade)\b|\bnance[ \t]+(?:holding[ \t]+)?(?:arch|appliance|button)\b|\bludwig['’]?s?[ \t]+angina\b|\bsister[ \t]+mary[ \t]+joseph(?:['’]s)?[ \t]+(?:nodule|node|sign)\b|\blou[ \t]+gehrig['’]s\b|\bsims['’]?[ \t]+position\b|\bk[üu]bler[ \t-]+ross\b|\bhawkins[ \t-]+kennedy\b|\bhawkins(?=[ \t]+(?:test|sign|impingement|and[ \t]+neer))|\bneer(?=[ \t]+(?:test|sign|impingement))|\bmckenzie(?=[ \t]+(?:press-ups|exercises?|protocol|method|extension))|\bwinter(?=['’]?s?[ \t]+(?:mesioangular|distoangular|vertical|horizontal|classification))/gi;
/** A pain or effort score out of ten, an interval in twelfths of a year or fifty-seconds, a claim form's edition, a
 * procedure code with its modifier. */
const NUMBERED = /\b(?:painad|pain|flacc|nrs|vas|cpot|faces|borg|rpe|numeric[ \t]+rating(?:[ \t]+scale)?)[ \t]*(?:score)?[ \t]*:?[ \t]*\d{1,2}\/10\b|\b\d{1,2}\/(?:12[ \t]+months?|52[ \t]+weeks?)\b|\b(?:cms|hcfa)-?1500[ \t]*\(\d{2}\/\d{2}\)|\b\d{5}-(?:rt|lt|25|59|50|51|76|77|79|91|gp|go|gn|kx|xu|xs|tc|26)\b/gi;
/** Prayers and rites said at a bedside: "Mourner's Kaddish", "the Serenity Prayer". */
const PRAYER = /\b(?:mourner['’]s[ \t]+)?kaddish\b|\bserenity[ \t]+prayer\b|\blord['’]s[ \t]+prayer\b|\bhail[ \t]+mary\b|\bshema\b/gi;
/** What a patient asks or prays for, in lower case ("asked for mercy"; "asked for Grace" asks for a person). */
const ASKED_FOR = /\b(?:[Aa]sked|[Bb]egged|[Pp]rayed|[Pp]leaded|[Pp]rays|[Pp]ray|[Pp]lead|[Pp]leads|[Aa]sks|[Bb]egs)[ \t]+for[ \t]+(?:mercy|grace|forgiveness|peace|strength|comfort|faith|hope|joy)\b/g;

const PRODUCT_WORDS = wordGate('kerr dentsply sirona primescan cerec ivoclar relyx impregum herculite filtek planmeca carestream septocaine friedy gracey damon invisalign numotion hanger lincare apria rotech adapthealth lifesource broda rifton jamar stedy hoyer theraband jay roho transderm');
const INSURER_WORDS = wordGate('state allstate geico liberty farmers nationwide usaa dental');
const EPONYM_WORDS = wordGate('curve pell glickman hamp tarnow lindhe nance ludwig joseph gehrig sims ross hawkins neer mckenzie winter');
const PRAYER_WORDS = wordGate('kaddish prayer hail shema');
const ASKED_WORDS = wordGate('asked begged prayed pleaded pray plead asks begs pleads prays');

/** The spans of products, eponyms, scores and prayers in `text`; `open` says which word gates the text opens. */
export function productSpans(text: string, lower: string, open: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const add = (re: RegExp, gate?: WordGate): void => {
    if (gate && !open[gate.index]) return;
    for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  };
  add(PRODUCT, PRODUCT_WORDS);
  add(INSURER, INSURER_WORDS);
  add(EPONYM, EPONYM_WORDS);
  if (/\/10|\/12|\/52|1500|\d{5}-/.test(lower)) add(NUMBERED);
  add(PRAYER, PRAYER_WORDS);
  add(ASKED_FOR, ASKED_WORDS);
  return out;
}
