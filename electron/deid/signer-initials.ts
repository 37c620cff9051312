// The initials staff sign an act with where no older rule's cue stands right before them: after a verb of record work
// with words between it and "by" ("hooked up 2/17/24, recorder s/n ..., by NTM."), a second signer after "and", a
// role before the letters ("histotech CJ.", "(resident BR)", "scrub: jj."), a relief's hand-over ("CRNA in; FZ out"),
// a time or a date and a comma ("self-test 3/10 06:10, jj."), a dash after a date ("Checked 7/3 - MP"), a counted pair
// in brackets ("counts correct x2 (JT/FS)"), a dose's signer ("ryanodex 250 mg iv (wsc).") and a dotted set in brackets
// ("Dr. Nogueira (m.r.b.)"). Two or three letters are also routes, studies, teams and words, which never count.
import type { PatternRule } from './patterns';
import { capsOnMixedLine, NOT_INITIALS } from './patterns-specimens';
import { bothCases, lineOf, wordGate } from './tokens';

/** Letters that are a unit, a service, a route, a result or a short word, never a signer. */
const NOT_SIGNER = /^(?:evs|sps|spd|bme|dme|fd|pd|pcs|pct|uap|lna|cma|slp|pta|ota|rrt|crt|mha|apn|ems|nsy|res|was|has|had|did|can|may|not|now|saw|got|put|let|are|how|why|new|old|any|its|she|he|we|you|out|off|up|too|yet|but|so|if|go|get|set|ran|run|car|bus|air|cab|van|fax|web|end|fin|tbd|neg|pos|nil|wnl|nad|ok|dc|hs|bs|ns|lr|prn|bid|tid|qid|qd|qhs|stat|day|pm|am|hr|hrs|min|mg|ml|mcg|kg|cm|mm|wk|mo|yr|rad|sc|sq|im|iv|io|po|pr|sl|ivp|ivpb|et|in|mom|dad|me|us|him|her|them|id|ep|bmt|fm|ip|ups|hh|cps|dcs|ada|gal)$/i;

/** Whether two or three letters may be someone's initials here: no word, and capitals on a line written in both cases. */
function signer(v: string, text: string, at: number): boolean {
  const bare = v.replace(/\./g, '');
  if (NOT_INITIALS.has(bare.toLowerCase()) || NOT_SIGNER.test(bare)) return false;
  return (bare === bare.toUpperCase() || bare === bare.toLowerCase()) && capsOnMixedLine(bare, text, at);
}

/** A dictating and a typing hand ("YPC/HJ"): neither half a word, a unit or a service. */
const bothHands = (pair: string): boolean => pair.split('/').every((v) => !NOT_INITIALS.has(v.toLowerCase()) && !NOT_SIGNER.test(v));

/** Verbs of record work a signer's "by" may stand several words after. */
const RECORD_VERB = 'downloaded|uploaded|given|administered|dispensed|placed|drawn|disinfected|triaged|done|applied|attached|inserted|removed|changed|hung|activated|wasted|charted|hooked|programmed|posted|screened|verified|checked|logged|recorded|documented|performed|cleaned|reprocessed|stocked|restocked|counted|witnessed|collected|scanned|entered|completed|observed|tested|graded|audited|labeled|labelled|prepared|initiated|calibrated|inspected|packed|sealed|reconciled|archived|called|reviewed|taken|minutes|review|released|filed|faxed|mailed|sent';
/** A tech's hand-over: the outgoing and the oncoming letters either side of an arrow or "to". */
const HAND_OFF = /\bhand-?off[ \t]*:?[ \t]+([A-Z]{2,3}|[a-z]{2,3})[ \t]*(?:->|→|=>|>|\bto\b)[ \t]*([A-Z]{2,3}|[a-z]{2,3})(?![\p{L}\d])/giu;
/** What may stand after a signer's letters: a mark, a line's end, "and", "at", "on", a bracket. */
const SIGNER_END = String.raw`(?=[ \t]*(?:[.;,)]|\r?\n|$)|[ \t]+(?:and|at|on)\b|[ \t]+\()`;

export const SIGNER_RULES: readonly PatternRule[] = [
  // "embryologist zj, witness yn", "Performed VT, witnessed KGD.", "biopsy by KE;", "INITIALED SZV / JEH ON", "received
  // by lv.", "CRNA CA.": the letters after a word that says who did, watched or signed for an act, one hand or two.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    words: wordGate('witness witnessed performed embryologist andrologist initialed initialled initials received biopsy applied ordered casting loaded thawed warmed vitrified denuded signed entered prepared transferred processed scored fitted cast crna scrub circulator assist assisted log scribed'),
    re: new RegExp(String.raw`\b(?:witness(?:ed)?(?:[ \t]+by)?|assist(?:ed)?(?:[ \t]+by)?|(?:implant|sticker)[ \t]+log|performed(?:[ \t]+by)?|embryologist|andrologist|initial(?:l?ed|s)(?:[ \t]+(?:each[ \t]+page|by))?|(?:received|biopsy|applied|ordered|casting|loaded|thawed|warmed|vitrified|denuded|signed|entered|prepared|transferred|processed|scored|fitted|cast|scribed)[ \t]+by|crna|scrub|circulator)[ \t]*:?[ \t]*\(?([A-Za-z]{2,3}(?:[ \t]*\/[ \t]*[A-Za-z]{2,3})?)(?:(?=[ \t]*\|)|${SIGNER_END})`, 'gi'),
    group: 1,
    priority: 6,
    check: (m, text) => m[1]!.split(/[ \t]*\/[ \t]*/).every((v) => signer(v, text, m.index)),
  },
  // "retriaged YELLOW to RED at 0331 (SBP 78, GCS 11) -- LV": a line closed by a double dash and the writer's letters.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /--/,
    re: /(?<=^|[ \t])--[ \t]*([A-Za-z]{2,3})[ \t]*$/gm,
    group: 1,
    priority: 6,
    check: (m, text) => signer(m[1]!, text, m.index),
  },
  // "10/14/19   Inflectra 400 mg     12V5895     N.Z.": a flowsheet row's last column, a signer's dotted initials.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /[A-Za-z]\.[ \t]?[A-Za-z]\.[ \t]*$/m,
    re: /(?<=[ \t]{2}|\t)([A-Za-z]\.[ \t]?[A-Za-z]\.(?:[ \t]?[A-Za-z]\.)?)[ \t]*$/gm,
    group: 1,
    priority: 6,
    check: (m, text) => (lineOf(text, m.index).match(/\S(?:[ \t]{2,}|\t)(?=\S)/g) ?? []).length >= 2 && !/^(?:a\.m\.|p\.m\.|e\.g\.|i\.e\.|n\.b\.|u\.s\.|p\.o\.|q\.d\.|b\.i\.d\.|t\.i\.d\.|q\.i\.d\.|o\.d\.|o\.s\.|o\.u\.|n\.p\.o\.|p\.r\.n\.)$/i.test(m[1]!.replace(/[ \t]/g, '')),
  },
  // "received 10/14, triaged MRB, dental list.", "verified 4/2 18:52 ams.": a verb of record work, its date or time, and
  // the signer's letters closing the clause.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    words: wordGate('triaged verified reviewed countersigned cosigned'),
    re: /\b(?:triaged|verified|reviewed|countersigned|cosigned)(?:[ \t]+(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}:?\d{2}))*[ \t]+([A-Za-z]{2,3})(?=[ \t]*(?:[.;,]|\r?\n|$))/gi,
    group: 1,
    priority: 6,
    check: (m, text) => signer(m[1]!, text, m.index),
  },
  // "… | CHLORDIAZEPOXIDE 50 MG PO | FLK": the last cell of a row of several cells, a signer's letters.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /\|/,
    re: /\|[ \t]*([A-Za-z]{2,3})[ \t]*$/gm,
    group: 1,
    priority: 6,
    check: (m, text) => (lineOf(text, m.index).match(/\|/g) ?? []).length >= 3 && signer(m[1]!, text, m.index),
  },
  // "GIVEN     RA", "REFUSED   CPN": a medication record's act, its column's gap and the signer's letters.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    words: wordGate('given refused held omitted wasted late'),
    re: /\b(?:given|refused|held|omitted|wasted|late)[ \t]{2,}([A-Za-z]{2,3})[ \t]*$/gim,
    group: 1,
    priority: 6,
    check: (m, text) => signer(m[1]!, text, m.index),
  },
  // "DICTATED BUT NOT READ. YPC/HJ", "Dictated: 4/2. abc/de": the dictating and the typing hands after a dictation.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    words: wordGate('dictated transcribed dict read'),
    re: /\b(?:dictated|transcribed|dict|not[ \t]+read)\b[^\n]{0,40}?[.:][ \t]*([A-Za-z]{2,4}\/[A-Za-z]{2,4})(?=[ \t]*(?:[.;,]|\r?\n|$))/gi,
    group: 1,
    priority: 6,
    check: (m) => bothHands(m[1]!),
  },
  // "Bill Robel, MD\nYEW/tx": the signer's and the typist's letters on the line under a signature's credential.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    words: wordGate('md do np pa rn dds dpm phd facg fasge facp'),
    re: /\b(?:md|do|np|pa-c|rn|dds|dpm|phd|facg|fasge|facp)\.?[ \t]*\r?\n[ \t]*([A-Za-z]{2,4}\/[A-Za-z]{2,4})[ \t]*(?=\r?\n|$)/gi,
    group: 1,
    priority: 6,
    check: (m) => bothHands(m[1]!),
  },
  // "cath lab activated by fz.", "vitals charted manually q5min by mz.", "hooked up 2/17/24, recorder s/n …, by NTM.",
  // "Programmed: 2022-01-24 07:43   By: GM", "called to Brook Murphy, RN, read back, by TWV at 20:00", "minutes by mh."
  {
    rule: 'signer-initials',
    kind: 'NAME',
    words: wordGate(RECORD_VERB.replace(/\|/g, ' ')),
    re: new RegExp(String.raw`\b(?:${RECORD_VERB})\b(?:[^\n.;]|\.(?=[ \t]*\d)){0,60}?\bby(?:[ \t]*:)?[ \t]+([A-Za-z]{2,3})${SIGNER_END}`, 'gi'),
    group: 1,
    priority: 6,
    check: (m, text) => signer(m[1]!, text, m.index),
  },
  // "Count verified by XBY and JH": the second signer after "and".
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /\b[Bb][Yy][ \t]+[A-Za-z]{2,3}[ \t]+(?:and|AND|&)[ \t]/,
    re: /\b[Bb][Yy][ \t]+([A-Z]{2,3}|[a-z]{2,3})[ \t]+(?:and|AND|&)[ \t]+([A-Z]{2,3}|[a-z]{2,3})(?=[ \t]*(?:[.;,)]|\r?\n|$))/g,
    group: 2,
    priority: 6,
    check: (m, text) => signer(m[1]!, text, m.index) && signer(m[2]!, text, m.index) && (m[1] === m[1]!.toUpperCase()) === (m[2] === m[2]!.toUpperCase()),
  },
  // "CBG 7.30/42 (RT PXV).", "(rn jk)": a role and a signer's letters alone in brackets ("(RT ARM)" is a side).
  {
    rule: 'signer-initials',
    kind: 'NAME',
    words: wordGate('rt rrt rn lpn nnp np cna tech'),
    re: /\((?:rt|rrt|rn|lpn|nnp|np|cna|tech)[ \t]+([A-Za-z]{2,3})\)/gi,
    group: 1,
    priority: 6,
    // Letters with a vowel may spell a word ("(RT ARM)") unless they are capitals on a line written in both cases.
    check: (m, text) => signer(m[1]!, text, m.index) && !/^(?:arm|leg|eye|ear|hip|toe|lip|jaw|ij|ac|av|ue|le|fa)$/i.test(m[1]!) && (!/[aeiouy]/i.test(m[1]!) || (m[1] === m[1]!.toUpperCase() && bothCases(lineOf(text, m.index)))),
  },
  // "Test strip QC passed, YRJ.", "reprocessing done, jrp": a check's outcome, a comma and its signer closing the clause.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    words: wordGate('passed done completed verified checked'),
    re: new RegExp(String.raw`\b(?:passed|done|completed|verified|checked)[ \t]*,[ \t]+([A-Za-z]{2,3})${SIGNER_END}`, 'gi'),
    group: 1,
    priority: 6,
    // Lower-case letters with a vowel are as often a word ("done, peg and trach").
    check: (m, text) => signer(m[1]!, text, m.index) && (m[1] === m[1]!.toUpperCase() || !/[aeiouy]/.test(m[1]!)),
  },
  // "HISTOTECH CJ.", "(resident BR)", "scrub: jj.", "radiologic technologist KJT.", "MONITOR TECH NS REPORTS": letters after a role only a person holds.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    words: wordGate('histotech cytotech tech resident scrub circulator fellow sonographer scribe preceptor orientee nurse technologist technician scorer'),
    re: /\b(?:histotech|cytotech|technologist|technician|(?:day|night)[ \t]+scorer|(?:monitor|tele|scrub|histology|lab|ekg|echo|cath|pharmacy|surgical|night|day|sleep)[ \t]+tech|resident|scrub|circulator|fellow|sonographer|scribe|preceptor|orientee|(?<=[.;:][ \t]+)(?:nurse|tech))[ \t]*:?[ \t]+([A-Za-z]{2,3})(?=[ \t]*(?:[.;,)]|\r?\n|$)|[ \t]+(?:reports?|reported|notified|aware|out|present|called|states|stated|reviewed|verified|confirmed|paged)\b)/gi,
    group: 1,
    priority: 6,
    check: (m, text) => signer(m[1]!, text, m.index),
  },
  // "0700 HAND-OFF VT -> HWT:", "hand-off yne to gz": the outgoing and the oncoming tech's letters of a hand-over.
  ...[1, 2].map((group): PatternRule => ({ rule: 'signer-initials', kind: 'NAME', words: wordGate('hand handoff'), re: HAND_OFF, group, priority: 6, check: (m, text) => signer(m[1]!, text, m.index) && signer(m[2]!, text, m.index) })),
  // "Break relief: Rocky Cruickshank, CRNA in; FZ out.": who handed over a case.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    words: wordGate('out'),
    re: /\bin[ \t]*[;,][ \t]*([A-Z]{2,3}|[a-z]{2,3})[ \t]+out\b/g,
    group: 1,
    priority: 6,
    check: (m, text) => /relie[fv]|break|hand-?off|lunch/i.test(lineOf(text, m.index)) && signer(m[1]!, text, m.index),
  },
  // "passed full self-test 3/10 06:10, jj.": the signer's letters after a time or a date and a comma, ending the clause.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /\d,[ \t]*[A-Za-z]{2,3}\b/,
    re: /\b(?:\d{1,2}:\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?),[ \t]*([A-Za-z]{2,3})(?=[ \t]*[.;](?:[ \t]|\r?\n|$)|[ \t]*(?:\r?\n|$))/g,
    group: 1,
    priority: 6,
    check: (m, text) => signer(m[1]!, text, m.index),
  },
  // "BATTERY 9.5 YRS. CHECKED 12/8 - DMM": the letters after a dash that follows a date, ending the line.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /\d[ \t]+[-–][ \t]+[A-Za-z]{2,3}[ \t]*(?:\r?\n|$)/,
    re: /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t]+[-–][ \t]+([A-Z]{2,3}|[a-z]{2,3})[ \t]*(?=\r?\n|$)/g,
    group: 1,
    priority: 6,
    check: (m, text) => signer(m[1]!, text, m.index),
  },
  // "notified 9/23 YY", "| called 1/19 CAA": a log cell's act, its date and the signer's letters closing the cell.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    words: wordGate('notified called informed reviewed signed faxed mailed sent scanned done entered'),
    re: /\b(?:notified|called|informed|reviewed|signed|faxed|mailed|sent|scanned|done|entered)[ \t]+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t]+([A-Za-z]{2,3})(?=[ \t]*(?:\||\r?\n|$))/gi,
    group: 1,
    priority: 6,
    check: (m, text) => signer(m[1]!, text, m.index),
  },
  // "instrument counts correct x2 (JT/FS)": the pair who counted, in brackets after the count.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /\([A-Za-z]{2,3}\/[A-Za-z]{2,3}\)/,
    re: /\b(?:counts?|correct|verified|checked|x[ \t]?2|witnessed|double[ \t-]checked)\b[^\n()]{0,20}\(([A-Z]{2,3}\/[A-Z]{2,3}|[a-z]{2,3}\/[a-z]{2,3})\)/gi,
    group: 1,
    priority: 6,
    check: (m, text) => m[1]!.split('/').every((v) => signer(v, text, m.index)),
  },
  // "1247  ryanodex 250 mg iv (wsc).": the letters in brackets of whoever gave a dose.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /\([A-Za-z]{2,3}\)/,
    re: /\b\d+(?:\.\d+)?[ \t]*(?:mg|mcg|units?|ml|meq|g|mg\/kg)(?:[ \t]+(?:iv|im|po|sq|sc|ivp|ivpb|sl|pr|io|et|in))?[ \t]+\(([A-Za-z]{2,3})\)(?=[ \t]*(?:[.;,]|\r?\n|$))/gi,
    group: 1,
    priority: 6,
    check: (m, text) => signer(m[1]!, text, m.index) && !/^(?:prn|po|iv|im|sq|od|os|ou|tab|cap|inh|neb)$/i.test(m[1]!),
  },
  // "INTUBATED BY CA-3 RESIDENT DR. WISOZK (VM)": a trainee's initials in brackets after their name.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    words: wordGate('resident fellow student intern'),
    re: /\b(?:resident|fellow|student|intern)[ \t]+(?:dr\.?[ \t]+)?\p{L}[\p{L}'’-]+[ \t]+\(([A-Z]{2,3}|[a-z]{2,3})\)/giu,
    group: 1,
    priority: 6,
    check: (m, text) => signer(m[1]!, text, m.index),
  },
  // "Tx #56  10/11/14  NB-UVB 1500 mJ/cm2  no erythema  goggles on  XXG": a row of columns with a date column ends with
  // its writer's initials.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /(?:^|\n|[ \t]{2})(?:\d{1,2}\/\d{1,2}\/\d{2,4}|(?:19|20)\d{2}-\d{2}-\d{2})[ \t]{2}/,
    re: /(?:^|\n)(?:[^\n]*?[ \t]{2,})?(?:\d{1,2}\/\d{1,2}\/\d{2,4}|(?:19|20)\d{2}-\d{2}-\d{2})[ \t]{2,}[^\n]*?[ \t]{2,}([A-Za-z]{2,3})[ \t]*(?=\r?\n|$)/g,
    group: 1,
    priority: 5,
    check: (m, text) => signer(m[1]!, text, m.index + m[0].length - 1) && !/^(?:on|off|yes|no|wnl|nad|ok|neg|pos|nl|abn|rtc|ed|er|dc|ua|bx|tx|rx|dx|hx|sx|fx)$/i.test(m[1]!),
  },
  // "signed out by NX.", "second check CAD.", "COLLECTOR NJF |", "uploaded to the chart by jvl.", "routed to ebr.",
  // "Graded by: XR", "Operator: XN", "Nurse: LD": the letters after an act of record work or a hand that did it.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    words: wordGate('signed second collector uploaded routed recorded graded completed documented called operator nurse'),
    re: new RegExp(String.raw`\b(?:signed[ \t]+out[ \t]+by|second[ \t]+check(?:ed)?(?:[ \t]+by)?|collector|uploaded(?:[ \t]+to[ \t]+the[ \t]+chart)?[ \t]+by|routed[ \t]+to|(?:recorded|graded|completed|documented|called)[ \t]+by|(?<=(?:^|\n)[ \t]*)(?:operator|nurse))[ \t]*:?[ \t]*([A-Za-z]{2,3})(?=[ \t]*(?:[.;,)|]|\r?\n|$)|[ \t]+(?:and|at|on)\b)`, 'gi'),
    group: 1,
    priority: 6,
    check: (m, text) => signer(m[1]!, text, m.index),
  },
  // "jad/vxx\nd: 04/26/2025 12:58\nt: …": a dictation's footer, the dictating and the typing hands over the dates.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /[A-Za-z]\/[A-Za-z]{2,4}[ \t]*\r?\n[ \t]*[DdTt][ \t]*:/,
    re: /(?<=^|\n)[ \t]*([A-Za-z]{2,4}\/[A-Za-z]{2,4})[ \t]*(?=\r?\n[ \t]*(?:d|dd|dictated|t|dt|transcribed)[ \t]*:)/gi,
    group: 1,
    priority: 6,
    check: (m) => bothHands(m[1]!),
  },
  // "0900  GCS 14  PERRL  weak L grip  WPD": a row of hourly checks opened by its time ends with the checker's letters.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /(?:^|\n)[ \t]*\d{4}[ \t]{2}/,
    re: /(?<=^|\n)[ \t]*\d{4}[ \t]{2,}[^\n]*?[ \t]{2,}([A-Za-z]{2,3})[ \t]*(?=\r?\n|$)/g,
    group: 1,
    priority: 5,
    check: (m, text) => signer(m[1]!, text, m.index + m[0].length - 1) && !/^(?:on|off|yes|no|wnl|nad|ok|neg|pos|nl|abn|mae|ra|nc|rr|hr|bp|gcs|perrl|nsr|st|sb|af|rn|md|np|pt)$/i.test(m[1]!),
  },
  // "06/23/2020 | wd | ch 1 | s/n 51v3240 | 2.4 ata | … | op byj | sd yll": in a log's row opened by its date, a cell of
  // two or three letters alone, or after the operator's or the safety director's mark, is someone's initials.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /(?:^|\n)[ \t]*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})[ \t]*\|/,
    // (A bare cell only right after the date: "01/02/2020 | BP 120/80 | AVF" names the access, not a hand.)
    re: /(?:(?<=(?:^|\n)[ \t]*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})[ \t]*\|[ \t]*)|(?<=\|[ \t]*)(?:op|sd|tender|it|cht|by|init)[ \t]*:?[ \t]+)([A-Za-z]{2,3})(?=[ \t]*(?:\||\r?\n|$))/gi,
    group: 1,
    priority: 5,
    check: (m, text) => /^[ \t]*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})[ \t]*\|/.test(lineOf(text, m.index)) && signer(m[1]!, text, m.index) && !/^(?:on|off|yes|no|wnl|nad|ok|neg|pos|nl|abn|air|rt|lt|ch|ata|min|fsw|msw|tx|dx|hbo|dcs|co|age|dfu|orn|eta|rn|md|do|np|pa|pt|ot|cht|new|f\/u|fu|avf|avg|cvc|hd|pd|ij|rue|lue|rle|lle|icu|ed|or|bp|hr|rr|ekg|ecg|iv|im|sq|prn|ua|cbc|bmp|cmp|abg|cxr|ct|mri|us|dvt|pe|uti|chf|copd|mi|cva|tia)$/i.test(m[1]!),
  },
  // "Trim edges only. DP 0148 3/15", "no drainage. nhx 10:50 12/15": a note closed by its writer's letters, the time and
  // the day.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /[A-Za-z][ \t]+\d{1,2}:?\d{2}[ \t]+\d{1,2}\/\d{1,2}/,
    re: /(?<=[.;][ \t]+|\n)([A-Za-z]{2,3})[ \t]+\d{1,2}:?\d{2}[ \t]+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t]*(?=\r?\n|$)/g,
    group: 1,
    priority: 6,
    check: (m, text) => signer(m[1]!, text, m.index),
  },
  // "intubated by ca-2 resident dr. nogueira (m.r.b.)": a dotted set of initials in brackets is a person's.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /\((?:[A-Za-z]\.){2,3}\)/,
    re: /\(((?:[A-Za-z]\.){2,3})\)/g,
    group: 1,
    priority: 6,
    check: (m) => !/^(?:a\.m\.|p\.m\.|e\.g\.|i\.e\.|q\.d\.|b\.i\.d\.|t\.i\.d\.|q\.i\.d\.|p\.o\.|i\.v\.|i\.m\.|s\.q\.|o\.d\.|o\.s\.|o\.u\.|a\.s\.|a\.d\.|a\.u\.|n\.b\.|p\.r\.n\.|h\.s\.|q\.h\.s\.|u\.s\.|u\.k\.|e\.u\.|u\.s\.a\.|n\.p\.o\.|d\.o\.|m\.d\.|r\.n\.|n\.p\.|p\.a\.|s\.c\.|q\.o\.d\.|c\.c\.|r\.n\.c\.|o\.t\.|p\.t\.)$/i.test(m[1]!),
  },
];
