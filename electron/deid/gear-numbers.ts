// Numbers that name one thing a patient uses or is filed under, after the thing's word: a pump's, a home monitor's or a
// communicator's number ("via pump A29190", "LATITUDE communicator 456709"), a photo set's id ("photos DRM-206992"), a
// mapping session's ("ATBM SESSION 2023-33902"), an interpreter's id, a school bus and its route ("bus #22a, route
// w-39"), and the age of an old relative still alive ("great-grandmother alive at 104").
import type { PatternRule } from './patterns';
import { wordGate } from './tokens';

/** Units and counts a number before them is a measure of. */
const MEASURE_AFTER = String.raw`(?![ \t]*(?:mg|mcg|ml|cc|units?|%|mmhg|hours?|hrs?|min|minutes|days?|weeks?|ml\/h|l\/min|lpm)\b)`;
/** Letters before a dash and digits that are a code system's, a gene's or a standard's, not a file's. */
const NOT_PHOTO_PREFIX = /^(?:nct|pmid|ndc|isbn|issn|cas|rs|cpt|icd|loinc|snomed|atc|hg|grch|iso|iec|astm|ul|en|din|ansi|nsc|ind|ide|bla|nda|anda|fda|cfr|hl|dsm|covid|sars|mers|hiv|hpv|hsv|cmv|ebv)$/i;

/** Words a photo set's or a file's id follows (a drug's code, "BMS-986165", follows none). */
const PHOTO_CUE = /\b(?:photos?|photographs?|photographed|images?|pictures?|files?|scans?|dermoscopy|dermoscopic)\b/i;

/** A relative or a person named shortly before an age "now". */
const RELATIVE_BEFORE = /\b(?:mother|father|mom|dad|brother|sister|aunt|uncle|grand\w*|great-grand\w*|husband|wife|spouse|partner|son|daughter|cousin|friend|neighbou?r|who)\b[^\n.;]*$/i;

export const GEAR_RULES: readonly PatternRule[] = [
  // "PHENYLEPHRINE 40 MCG/MIN VIA PUMP 846081", "PCA PUMP 437-4750 PROGRAMMED", "latitude communicator wag508229j": the
  // number of a device after its word, four digits or more, and no measure after it.
  {
    rule: 'gear-number',
    kind: 'DEVICE',
    words: wordGate('communicator pump recorder transmitter receiver controller meter scanner workstation console reader'),
    re: new RegExp(String.raw`\b(?:communicator|pump|recorder|transmitter|receiver|controller|meter|scanner|workstation|console|reader)[ \t]*(?:#|no\.?|id)?[ \t]*:?[ \t]*((?=[A-Za-z0-9-]*\d{4})[A-Za-z]{0,3}\d[\dA-Za-z-]{3,14})(?![\w-]|\.\d)${MEASURE_AFTER}`, 'gi'),
    group: 1,
    priority: 6,
    check: (m) => !/^(?:19|20)\d{2}$/.test(m[1]!) && !/^\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?$/.test(m[1]!),
  },
  // "clinical photos PH-2736963 and DRM-206992", "(DRM-180551)": a photo set's or a file's letters, a dash and five to
  // nine digits; code systems and standards written so are no one's ("NCT-…", "ISO-15189").
  {
    rule: 'photo-id',
    kind: 'ID',
    gate: /[A-Za-z]-\d{5}/,
    re: /(?<![\w-])([A-Za-z]{2,4})-\d{5,9}(?![\w-])/g,
    priority: 5,
    check: (m) => !NOT_PHOTO_PREFIX.test(m[1]!) && (m[1] === m[1]!.toUpperCase() || m[1] === m[1]!.toLowerCase()) && PHOTO_CUE.test(m.input.slice(Math.max(0, m.index - 40), m.index)),
  },
  // "no report for 14-dp-7246": an accession written year first, its letters and its number.
  { rule: 'accession', kind: 'ID', gate: /\d-[A-Za-z]{1,3}-\d{4}/, re: /(?<![\w-])\d{2}-[A-Za-z]{1,3}-\d{4,7}(?![\w-])/g, priority: 6 },
  // "FOTOFINDER ATBM SESSION 2023-33902": a session's number after its word.
  { rule: 'session-id', kind: 'ID', words: wordGate('session'), re: /\bsession[ \t]*(?:#|no\.?|id)?[ \t]*:?[ \t]*((?:19|20)\d{2}-\d{4,6}|[A-Za-z]{1,4}-?\d{5,})(?![\w-])/gi, group: 1, priority: 6 },
  // "phone interpreter (Spanish, interpreter ID 3225)": an interpreter's id, three digits or more.
  { rule: 'interpreter-id', kind: 'ID', words: wordGate('interpreter'), re: /\binterpreter[ \t]+(?:id|#|no\.?|number)[ \t]*#?[ \t]*:?[ \t]*([A-Za-z]{0,2}\d{3,8})(?![\w-])/gi, group: 1, priority: 6 },
  // "bus 70 (route s-21)", "bus driver grace (bus #22a, route w-39)": a school bus's number and its route's, which tell
  // where a child lives.
  {
    rule: 'bus-route',
    kind: 'ID',
    words: wordGate('bus'),
    re: /\bbus[ \t]*(?:#|no\.?|number)?[ \t]*(\d{1,3}[a-z]?|[a-z]-?\d{1,3})(?=[ \t]*[(,][ \t]*route\b)/gi,
    group: 1,
    priority: 6,
  },
  {
    rule: 'bus-route',
    kind: 'ID',
    words: wordGate('bus'),
    re: /\bbus[ \t]*(?:#|no\.?|number)?[ \t]*(?:\d{1,3}[a-z]?|[a-z]-?\d{1,3})[ \t]*[(,][ \t]*route[ \t]*(?:#|no\.?)?[ \t]*([a-z]{1,2}-?\d{1,3}[a-z]?|\d{1,3}[a-z]?)\b/gi,
    group: 1,
    priority: 6,
  },
  // "app device ID AC7B76AD-6001-A433-080b-15595D696F39": a UUID in mixed case, whole.
  { rule: 'uuid', kind: 'DEVICE', gate: /-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b/, re: /(?<![0-9A-Za-z-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Za-z-])/g, priority: 7 },
  // "ROUTE MANIFEST 549240", "biomed, ticket 59725617": a delivery route's manifest and a service ticket's number.
  { rule: 'manifest-number', kind: 'ID', words: wordGate('manifest ticket'), re: /\b(?:manifest|ticket)[ \t]*(?:no\.?|number|#)?[ \t]*[:#]?[ \t]*((?=[A-Za-z]{0,3}-?\d)[A-Za-z]{0,3}-?\d{5,10})(?![\w-])/gi, group: 1, priority: 6 },
  // "returned to LivaNova under RMA-605301", "precert 3771vy6134 approved": a return's or a precertification's number.
  { rule: 'authorization-number', kind: 'ID', words: wordGate('rma'), re: /\brma[ \t]*[-#:]?[ \t]*\d{5,12}(?![\w-])/gi, priority: 6 },
  { rule: 'authorization-number', kind: 'ID', words: wordGate('precert precertification'), re: /\bprecert(?:ification)?(?:[ \t]*(?:no\.?|number|#))?[ \t]*[:#]?[ \t]*((?=[A-Za-z0-9-]*\d{4})[A-Za-z0-9][A-Za-z0-9-]{4,18}[A-Za-z0-9])(?![\w-])/gi, group: 1, priority: 6 },
  // "BROTHER TERRI, NOW 99,", "mother, currently 101 and": a relative's age now.
  { rule: 'age-over-89', kind: 'AGE', words: wordGate('now currently presently'), re: /(?:,|\bwho[ \t]+is)[ \t]+(?:now|currently|presently)[ \t]+(?:aged?[ \t]+)?(9\d|1[0-2]\d)(?=[ \t]*(?:[,.;)]|\r?\n|$)|[ \t]+(?:and|with|in|y|yo|years?)\b)/gi, group: 1, priority: 6, check: (m, text) => RELATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index)) },
  // "paternal great-grandmother alive at 104", "grandfather living at 92": an old relative's age.
  { rule: 'age-over-89', kind: 'AGE', words: wordGate('alive living'), re: /\b(?:still[ \t]+)?(?:alive|living)[ \t]+at[ \t]+(9\d|1[0-2]\d)(?=[ \t]*(?:[,.;)]|\r?\n|$)|[ \t]+(?:and|with|in|y|yo|years?)\b)/gi, group: 1, priority: 6 },
];
