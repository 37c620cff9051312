// Numbers and places that field, court and benefits work writes down: a court's file number with its spaces ("FILE NO.
// 17 SP 2554"), a bar number, an immigration A-number, a booking's confirmation code, a parcel's tracking number, a
// sensor's transmitter id, the second of two serials ("batteries 505806 and 321013"), GPS coordinates, a legal land
// description ("Section 11, Township 24 South, Range 25 East"), county and township roads, and an aircraft's tail number.
// Each is written after the word that says what it is, so the word is the cue.
import type { DeidKind } from './kinds';
import type { PatternRule } from './patterns';
import { bothCasesNear, lineNear, wordGate } from './tokens';
import { STATE_OR_COUNTRY } from './town-country';

/** Units and dose words that stand between two numbers in an order without being a court's case type ("10 mg 20"). */
const UNIT_WORD = /^(?:mg|mcg|ml|cc|g|kg|l|u|iu|units?|mm|cm|hrs?|min|mins|x|q|am|pm|tabs?|caps?|meq|mmol|lb|lbs|oz|ft|in|wk|wks|mo|yr|yrs|d|h|m|s|pt|pts)$/i;

/** A six-letter code of no word reads with one vowel at most ("JDMYFC", "ZGKTRV"); one with a digit always is a code. */
const codeLike = (v: string): boolean => (/\d/.test(v) && /[a-z]/i.test(v)) || (/^[a-z]+$/i.test(v) && (v.match(/[aeiouy]/gi) ?? []).length <= 1);

/** Code sets whose letters stand before a number without naming any record. */
const CODE_SET = /^(?:cpt|icd|hcpcs|drg|ndc|loinc|snomed|nct|cas|iso|din|cvx|rxcui|hla|il|cd|covid|sars|mers|h1n1|ec|atc|omim)$/i;
/** Words before "county" that name no county: articles, pronouns, quantities, prepositions, and plain adjectives. */
const NOT_COUNTY = String.raw`(?:the|this|that|these|same|home|neighboring|neighbouring|adjacent|each|every|any|our|your|his|her|their|a|an|which|what|per|by|in|of|for|to|at|from|and|or|rural|urban|local|another|other|one|two|out|cross|within|across|whole|entire|all|both|its|my|no|nearby|surrounding|native|resident|county|state|city|town|large|small|next|outside|inside|into|throughout|respective|said|different|new|old|former|current|lives|lived|moved|living|residing|reside|resides|born|same-|visiting|with|near|via|through|on|over|under|than|between|among|upper|lower|north|south|east|west|northern|southern|eastern|western|central|home-)`;

/** What a county names after its own name: grounds, halls and agencies. */
const COUNTY_VENUE = String.raw`fairgrounds?|fair|expo(?:sition)?[ \t]+(?:center|centre|hall)|civic[ \t]+(?:center|centre)|convention[ \t]+(?:center|centre)|emergency[ \t]+(?:management|services)(?:[ \t]+(?:agency|office|department))?|office[ \t]+of[ \t]+emergency[ \t]+management|ems|emergency[ \t]+medical[ \t]+services|fire[ \t]+(?:rescue|department|district)|sheriff['’]?s?[ \t]+(?:office|department|dept\.?)|health[ \t]+department|department[ \t]+of[ \t]+(?:health|public[ \t]+health|social[ \t]+services)|public[ \t]+(?:health|library|schools)|library|schools|school[ \t]+district|courthouse|animal[ \t]+(?:shelter|services|control)|coroner['’]?s?(?:[ \t]+office)?|medical[ \t]+examiner(?:['’]s[ \t]+office)?|high[ \t]+school|memorial[ \t]+hospital|hospital|medical[ \t]+(?:center|centre)|jail|detention[ \t]+(?:center|centre)|airport|community[ \t]+college|(?:children(?:['’]s)?|child[ \t]+(?:and|&)[ \t]+family|children[ \t]+(?:and|&)[ \t]+family|family|human|social|protective|job[ \t]+(?:and|&)[ \t]+family)[ \t]+services|department[ \t]+of[ \t]+(?:children[ \t]+(?:and|&)[ \t]+family|job[ \t]+(?:and|&)[ \t]+family|human|child|family|protective)[ \t]+services|dcfs|dcs|dss|dhs|cps|dfcs|casa|(?:family[ \t]+)?visitation[ \t]+(?:center|centre)|child(?:ren)?(?:['’]s)?[ \t]+advocacy[ \t]+(?:center|centre)|(?:forensic|crime)[ \t]+(?:laboratory|lab)|youth[ \t]+(?:shelter|services|center|centre)|(?:juvenile|family|district|circuit|superior|probate|municipal)[ \t]+court|probation(?:[ \t]+department)?|(?:district|prosecuting)[ \t]+attorney['’]?s?(?:[ \t]+office)?|prosecutor['’]?s?[ \t]+office|public[ \t]+defender(?:['’]s[ \t]+office)?`;

/** One or two words of a county's name before its unit ("st. tammany parish", "Collier County"). */
const COUNTY_WORDS = String.raw`(?<![\p{L}'’-])((?:(?!${NOT_COUNTY}[ \t])\p{L}[\p{L}'’.-]*[ \t]+){1,2})`;


export const FIELD_RULES: readonly PatternRule[] = [
  // "FILE NO. 17 SP 2554", "(FILE 23 CR 200)", "PROTECTIVE ORDER 16 CVD 6703", "case 25CVM008639", "Docket No. 10-46 596".
  {
    rule: 'court-file',
    kind: 'ID',
    words: wordGate('file case docket petition order index matter'),
    re: /\b(?:file|case|docket|petition|order|index|matter)[ \t]*(?:no\.?|number|#)?[ \t]*[:#]?[ \t]*((?:19|20)?\d{2}[ \t-]?([A-Za-z]{1,4})[ \t-]?\d{2,7}|\d{2}-\d{2}[ \t]\d{3,5})(?![\w-])/gi,
    group: 1,
    priority: 7,
    check: (m) => m[2] === undefined || !UNIT_WORD.test(m[2]),
  },
  // "(bar no. 13610)", "Bar #: 4402211": a lawyer's licence number.
  { rule: 'bar-number', kind: 'LICENSE', words: wordGate('bar'), re: /\bbar[ \t]*(?:no\.?|number|#|id)[ \t]*[:#]?[ \t]*(\d{4,9})\b/gi, group: 1, priority: 6 },
  // "(a763319265)", "A# 260-166-531", "alien registration number A-868373324": an immigration case's A-number.
  {
    rule: 'a-number',
    kind: 'ID',
    words: wordGate('a alien uscis immigration'),
    re: /(?:\b(?:a-?number|a#|alien[ \t]+(?:registration[ \t]+)?(?:no\.?|number|#))[ \t]*:?[ \t]*|\()([Aa][ \t-]?\d{3}[ \t-]?\d{3}[ \t-]?\d{3})(?![\w-])/g,
    group: 1,
    priority: 6,
    check: (m, text) => !m[0].startsWith('(') || /\b(?:immigra\w*|uscis|alien|asylum|deportation|removal|ice|eoir)\b/i.test(text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 60)),
  },
  // "va file number: c 96145653", "C-file C12345678": a veterans' claim file.
  { rule: 'va-file', kind: 'ID', words: wordGate('file'), re: /\b(?:va[ \t]+(?:claims?[ \t]+)?file|c-file)[ \t]*(?:no\.?|number|#)?[ \t]*[:#]?[ \t]*(c[ \t-]?\d{7,9}|\d{8,9})\b/gi, group: 1, priority: 6 },
  // "confirmation JDMYFC", "itinerary RLG1LZ", "record locator: zeapyv": a booking's code.
  {
    rule: 'booking-code',
    kind: 'ID',
    words: wordGate('confirmation conf itinerary locator pnr booking'),
    re: /\b(?:confirmation|conf\.?|itinerary|record[ \t]+locator|pnr|booking[ \t]+(?:ref(?:erence)?|code))[ \t]*(?:no\.?|number|code|#)?[ \t]*[:#]?[ \t]*([A-Za-z0-9]{5,8})(?![\w-])/gi,
    group: 1,
    priority: 5,
    check: (m) => codeLike(m[1]!) && (m[1] === m[1]!.toUpperCase() || m[1] === m[1]!.toLowerCase()),
  },
  // "tracking 9431 5644 5623 3637 3817 70", "tracking #1Z999AA10123456784": a parcel's number, spaces and all.
  { rule: 'tracking-number', kind: 'ID', words: wordGate('tracking certified'), re: /\b(?:tracking|certified[ \t]+mail(?:[ \t]+receipt)?)[ \t]*(?:no\.?|number|#)?[ \t]*[:#]?[ \t]*((?:\d[ \t]?){11,33}\d|1z[a-z0-9]{16})\b/gi, group: 1, priority: 9 },
  // "GFE-4463783", "IDR DISPUTE DISP-9820057": a record's letters, a hyphen and seven digits or more, in one case. A code
  // set's letters before its number are no record ("CPT-99213", "ICD-10"), nor is a compound's code ("BMS-986165"); a
  // file's name is left whole to the file rule ("photo-6517655.png").
  {
    rule: 'prefixed-code',
    kind: 'ID',
    gate: /[A-Za-z]-\d{7}/,
    re: /(?<![\w-])([A-Za-z]{2,5})-\d{7,12}(?![\w-]|\.\w)/g,
    priority: 7,
    check: (m) => (m[1] === m[1]!.toUpperCase() || m[1] === m[1]!.toLowerCase()) && !CODE_SET.test(m[1]!),
  },
  // "Centre County", "CUYAHOGA COUNTY", "in centre county": a county by its name, a unit smaller than a state, whatever
  // word spells it; "the county", "out of county", "a neighboring county" name none.
  {
    rule: 'county-name',
    kind: 'LOCATION',
    words: wordGate('county parish borough'),
    re: new RegExp(String.raw`${COUNTY_WORDS}(?:county|parish|borough)(?![\p{L}'’-])`, 'giu'),
    priority: 4,
    check: (m, text) => {
      const words = m[1]!.trim().split(/[ \t]+/);
      const unit = m[0].slice(m[1]!.length);
      // Louisiana's parishes and Alaska's boroughs are its counties; a church's parish is named by its faith.
      if (!/^county$/i.test(unit) && words.some((w) => /^(?:catholic|episcopal|anglican|lutheran|methodist|orthodox|church|home|local|rural|urban|city|london|metropolitan)$/i.test(w))) return false;
      const all = [...words, unit];
      // In a line of both cases a county's name is capitalized, and so is "County".
      if (bothCasesNear(text, m.index, m[0].length + 200)) return all.every((w) => /^\p{Lu}/u.test(w)) && words.every((w) => w.length >= 3);
      return words.every((w) => w.length >= 3);
    },
  },

  // "Collier County Fairgrounds", "YANCEY COUNTY EMERGENCY MANAGEMENT", "boulder county ems": a county's venue or
  // agency is named by the county, and the kind goes with the name (the county alone is found above).
  {
    rule: 'county-venue',
    kind: 'LOCATION',
    words: wordGate('county'),
    re: new RegExp(String.raw`${COUNTY_WORDS}county[ \t]+(${COUNTY_VENUE})(?![\p{L}'’-])`, 'giu'),
    priority: 4,
    check: (m, text) => {
      const words = m[1]!.trim().split(/[ \t]+/);
      if (!words.every((w) => w.length >= 3)) return false;
      // In a line of both cases the name and its kind are capitalized.
      return !bothCasesNear(text, m.index, m[0].length + 200) || m[0].split(/[ \t]+/).every((w) => /^[\p{Lu}&'’]/u.test(w) || /^(?:and|of|for)$/.test(w));
    },
  },

  // "DCS Maricopa County Office", "CASA of Lucas County", "Circuit Court of Pima County", "DCFS Decatur Field Office": an
  // agency or a court written before the county or town it serves. The county alone is found above; the agency goes with it.
  {
    rule: 'county-venue',
    kind: 'LOCATION',
    words: wordGate('dcs dcfs dss dhs cps dfcs casa court'),
    re: /\b(?:(?:dcs|dcfs|dss|dhs|cps|dfcs)[ \t]+(?:(?!of\b)\p{L}[\p{L}'’.-]*[ \t]+){1,2}(?:county[ \t]+office|field[ \t]+office|regional[ \t]+office|office)|(?:casa|(?:circuit|district|superior|juvenile|family|probate)[ \t]+court)[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?(?:\p{L}[\p{L}'’.-]*[ \t]+){1,2}county)(?![\p{L}'’-])/giu,
    priority: 4,
    check: (m, text) => {
      const words = m[0].split(/[ \t]+/);
      // In a line of both cases the agency's and the place's words are capitalized.
      return !bothCasesNear(text, m.index, m[0].length + 200) || words.every((w) => /^[\p{Lu}&'’]/u.test(w) || /^(?:of|for|the)$/.test(w));
    },
  },

  // "dexcom g6 transmitter id 9dbkur", "communicator ID 4KX2210": a worn or home device's own id.
  {
    rule: 'device-id',
    kind: 'DEVICE',
    words: wordGate('transmitter sensor receiver communicator'),
    re: /\b(?:transmitter|sensor|receiver|communicator)[ \t]+(?:id|sn|s\/n|serial)[ \t]*(?:no\.?|number|#)?[ \t]*[:#]?[ \t]*([A-Za-z0-9]{5,14})(?![\w-])/gi,
    group: 1,
    priority: 6,
    check: (m) => /\d/.test(m[1]!),
  },
  // "Batteries 505806 and 321013", "leads SN 282143 (L) and 954492 (R)": the second of two serials joined by "and".
  {
    rule: 'device-serial-pair',
    kind: 'DEVICE',
    words: wordGate('batteries sn n serial serials'),
    re: /(?<=\b(?:batteries|sn|s\/n|serials?)[ \t]*#?:?[ \t]*[A-Za-z]{0,3}\d{5,}[A-Za-z]?(?:[ \t]*\((?:l|r|left|right)\))?[ \t]+(?:and|&)[ \t]+)([A-Za-z]{0,3}\d{5,}[A-Za-z]?)(?![\w-])/gi,
    group: 1,
    priority: 6,
  },
  // "Batteries 505806 and …": a battery's own serial after the word.
  { rule: 'device-serial-pair', kind: 'DEVICE', words: wordGate('batteries'), re: /\bbatteries[ \t]+(\d{5,}[A-Za-z]?)(?=[ \t]+(?:and|&)[ \t]+\d)/gi, group: 1, priority: 6 },
  // "model/sn: w1dr01/ryz230245h": the serial after the model in a pair.
  { rule: 'device-serial-pair', kind: 'DEVICE', words: wordGate('model'), re: /\bmodel[ \t]*\/[ \t]*s\/?n[ \t]*:?[ \t]*[\w-]+\/([A-Za-z0-9]{5,14})(?![\w-])/gi, group: 1, priority: 6, check: (m) => /\d/.test(m[1]!) },
  // "68.8421 n, 141.8909 w", "lat 44.9731, long -93.2350", "GPS: 61.2181, -149.9003": a point on the map.
  { rule: 'coordinates', kind: 'LOCATION', re: /(?<![\w.])-?\d{1,2}\.\d{3,7}[ \t]*°?[ \t]*[NSns]\b[ \t]*,?[ \t]*-?\d{1,3}\.\d{3,7}[ \t]*°?[ \t]*[EWew]\b/g, priority: 6 },
  {
    rule: 'coordinates',
    kind: 'LOCATION',
    words: wordGate('lat latitude coordinates coords gps lz location loc'),
    re: /\b(?:lat(?:itude)?|coordinates|coords|gps|lz|location|loc)\b[^\n\d-]{0,14}(-?\d{1,2}\.\d{3,7}[ \t]*°?[ \t]*,?[ \t]*(?:long(?:itude)?|lon|lng)?[ \t]*:?[ \t]*-?\d{1,3}\.\d{3,7})(?!\d|\.\d)/gi,
    group: 1,
    priority: 6,
  },
  // "The Gardens at Plain City", "the pines of westbury", "THE VILLAS AT JONES": a residence named for its grounds and
  // the town or owner after "at" or "of", to the phrase's end.
  {
    rule: 'place-grounds-at',
    kind: 'LOCATION',
    words: wordGate('gardens pines oaks villas terrace residences residence courtyard manor meadows commons arbors willows cottages'),
    re: /\bthe[ \t]+(?:gardens|pines|oaks|villas|terrace|residences?|courtyard|manor|meadows|commons|arbors|willows|cottages)[ \t]+(?:at|of)[ \t]+\p{L}[\p{L}'’.-]*(?:[ \t]+(?!(?:on|in|at|for|and|to|from|with|sat|sun|mon|tue|tues|wed|thu|thur|thurs|fri|the|a|an|more|than|by|per)\b)\p{L}[\p{L}'’.-]*){0,2}(?=[ \t]*(?:[,;:.)!?]|\r?\n|$|[ \t]+(?:on|in|at|for|and|to|from|with|sat|sun|mon|tue|tues|wed|thu|thur|thurs|fri|by|per|\d)\b))/giu,
    priority: 5,
    check: (m, text) => {
      const name = m[0].replace(/^\S+[ \t]+\S+[ \t]+\S+[ \t]+/, '');
      // "the gardens at home", "the terrace at night": a time or a kind of place is no name; in both cases a name is capitalized.
      if (/^(?:home|night|dawn|dusk|noon|work|school|church|least|first|last|once|times|risk|bedtime|rest|sunset|sunrise|dinner|lunch|breakfast)\b/i.test(name)) return false;
      return !bothCasesNear(text, m.index, m[0].length + 120) || m[0].split(/[ \t]+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:at|of)$/.test(w));
    },
  },
  // "Bus #9902", "evacuation bus #466", "van no. 12": a vehicle's own number where the record says which one.
  { rule: 'vehicle-number', kind: 'VEHICLE', words: wordGate('bus van shuttle coach boat vessel'), re: /\b(?:bus|van|shuttle|coach|boat|vessel)[ \t]*(?:#|no\.|number)[ \t]*((?:[A-Za-z]{1,3}-?)?\d{2,6})(?![\w-])/gi, group: 1, priority: 6 },
  // "special needs registry MD7655:", "REGISTRY SN-27179": a person's entry in a county's or a program's registry.
  { rule: 'registry-id', kind: 'ID', words: wordGate('registry'), re: /\bregistry(?:[ \t]+(?:id|no\.?|number|#))?[ \t]*[:#]?[ \t]*((?:[A-Za-z]{1,4}-?)?\d{4,10})(?![\w-])/gi, group: 1, priority: 8, check: (m) => !/^(?:19|20)\d{2}$/.test(m[1]!) },
  // "Remains (ML-395) released": a decedent's recovery number in brackets after the remains or the body.
  { rule: 'remains-id', kind: 'ID', words: wordGate('remains body'), re: /\b(?:remains|body)[ \t]*\(([A-Za-z]{1,4}-?\d{2,8})\)/gi, group: 1, priority: 6 },
  // "from embryo E441764-4", "EMBRYO EMB-85081", "vial PG48932", "dry shipper CXV-62388": a lab's own number for one
  // embryo, one vial or one shipper, each traced to one patient.
  {
    rule: 'specimen-unit-id',
    kind: 'ID',
    words: wordGate('embryo vial shipper dewar cane straw'),
    re: /\b(?:embryo|vial|(?:dry[ \t]+)?shipper|dewar|cane|straw)[ \t]+(?:id[ \t]*:?[ \t]*|#[ \t]*|no\.[ \t]*)?((?:[A-Za-z]{1,4}-?)?\d[\dA-Za-z]*(?:[-.][\dA-Za-z]+){1,3}|[A-Za-z]{1,4}-?\d{4,}|\d{5,})(?![\w-])/gi,
    group: 1,
    priority: 8,
    // "embryo 1-2", "straw 1 of 4", "cane 17": a count or a range is no number of one.
    check: (m) => m[1]!.replace(/\W/g, '').length >= 5 && !/^\d{1,2}-\d{1,2}$/.test(m[1]!),
  },
  // "loan 687-266748-01", "LOAN #5581220": a patient's financing account.
  { rule: 'loan-number', kind: 'ACCOUNT', words: wordGate('loan'), re: /\bloan[ \t]*(?:#|no\.?|number)?[ \t]*:?[ \t]*(\d{3}-\d{4,8}-\d{2}|[A-Za-z]{0,3}\d{6,12})(?![\w-])/gi, group: 1, priority: 6 },
  // "microchip 985-327-363-323-874", "chip # 985112003456789": an animal's implanted chip (ISO 11784: fifteen digits,
  // older ones nine or ten) names its owner's household as surely as a plate.
  {
    rule: 'microchip',
    kind: 'DEVICE',
    words: wordGate('microchip chip'),
    re: /\b(?:micro-?chip|chip)[ \t]*(?:id|no\.?|number|#)?[ \t]*[:#]?[ \t]*((?:\d[ \t.-]?){8,14}\d|[0-9a-f]{10})(?![\w-])/gi,
    group: 1,
    priority: 6,
    check: (m) => m[1]!.replace(/\D/g, '').length >= 9 || /[a-f]/i.test(m[1]!),
  },
  // "ARES NET 0530: AX2HLC (RORY)", "nx7xk (alex) at the high school": an amateur radio operator's call sign, and the
  // given name said with it, in a radio log's line (the net, the call sign or amateur radio named on it).
  {
    rule: 'call-sign',
    kind: 'ID',
    words: wordGate('ares races net callsign sign amateur ham skywarn'),
    re: /(?<![\w-])([A-Za-z]{1,2}\d[A-Za-z]{1,3})(?:[ \t]+\(([\p{L}][\p{L}'’-]*)\))?(?![\w-])/gu,
    priority: 6,
    check: (m, text) => (m[1] === m[1]!.toUpperCase() || m[1] === m[1]!.toLowerCase()) && /\b(?:ares|races|net[ \t]+(?:control|\d{3,4})|call[ -]?signs?|amateur[ \t]+radio|ham[ \t]+(?:radio|operator)|skywarn)\b/i.test(lineNear(text, m.index, 300)),
  },
  // "Section 11, Township 24 South, Range 25 East", "sec. 3, T25N, R43E", "SW1/4 SEC 33 T12S R3E": a legal land description.
  {
    rule: 'land-description',
    kind: 'LOCATION',
    words: wordGate('township twp section sec'),
    re: /\b(?:(?:[ns][ew][ \t]?1\/4[ \t]*(?:of[ \t]+)?)?(?:section|sec\.?)[ \t]*\d{1,2}[ \t]*,?[ \t]*)?(?:township[ \t]*\d{1,3}[ \t]*(?:north|south|n|s)\b[ \t]*,?[ \t]*range[ \t]*\d{1,3}[ \t]*(?:east|west|e|w)\b|(?:t|twp\.?)[ \t]*\d{1,3}[ \t]*[ns][ \t]*,?[ \t]*r[ \t]*\d{1,3}[ \t]*[ew]\b)/gi,
    priority: 6,
    check: (m) => /township|sec/i.test(m[0]),
  },
  // "county road 91", "CO. RD. 91", "township road 107", "BIA Route 15": a rural road by its number.
  {
    rule: 'rural-road',
    kind: 'LOCATION',
    words: wordGate('county co township twp forest bia ranch tribal indian market'),
    re: /\b(?:county|co\.?|township|twp\.?|forest[ \t]+service|bia|indian|tribal|ranch|farm[ \t-]+to[ \t-]+market)[ \t]+(?:road|rd\.?|route|rte\.?|highway|hwy\.?)[ \t]*(?:#|no\.?)?[ \t]*\d{1,5}[A-Za-z]?\b/gi,
    priority: 6,
  },
  // "ROLLOVER ON ROAD 4002", "turn onto road 17": a road by its number alone after a word that places something on it.
  { rule: 'rural-road', kind: 'LOCATION', words: wordGate('road rd'), re: /\b(?:on|onto|off|along|at|near|from|to|via)[ \t]+((?:road|rd\.?)[ \t]+\d{2,5}[A-Za-z]?)\b/gi, group: 1, priority: 5 },
  // "at mile 27 taylor hwy", "MILE MARKER 112 ON I-90": a point on a highway.
  {
    rule: 'rural-road',
    kind: 'LOCATION',
    words: wordGate('mile mm'),
    re: /\b(?:mile(?:[ \t]+marker)?|mm)[ \t]+\d{1,4}(?:\.\d)?[ \t]+(?:(?:on|of)[ \t]+(?:the[ \t]+)?)?(?:[A-Za-z][A-Za-z'’-]+[ \t]+){0,2}(?:hwy|highway|road|rd|route|rte|interstate|i-\d{1,3}|us[ \t-]?\d{1,3}|sr[ \t-]?\d{1,3})\b\.?/gi,
    priority: 5,
  },
  // "6308 nc hwy 317", "1200 STATE ROUTE 9": a house on a numbered highway.
  { rule: 'rural-road', kind: 'LOCATION', words: wordGate('hwy highway route rte'), re: /(?<![\w.,/-])\d{1,6}[ \t]+(?:[A-Za-z]{2}|us|state|sr)[ \t]+(?:hwy|highway|route|rte)\.?[ \t]+\d{1,4}[A-Za-z]?\b/gi, priority: 6 },
  // "4 KM FROM FOB SPEICHER", "COP Wilson", "stationed at MCRD Parris Island": a base abroad or a depot, where the text is
  // about service ("FOB" is also a stool test, so a word of service must stand near).
  {
    rule: 'military-base',
    kind: 'LOCATION',
    words: wordGate('fob cop mcrd mcas forward combat patrol'),
    re: /\b(?:fob|cop|mcrd|mcas|forward[ \t]+operating[ \t]+base|combat[ \t]+outpost|patrol[ \t]+base)[ \t]+([A-Za-z][A-Za-z'’-]+)(?:[ \t]+(?:island|depot|station|north|south|east|west))?/gi,
    priority: 6,
    check: (m, text) => !/^(?:pos|positive|neg|negative|test|tests|testing|card|cards|x\d|and|or|was|is|the|stool|guaiac|hemoccult)$/i.test(m[1]!) && /\b(?:deploy\w*|convoy|ied|stationed|army|marines?|usmc|usaf|navy|afghanistan|iraq|kuwait|syria|km|burn[ \t]+pits?|served|tours?|unit|surgeon|training|military|mortar|rocket|blast|patrol|combat|recruit|boot[ \t]+camp)\b/i.test(text.slice(Math.max(0, m.index - 100), m.index + m[0].length + 60)),
  },
  // "USS John C. Stennis (CVN-74)": a ship's hull number.
  { rule: 'hull-number', kind: 'VEHICLE', words: wordGate('uss usns uscgc'), re: /\b(?:uss|usns|uscgc)[ \t]+[A-Za-z][A-Za-z .'’-]{1,40}?\(([A-Za-z]{2,4}-\d{1,4})\)/gi, group: 1, priority: 6 },
  // "VFW Post 2397", "american legion post 293", "DAV Chapter 12": a veterans' post by its number.
  { rule: 'veterans-post', kind: 'LOCATION', words: wordGate('post chapter'), re: /\b(?:vfw|amvets|american[ \t]+legion|dav|legion|fleet[ \t]+reserve)[ \t]+(?:post|chapter|branch)[ \t]*(?:#|no\.?)?[ \t]*\d{1,5}\b/gi, priority: 6 },
  // "hc 34 box 201a", "hcr 31, box 2425", "STAR ROUTE BOX 464A": a rural route's box in any case.
  { rule: 'po-box', kind: 'LOCATION', words: wordGate('box'), re: /\b(?:rural[ \t]+route|r\.r\.|rr|star[ \t]+route|hcr?)[ \t]*#?[ \t]*\d{0,3},?[ \t]+box[ \t]+\d{1,5}[a-z]?\b/gi, priority: 7 },
  // "BOX 279, OPPORTUNITY N. DAK. 58668", "refills mailed to box 177, chicken, nm 87963": a bare box before its town and ZIP.
  { rule: 'po-box', kind: 'LOCATION', words: wordGate('box'), re: /(?:^|\n|:[ \t]*|\bto[ \t]+)[ \t]*(box[ \t]+\d{1,5}[a-z]?)(?=,[^\n]{2,40}\b\d{5}(?:-\d{4})?\b)/gi, group: 1, priority: 6 },
  // "ON 144TH AVE SE", "paged 1629 to 108th ave ne": a numbered street without a house number.
  { rule: 'street-named', kind: 'LOCATION', words: wordGate('ave avenue st street rd road dr drive way blvd pl ct ln lane terrace ter'), re: /\b(?:on|onto|off|to|at|near|along)[ \t]+(\d{1,4}(?:st|nd|rd|th)[ \t]+(?:ave|avenue|st|street|rd|road|dr|drive|way|blvd|pl|place|ct|court|ln|lane|terrace|ter)\b\.?(?:[ \t]+(?:ne|nw|se|sw|n|s|e|w)\b)?)/gi, group: 1, priority: 5 },
  // "ON CR 277", "turn south at BIA 27 at mile marker 211": a county or reservation road by its letters, and the marker.
  { rule: 'rural-road', kind: 'LOCATION', words: wordGate('cr bia'), re: /\b(?:on|onto|off|at|via|along|near)[ \t]+((?:CR|BIA)[ \t-]?\d{1,4}(?:[ \t]+at[ \t]+mile(?:[ \t]+marker)?[ \t]+\d{1,4})?)\b/gi, group: 1, priority: 6, check: (m) => /^(?:CR|BIA)/.test(m[1]!) },
  // "mile marker 88", "US-160 MP 158", "HWY 18 MP 88", "mile marker 121 on n-12": a milepost, with its highway.
  { rule: 'rural-road', kind: 'LOCATION', words: wordGate('marker mp'), re: /\b(?:(?:us|hwy|highway|sr|route|rte|[a-z]{1,2})[ \t-]?\d{1,4}[ \t]+(?:at[ \t]+)?)?(?:mile[ \t]+marker|mp)[ \t]+\d{1,4}(?:\.\d)?\b(?:[ \t]+on[ \t]+(?:us|hwy|highway|sr|route|rte|i|[a-z]{1,2})[ \t-]?\d{1,4}\b)?/gi, priority: 5, check: (m) => /mile/i.test(m[0]) || /^(?:us|hwy|highway|sr|route|rte|[a-z]{1,2})[ \t-]?\d{1,4}[ \t]+(?:at[ \t]+)?mp\b/i.test(m[0]) },
  // "King Air N1531E", "fixed-wing n283ee", "tail number N412LF": an aircraft's registration.
  {
    rule: 'tail-number',
    kind: 'VEHICLE',
    words: wordGate('tail air wing fixed helicopter aircraft plane cessna pilatus learjet medevac flight rotor'),
    re: /\b([Nn][1-9]\d{0,4}[A-Za-z]{0,2})\b/g,
    group: 1,
    priority: 5,
    check: (m, text) => m[1]!.length >= 4 && /\b(?:tail|king[ \t]+air|fixed[ \t-]?wing|helicopter|aircraft|airplane|plane|cessna|pilatus|pc-12|learjet|medevac|rotor[ \t-]?wing|flight)\b[^\n]{0,24}$/i.test(text.slice(Math.max(0, m.index - 40), m.index)) && (m[1] === m[1]!.toUpperCase() || m[1] === m[1]!.toLowerCase()),
  },
  // DICOM attributes by their keyword as exports print them ("patientid: 6165698", "deviceserialnumber: 178237",
  // "studyinstanceuid: 1.2.276.0..."): the value is the patient's, the device's or the study's whatever it looks like.
  {
    rule: 'dicom-keyword',
    kind: 'ID',
    words: wordGate('patientid deviceserialnumber studyinstanceuid seriesinstanceuid sopinstanceuid accessionnumber studyid otherpatientids'),
    re: /\b(patientid|deviceserialnumber|studyinstanceuid|seriesinstanceuid|sopinstanceuid|accessionnumber|studyid|otherpatientids)[ \t]*[:=][ \t]*([A-Za-z0-9][\w.-]{2,80})/gi,
    group: 2,
    priority: 7,
    check: (m): DeidKind => (/^device/i.test(m[1]!) ? 'DEVICE' : /^(?:patientid|otherpatient)/i.test(m[1]!) ? 'MRN' : 'ID'),
  },
  // "Bib #619", "back of bib 1920", "(test id mf-962075)", "asset bm7858": a runner's bib, a baseline test's id and a
  // machine's asset tag are one person's or one device's.
  { rule: 'bib-number', kind: 'ID', words: wordGate('bib'), re: /\bbib[ \t]*(?:no\.?|number|#)?[ \t]*[:#]?[ \t]*(\d{1,6}[A-Za-z]?)\b(?![.,]\d)/gi, group: 1, priority: 6 },
  { rule: 'test-id', kind: 'ID', words: wordGate('test'), re: /\btest[ \t]+id[ \t]*[:#]?[ \t]*((?=[\w-]*\d)[A-Za-z0-9][\w-]{3,24})\b/gi, group: 1, priority: 6 },
  { rule: 'asset-tag', kind: 'DEVICE', words: wordGate('asset'), re: /\basset(?:[ \t]+tag)?[ \t]*(?:no\.?|number|#)?[ \t]*[:#]?[ \t]*((?=[\w-]*\d)[A-Za-z]{0,4}-?\d[\w-]{2,20})\b/gi, group: 1, priority: 6 },
  // "LIC. OE.150379", "License No. OE.623620": a licence's letters, a dot and its digits.
  { rule: 'licence-dotted', kind: 'LICENSE', words: wordGate('lic license licence'), re: /\b(?:lic|license|licence)\.?[ \t]*(?:no\.?|number|#)?[ \t]*[:#]?[ \t]*([A-Za-z]{1,4}\.\d{4,10})\b/gi, group: 1, priority: 7 },
  // "FAXED BACK BY ANDY (BJS).": a worker's given name and, in brackets, the initials they sign with.
  { rule: 'name-with-initials', kind: 'NAME', gate: /\([A-Z]{2,3}\)/, re: /\b[Bb][Yy][ \t]+(\p{Lu}[\p{L}'’-]{2,})(?=[ \t]+\([A-Z]{2,3}\)(?:[ \t]*[.;,]|[ \t]*(?:\r?\n|$)))/gu, group: 1, priority: 5, check: (m) => !/^(?:the|a|an|phone|fax|mail|email|courier|ems|ambulance|car|hand|mouth|pharmacy|lab|radiology|nursing|staff|patient|pt|family|dr|mother|father|wife|husband|son|daughter|mri|cta|echo|ekg|ecg|xray|x-ray|report|protocol|consent|court|police|trauma)$/i.test(m[1]!) },
  { rule: 'name-with-initials', kind: 'NAME', gate: /\([A-Z]{2,3}\)/, re: /\b[Bb][Yy][ \t]+(?!(?:THE|PHONE|FAX|MAIL|EMAIL|MOUTH|CAR|HAND|STAFF|PATIENT|FAMILY|EMS|AMBULANCE|RADIOLOGY|NURSING|PHARMACY|Phone|Fax|Mail|Email|Mouth|Car|Hand|Staff|Patient|Family|Ambulance|Radiology|Nursing|Pharmacy|The)\b)\p{Lu}[\p{L}'’-]{2,}[ \t]+\(([A-Z]{2,3})\)(?=[ \t]*[.;,]|[ \t]*(?:\r?\n|$))/gu, group: 1, priority: 5, check: (m) => !/^(?:RN|MD|NP|PA|DO|LPN|CNA|EMS|ED|ER|ICU|OT|PT|ST|RT|SW|CM|DR)$/.test(m[1]!) },
  // "host known only as ATL_HAZARD on feeld", "screen name gingersnapharmony", 'by user "chance59"': a user's name on an app.
  {
    rule: 'screen-name',
    kind: 'URL',
    words: wordGate('known screen user username handle profile'),
    re: /\b(?:known[ \t]+(?:only[ \t]+)?as|screen[ \t]*name|user[ \t]*name|user(?=[ \t]*["“])|handle|profile[ \t]+name)[ \t]*:?[ \t]*["“']?([A-Za-z0-9][\w.]{2,30}[A-Za-z0-9])["”']?(?=[ \t]+on[ \t]+[A-Za-z]|[ \t]*[.,;)]|[ \t]*(?:\r?\n|$)|(?<=["”]))/gi,
    group: 1,
    priority: 5,
    // An app's user name has a digit, an underscore or a dot, or follows its label ("known as Bud" is a nickname's rule's).
    check: (m) => /screen|user|handle|profile/i.test(m[0].slice(0, 12)) ? !/^(?:unknown|none|not|na|n\/a|withheld|redacted)$/i.test(m[1]!) : /[\d_.]/.test(m[1]!),
  },
  // "(ADAP-237987)", "(MEDICAID-4455123)": a program's case number in brackets after the enrolment it numbers.
  { rule: 'program-case', kind: 'ID', words: wordGate('recertification certification application enrollment enrolment renewal intake'), re: /\b(?:recertification|certification|application|enrollment|enrolment|renewal|intake)[ \t]*\(((?=[A-Za-z]{2,8}-)[A-Za-z]{2,8}-\d{5,9})\)/gi, group: 1, priority: 6 },
  // "TRAVEL: READING MAY 15-17", "travel: eureka springs april 4-6", "a trip to Unity on May 22": where a trip went, after
  // its field's label or "trip to" ("traveled to" is said of the patient's trips to a scanner too).
  {
    rule: 'place-travel',
    kind: 'LOCATION',
    words: wordGate('travel traveled travelled trip'),
    re: /\b(?:travel[ \t]*:|trip[ \t]+to)[ \t]*(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2}?)(?=[ \t]+\d{1,2}\/\d{1,2}|[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d|[ \t]+(?:on|from|over|for|last|this|next|in|with|to)\b|[ \t]*[,;(])/giu,
    group: 1,
    priority: 5,
    // A state or a country is no place smaller than a state ("traveled to Arizona").
    // ("traveled to OR on monitor", "TRAVEL TO IR FOR PICC": a ward's or a study's letters alone are no town; "TRIP TO BUÔN
    // MA THUỘT" is one.)
    check: (m, text) => !STATE_OR_COUNTRY.test(m[1]!) && !m[1]!.split(/[ \t]+/).some((w, _, all) => (all.length === 1 && w.length < 3) || (/^[A-Z]{2,4}$/.test(w) && bothCasesNear(text, m.index, 60)) || /^(?:the|a|an|his|her|their|my|our|see|visit|work|school|home|family|friends?|relatives?|church|hospital|er|ed|clinic|doctor|dentist|pharmacy|store|bathroom|restroom|car|beach|mountains?|lake|camp|vacation|abroad|overseas|europe|asia|africa|mexico|canada|denied|none|no|yes|recent|recently|unknown|mri|cta|cath|icu|ccu|micu|sicu|csru|ticu|nicu|picu|cvicu|tsicu|pacu|emu|gi|tele|telemetry|stepdown|ward|endo|endoscopy|echo|ekg|eeg|radiology|dialysis|floor|unit|lab|procedure|surgery|nuclear|nuc|angio|angiography|fluoro|scan|rehab|gym|bronch|bronchoscopy)$/i.test(w)) && (!bothCasesNear(text, m.index, 120) || m[1]!.split(/[ \t]+/).every((w) => /^\p{Lu}/u.test(w))),
  },
  // "(FARRELL, SEPTEMBER 2017)": the surgeon who made an access, in brackets before the month and year.
  { rule: 'name-bracket-month', kind: 'NAME', re: /\((\p{Lu}[\p{L}'’-]+),[ \t]+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?[ \t]+|(?:0?[1-9]|1[0-2])\/)(?:19|20)\d{2}\)/giu, group: 1, priority: 5, check: (m) => !/^(?:left|right|bilateral|revised|revision|done|placed|created|removed|initial|prior|last|first|second|third|stage|repeat|redo|diagnosed|onset|started|since|until|updated|rev|ed|edition|version|ver|per|est|estimated|approx|circa|ca)$/i.test(m[1]!) },
  // "DENTAL CLEARANCE (DR. BREITENBERG, BRILLIANT)": a clinician's town after the comma in the brackets naming them.
  { rule: 'place-bracket-town', kind: 'LOCATION', words: wordGate('dr'), re: /\(dr\.?[ \t]+\p{L}[\p{L}'’-]+,[ \t]+(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2})\)/giu, group: 1, priority: 5, check: (m) => !/^(?:md|do|np|pa|rn|dds|dmd|od|phd|facs|facp|ent|ortho|cardiology|nephrology|urology|gi|surgery|retired|covering|on[ \t]+call|pcp|attending|resident|fellow)$/i.test(m[1]!) && !/\b(?:md|do|np|dds|dmd|phd|facs)\b/i.test(m[1]!) },
  // "Marginal partner: \"Hope\"", "alias/aka: \"king\"", "first name only (\"Dawn\")": a name in quotes after the field that
  // gives it.
  { rule: 'name-quoted', kind: 'NAME', words: wordGate('partner alias aka only nickname'), re: /\b(?:partner[^:\n]{0,16}:|alias(?:\/aka)?[ \t]*:|a\.?k\.?a\.?[ \t]*:|first[ \t]+name[ \t]+only[ \t]*\(?|nickname[ \t]*:)[ \t]*["“]([\p{L}][\p{L}'’ -]{0,28}[\p{L}])["”]/giu, group: 1, priority: 6 },
  // "- JAZZ, PREP TEAM": a text message signed with a given name and the team.
  { rule: 'name-signoff-team', kind: 'NAME', words: wordGate('team staff'), re: /(?:^|[.!?][ \t]+)[-–—][ \t]*(\p{L}[\p{L}'’-]+),[ \t]+(?:\p{L}+[ \t]+)?(?:team|staff)\b/giu, group: 1, priority: 5 },
  // "oak street clinic: cory, your test results are ready": the reader a message greets after its sender's colon.
  { rule: 'name-greeted', kind: 'NAME', words: wordGate('your'), re: /:[ \t]*(\p{L}[\p{L}'’-]+),[ \t]+your[ \t]+(?:test|lab|results?|appointment|appt|visit|refill|prescription|rx|order)\b/giu, group: 1, priority: 5 },
  // "please call v. schamberger with the county": an initial and a surname after "call".
  { rule: 'name-initial-surname', kind: 'NAME', words: wordGate('call contact ask'), re: /\b(?:call|contact|ask[ \t]+for)[ \t]+(\p{L}\.[ \t]*\p{L}[\p{L}'’-]+)(?=[ \t]+(?:with|at|from|of|in|on)\b|[ \t]*[,.;])/giu, group: 1, priority: 5 },
  // "specimens 18-214-2958 (rectal swab)": a lab's two-three-four accession where specimens are written.
  { rule: 'accession', kind: 'ID', gate: /\d{2}-\d{3}-\d{4}/, re: /(?<![\d-])\d{2}-\d{3}-\d{4}(?![\d-])/g, priority: 5, check: (m, text) => /\b(?:specimens?|accession|swabs?|samples?|cultures?|received|collected)\b/i.test(text.slice(Math.max(0, m.index - 60), m.index + 40)) },
  // "name given as Jazz Cousin": the name a client gives.
  { rule: 'name-given-as', kind: 'NAME', words: wordGate('given gave'), re: /\bname[ \t]+(?:given|gave)[ \t]+as[ \t]+(\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,2}?)(?=[ \t]*[,.;(]|[ \t]+(?:dob|born|age)\b)/giu, group: 1, priority: 6 },
  // "AAU MEMBERSHIP GEC2487J": a governing body's or a club's membership number.
  { rule: 'membership-number', kind: 'ID', words: wordGate('membership'), re: /\bmembership[ \t]*(?:id|no\.?|#|number)?[ \t]*:?[ \t]*((?=[\w-]*\d)[A-Za-z0-9][A-Za-z0-9-]{4,20})\b/gi, group: 1, priority: 6 },
  // "SUBMITTED BY GRACE BLACK (WISOZKJ62@XKXSD.EDU)": the person whose e-mail follows their name in brackets.
  { rule: 'name-before-email', kind: 'NAME', gate: /@/, re: /\b(?:by|from|to|contact|cc)[ \t]*:?[ \t]+(\p{L}[\p{L}'’-]+(?:[ \t]+\p{L}\.?)?[ \t]+\p{L}[\p{L}'’-]+)[ \t]*\([ \t]*[\w.+-]+@[\w-]+\./giu, group: 1, priority: 5, check: (m) => !/\b(?:the|a|an|our|your|his|her|their|office|clinic|team|department|dept|services|support|help|desk|portal|system)\b/i.test(m[1]!) },
  // "Team hotel: Best Western Surprise": a hotel chain and the town its hotel is in name one hotel.
  { rule: 'place-hotel', kind: 'LOCATION', words: wordGate('western hampton holiday comfort days super motel quinta fairfield roof quality garden residence courtyard'), re: /\b(?:best[ \t]+western(?:[ \t]+plus)?|hampton[ \t]+inn|holiday[ \t]+inn(?:[ \t]+express)?|comfort[ \t]+(?:inn|suites)|days[ \t]+inn|super[ \t]+8|motel[ \t]+6|la[ \t]+quinta(?:[ \t]+inn)?|fairfield[ \t]+inn|red[ \t]+roof[ \t]+inn|quality[ \t]+inn|hilton[ \t]+garden[ \t]+inn|residence[ \t]+inn|courtyard[ \t]+by[ \t]+marriott)(?:[ \t]+(?:&|and)[ \t]+suites)?[ \t]+(?!(?:and|in|on|at|for|the|with|near|by|off|parking|lot|room|lobby|pool)\b)\p{L}[\p{L}'’.-]*(?:[ \t]+(?!(?:and|in|on|at|for|the|with|near|by|off)\b)\p{L}[\p{L}'’.-]*)?(?=[ \t]*(?:[,;.(]|\r?\n|$))/giu, priority: 5 },
  // "authorization 6737 for Mark Kyei (member ID E78671540)": two capitalized words before a bracket that opens with a
  // person's record label.
  { rule: 'name-before-record', kind: 'NAME', gate: /\([ \t]*(?:member|mrn|dob|d\.o\.b|acct|account|policy|subscriber|patient)/i, re: /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+[ \t]+\p{Lu}[\p{L}'’-]+)[ \t]*\([ \t]*(?:[Mm]ember[ \t]+(?:ID|Id|id)|MEMBER[ \t]+ID|MRN|mrn|DOB|dob|d\.o\.b\.?|D\.O\.B\.?|acct|ACCT|[Aa]ccount|ACCOUNT|[Pp]olicy|POLICY|[Ss]ubscriber[ \t]+(?:ID|id)|SUBSCRIBER[ \t]+ID|[Pp]atient[ \t]+(?:ID|id)|PATIENT[ \t]+ID)\b/gu, group: 1, priority: 5, check: (m) => !/\b(?:The|THE|Plan|PLAN|Insurance|INSURANCE|Health|HEALTH|Medicare|MEDICARE|Medicaid|MEDICAID|Care|CARE|Vision|VISION|Dental|DENTAL|Blue|BLUE|Cross|CROSS|Shield|SHIELD|Group|GROUP|Services|SERVICES|Patient|PATIENT|Member|MEMBER)\b/.test(m[1]!) },
  // "last dilated exam with dr. bloom in painted post;": the town a clinician practises in.
  { rule: 'place-doctor-town', kind: 'LOCATION', words: wordGate('dr'), re: /\bdr\.?[ \t]+\p{L}[\p{L}'’-]+[ \t]+in[ \t]+(\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*)?)(?=[ \t]*[;,.]|[ \t]*(?:\r?\n|$))/giu, group: 1, priority: 5, check: (m, text) => !/^(?:the|a|an|his|her|clinic|office|person|house|hospital|surgery|the[ \t]+\w+|town|practice|training|residency|private[ \t]+practice|network|charge|attendance|agreement|person|general|addition|between|time|case|detail|full|part|turn|return|error|particular|general|consult(?:ation)?)$/i.test(m[1]!) && !STATE_OR_COUNTRY.test(m[1]!) && !m[1]!.split(/[ \t]+/).some((w, _, all) => /^(?:icu|ccu|micu|sicu|pacu|clinic|consult|rounds|person|charge|ed|er|or|ir)$/i.test(w) || (all.length === 1 && (w.length < 3 || (/^[A-Z]{2,4}$/.test(w) && bothCasesNear(text, m.index, 60))))) && (!bothCasesNear(text, m.index, 120) || /^\p{Lu}/u.test(m[1]!)) },
  // "certificate of completion no. 237605", "MN Licensed Dietitian #7775", "bc-his, lic. ha 90140": a course's
  // certificate and a licensed trade's number after its label.
  { rule: 'licence-trade', kind: 'LICENSE', words: wordGate('certificate licensed lic'), re: /\b(?:certificate[ \t]+of[ \t]+(?:completion|attendance|training)|licensed[ \t]+(?:dietitian|nutritionist|audiologist|counsell?or|social[ \t]+worker|therapist|hearing[ \t]+(?:aid|instrument)[ \t]+(?:dealer|specialist|dispenser|fitter))|lic\.)[ \t]*(?:no\.?|number|#)?[ \t]*:?[ \t]*((?=[\w -]*\d)(?:[A-Za-z]{1,3}[ -]?)?\d{3,10})\b(?![/.]\d)/gi, group: 1, priority: 6, check: (m) => !/^(?:19|20)\d{2}$/.test(m[1]!) },
  // "compounded 02/08/2018 pa/mtf": the preparer's and the checker's initials after a compounding date.
  { rule: 'staff-initials', kind: 'NAME', words: wordGate('compounded prepared mixed'), re: /\b(?:compounded|prepared|mixed)[ \t]+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[ \t]+([a-z]{2,3}[ \t]*\/[ \t]*[a-z]{2,3})\b(?!\/)/gi, group: 1, priority: 6, check: (m) => m[1] === m[1]!.toUpperCase() || m[1] === m[1]!.toLowerCase() },
  // "shipped apr 23 ups 1ZSE3JW4PHPGCVF630": a parcel's tracking number (UPS's "1Z" and sixteen letters and digits).
  { rule: 'tracking-number', kind: 'ID', gate: /1z[0-9a-z]{16}\b/i, re: /\b(1z[0-9a-z]{16})\b/gi, group: 1, priority: 6, check: (m) => /\d.*\d/.test(m[1]!.slice(2)) || /\b(?:ups|tracking|shipped|certified|mailed|letter|parcel|package)\b/i.test(m.input.slice(Math.max(0, m.index - 40), m.index)) },
  // "PCP: Misty Ha, PA-C (Medford).": the town a clinician practises in, in brackets after the credential.
  { rule: 'place-doctor-town', kind: 'LOCATION', words: wordGate('md do np pa fnp aprn dnp od dpm dds dmd'), re: /\b(?:md|do|np|pa-c|fnp-c|fnp-bc|fnp|aprn|dnp|od|dpm|dds|dmd)\.?[ \t]*\((\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})\)(?=[ \t]*[.,;]|[ \t]*(?:\r?\n|$))/giu, group: 1, priority: 5, check: (m) => !STATE_OR_COUNTRY.test(m[1]!) && !/^(?:retired|ret\.?|pcp|primary|attending|covering|on|locum|resident|fellow|former|deceased|inactive|telehealth|virtual|fax|phone|cell|office|clinic|hospital|cardiology|oncology|neurology|urology|surgery|psychiatry|pediatrics|dermatology|endocrinology|nephrology|gi|ent|ob|gyn|obgyn|ob\/gyn|im|fm|er|ed|icu|us|usa|va|ihs|dod|none|unknown|n\/a|same|new|old|self|spouse|wife|husband|mother|father|son|daughter|sister|brother|friend)\b/i.test(m[1]!) },
  // "marion ear, nose and throat clinic", "OF FRIENDSHIP EAR, NOSE AND THROAT CLINIC IN": a practice named before its
  // kind, commas and all.
  { rule: 'place-ent-practice', kind: 'LOCATION', words: wordGate('throat'), re: /(?:^|\n|[:;(]|\b(?:at|to|from|of|by|with|via)\b)[ \t]*((?:(?!(?:the|an?|at|to|in|on|from|of|by|with|via|and|or|for|seen|sent|referred|our|your|his|her|their)[ \t])\p{L}[\p{L}'’.-]*[ \t]+){1,3}ear,?[ \t]+nose,?[ \t]+(?:and|&)[ \t]+throat[ \t]+(?:clinic|center|centre|associates|specialists|group|institute|physicians|consultants))\b/giu, group: 1, priority: 5, check: (m) => !m[1]!.split(/[ \t]+/).slice(0, -5).some((w) => /^(?:the|our|your|an?|at|to|in|on|from|of|by|with|via|and|or|for|seen|sent|referred|local|pediatric|general|adult|outpatient|inpatient|university|hospital|va|his|her|their|pt|patient)$/i.test(w)) },
  // "(CDL WDL8EHA6TD2T)", "LICENSE WDLWBHDR4F9F": a driver's licence of letters and digits after its label, capitals or
  // lower case alike.
  { rule: 'licence-driver', kind: 'LICENSE', words: wordGate('cdl license licence dl'), re: /\b(?:cdl|(?:driver['’]?s[ \t]+)?licen[cs]e|dl)[ \t]*(?:no\.?|number|#)?[ \t]*:?[ \t]*((?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{7,14}|\d{3}-\d{2}-\d{4})\b/gi, group: 1, priority: 6, check: (m) => !/^(?:19|20)\d{2}/.test(m[1]!) || /[a-z]/i.test(m[1]!) },
  // "with Red Butte School District 307", "ISD 635": a school district's number names one district.
  { rule: 'school-district', kind: 'LOCATION', words: wordGate('district isd usd'), re: /\b(?:school[ \t]+district|isd|usd)[ \t]*(?:no\.?[ \t]*|#[ \t]*)?(\d{1,4})\b(?![/.-]\d)/gi, group: 1, priority: 5 },
  // "Daycare (Quiet Meadow Child Care)": a child care centre named in brackets after its kind.
  { rule: 'place-daycare', kind: 'LOCATION', words: wordGate('daycare day care childcare preschool provider'), re: /\b(?:daycare|day[ \t]+care|childcare|preschool|provider)[ \t]*\(((?:\p{L}[\p{L}'’-]*[ \t]+){1,3}(?:child[ \t]+care|childcare|day[ \t]*care|learning[ \t]+center|preschool|academy|montessori|early[ \t]+learning(?:[ \t]+center)?|child[ \t]+development[ \t]+center))\)/giu, group: 1, priority: 5 },
  // "Miracle-Ear Pleasant Hill", "BELTONE OF DECORAH": a hearing-aid chain's store by its town.
  { rule: 'place-hearing-chain', kind: 'LOCATION', words: wordGate('miracle beltone hearusa amplifon audibel connect hearinglife zounds'), re: /\b(?:miracle-ear|beltone|hearusa|hear[ \t]+usa|amplifon|audibel|connect[ \t]+hearing|hearinglife|zounds(?:[ \t]+hearing)?)[ \t]+(?:of[ \t]+|-[ \t]+)?((?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|hearing|center|centre|aids?|store|location|office|clinic|in|on|at|and|for|to|the|of|by|with|via|is|was|will|has|had|pro|plus|ai|genius|app|brand|model|device|devices|ric|bte|ite|cic|rechargeable|battery|batteries|charger|warranty|loaner|repair|fitting|fitted|purchased|bought|network|provider|providers|store|stores|franchise|corporate|national)\b)\p{L}[\p{L}'’-]*(?:[ \t]+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|hearing|center|centre|aids?|store|location|office|clinic|in|on|at|and|for|to|the|of|by|with|via|is|was|will|has|had|pro|plus|ai|genius|app|brand|model|device|devices|ric|bte|ite|cic|rechargeable|battery|batteries|charger|warranty|loaner|repair|fitting|fitted|purchased|bought|network|provider|providers|store|stores|franchise|corporate|national)\b)\p{L}[\p{L}'’-]*)?)/giu, group: 1, priority: 5, check: (m, text) => bothCasesNear(text, m.index, 60) ? /^\p{Lu}/u.test(m[1]!) : true },
];
