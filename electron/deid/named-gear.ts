// What eye, sports, sexual health and dialysis records name that looks like a person, a place or a date and is none:
// eponyms those trades write with their noun ("Jackson cross cylinder", "Maddox rod", "Marcus Gunn pupil", "Tommy John
// surgery", "Hutchinson teeth", "Bence Jones protein", "Cockcroft-Gault"), drugs, lenses, devices and dialyzers
// ("Pred Forte", "Diamox Sequels", "Acuvue Oasys", "OrCam MyEye", "Riddell SpeedFlex", "Elisio-21H", "Myron L meter"),
// optical, fitness and supply chains named alone ("LensCrafters", "Planet Fitness", "supplies from Baxter"), programs
// ("Ryan White Part B", "Title X clinic", "Five Diamond"), a country one was born in, a visual field's ratios
// ("fixation losses 2/14"), an STD program's disease code, a game's inning and a race's mile. Candidates inside them
// are dropped by named-things.ts.
import { COUNTRY } from './town-country';
import { wordGate, type WordGate } from './tokens';

/** Eponyms with the word that makes them a test, a sign or a thing. */
const EPONYM = /\b(?:jaeger(?=[ \t]*(?:\)|chart|card|j\d))|\(jaeger\)|jackson[ \t]+cross[ \t]+cylinders?|maddox[ \t]+(?:rod|wing)|van[ \t]+herick(?:[ \t]+(?:grade|angle|estimate))?|marcus[ \t]+gunn(?:[ \t]+(?:pupil|jaw))?|tommy[ \t]+john(?:[ \t]+(?:surgery|procedure|reconstruction|repair))|cooper[ \t]+(?:12-minute|twelve-minute|test|run)|hutchinson(?:['’]s)?[ \t]+(?:teeth|triad|incisors)|bence[ \t]+jones(?:[ \t]+(?:protein|proteins|proteinuria))?|cockcroft[ \t-]+gault)\b/gi;
/** Drugs, lenses, devices and dialyzers whose names read as people or codes. */
const PRODUCT = /\b(?:pred[ \t]+(?:forte|mild)|diamox(?:[ \t]+sequels)?|acuvue(?:[ \t]+(?:oasys|vita|moist|define|trueye))?|optelec(?:[ \t]+clearview(?:[ \t]+c\b)?)?|orcam(?:[ \t]+(?:myeye|read))?|ahmed(?=[ \t]+(?:fp\d|valve|glaucoma))|riddell(?:[ \t]+(?:speedflex|speed|axiom|revolution|victor))?|elisio(?:-\d{2}h)?|optiflux(?:[ \t]+f\d{3}\w*)?|revaclear(?:[ \t]+\d{3})?|theranova(?:[ \t]+\d{3})?|myron[ \t]+l(?=[ \t]+(?:meter|ultrameter|conductivity))|five[ \t]+diamond)\b/gi;
/** Chains, suppliers and programs named alone: they identify no site. A gym chain is one only as where one trains ("in
 * front of the Planet Fitness on Dare Dr" places a scene). */
const CHAIN = /\b(?:lenscrafters|pearle[ \t]+vision|warby[ \t]+parker|visionworks|eyemed|vsp(?=[ \t]*(?:[.,;)]|$|\r?\n|[ \t]+(?:vision|plan|insurance|benefits?|coverage)))|ryan[ \t]+white(?:[ \t]+(?:part[ \t]+[a-d]|program|funds?|funding|funded|eligible|eligibility|hiv\/aids[ \t]+program))?|title[ \t]+x(?=[ \t]+(?:clinic|funded|funding|program|site))|(?:gilead[ \t]+)?advancing[ \t]+access)\b|(?<=\b(?:trains|training|works[ \t]+out|exercises|lifts|member|membership|joined)[ \t]+(?:at|to|of)[ \t]+(?:a[ \t]+|the[ \t]+)?)(?:planet[ \t]+fitness|anytime[ \t]+fitness|orangetheory)\b|(?<=\b(?:the|through|via|by|from)[ \t]+)lions[ \t]+clubs?\b|(?<=\b(?:supplies|supply|ordered|shipped|delivered)[ \t]+(?:from|by|via)[ \t]+)baxter\b/gi;
/** A country of birth or origin named alone (its towns are found elsewhere): "born in Jamaica"; not a US town of its
 * name ("born in Jamaica, NY"). */
const BORN_IN = new RegExp(String.raw`(?<=\b(?:born|raised|immigrated|emigrated|came|arrived|native|citizen|refugee|fled)[ \t]+(?:in|from|of)[ \t]+(?:the[ \t]+)?)(?:${COUNTRY})\b(?![ \t]*,[ \t]*(?:ny|n\.y\.|new[ \t]+york|queens|vt|vermont|ia|iowa|va|virginia|il|illinois|ga|georgia|tx|texas)\b)`, 'gi');
/** Numbers of their trade that read as dates or codes: a visual field's ratios, an STD program's disease code, a game's
 * ordinal inning or quarter, a race's mile. */
const NUMBERED = /\b(?:fixation[ \t]+losses|false[ \t]+(?:positives?|negatives?)|fl|fp|fn)[ \t]*:?[ \t]*\d{1,2}\/\d{1,2}\b|\bdisease[ \t]+code[ \t]*:?[ \t]*\d{3}\b|\b\d{1,2}(?:st|nd|rd|th)[ \t]+(?:inning|innings|quarter|period|half|lap|set|round|hole|frame|heat|down)\b|\bmile[ \t]+\d{1,2}(?:\.\d)?(?=[ \t]+of[ \t]+the[ \t]+(?:course|race|marathon|run|route|trail|ride))/gi;

const EPONYM_WORDS = wordGate('jaeger jackson maddox herick marcus tommy cooper hutchinson bence cockcroft');
const PRODUCT_WORDS = wordGate('pred diamox acuvue optelec orcam ahmed riddell elisio optiflux revaclear theranova myron diamond');
const CHAIN_WORDS = wordGate('lenscrafters pearle warby visionworks eyemed vsp planet anytime orangetheory ryan title advancing lions baxter');
const BORN_WORDS = wordGate('born raised immigrated emigrated came arrived native citizen refugee fled');
const NUMBERED_WORDS = wordGate('fixation false fl fp fn disease inning innings quarter period half lap set round hole frame heat down mile');

/** The spans of `patterns` whose word gate is open in `text`; a pattern that reads its cue first ("the mill") keeps only
 * the part it captures. */
export function spansOf(text: string, open: Uint8Array, patterns: ReadonlyArray<readonly [RegExp, WordGate]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [re, gate] of patterns) {
    if (!open[gate.index]) continue;
    for (const m of text.matchAll(re)) {
      const part = m.slice(1).find((g) => g !== undefined);
      const start = part === undefined ? m.index : m.index + m[0].lastIndexOf(part);
      out.push([start, start + (part ?? m[0]).length]);
    }
  }
  return out;
}

/** The spans of this round's products, eponyms, chains and trade numbers in `text`; `open` says which word gates are open. */
export function gearSpans(text: string, open: Uint8Array): Array<[number, number]> {
  return spansOf(text, open, [[EPONYM, EPONYM_WORDS], [PRODUCT, PRODUCT_WORDS], [CHAIN, CHAIN_WORDS], [BORN_IN, BORN_WORDS], [NUMBERED, NUMBERED_WORDS]]);
}
