// A person named right after the role that brings them into the record, after a verb and "by", or after "spoke with":
// "grievance official luka wise replaced them", "FUNERAL DIRECTOR BUCK MOSS.", "consent by lar pearl huels (niece)",
// "witnessed by grace perrin.", "reset tuesday by rocky kohler at the front desk", "spoke with hope north regarding dc". In one-case text capitals cannot tell a name, so the two
// words must read as a given name and a surname from the lists, and the phrase must close where a name would (a mark,
// a line's end, or a word that follows people: "at", "on", "replaced", "led"). Everyday words that are also names
// ("buck moss", "hope day") count after a role or a verb, not after a bare "by" ("by grace alone").
import type { Candidate } from './patterns';
import { bothCases, factsMemo, lineNear, lineOf } from './tokens';
import type { WordLists } from './wordlists';

/** Roles a person is named after: a job, an office, a helper, a relative's legal role. */
const ROLE = String.raw`deacon|court[ \t]+visitor|cdrs|(?:deputy[ \t]+)?fire[ \t]+marshal|(?:plant[ \t]+)?safety[ \t]+officer|(?:defense|defence)[ \t]+counsel|peer[ \t]+supporter|hr[ \t]+contact|field[ \t]+engineer|divemaster|dive[ \t]+buddy|examinee|sw|courier|(?:certified[ \t]+)?fitter|(?:our[ \t]+)?client|therapist|toxicologist|prescriber|grievance[ \t]+official|funeral[ \t]+director|(?:long-term[ \t]+care[ \t]+)?ombudsman|surveyor|driver|advocate|(?:assistant[ \t]+|host[ \t]+|head[ \t]+)?athletic[ \t]+trainer|(?:designated[ \t]+)?school[ \t]+official|(?:compliance[ \t]+|research[ \t]+|study[ \t]+)?coordinator|resident[ \t]+assistant|the[ \t]+ra,|dean|professor|partner|(?:legal[ \t]+)?guardian(?:[ \t]+ad[ \t]+litem)?|intake|(?:tow[ \t]+yard[ \t]+|emergency[ \t]+)?contact|locum(?:[ \t]+tenens)?|(?:relief[ \t]+)?cha|(?:representative[ \t]+)?payee|attorney|liaison|(?:cps[ \t]+|aps[ \t]+)?worker|(?:probation|parole|loan|claims)[ \t]+officer|rep|counselor|counsellor|lar|(?:certified[ \t]+|medical[ \t]+)?interpreter|pastor|chaplain|administrator|(?:activities|activity|medical|program|facility|site|athletic|race[ \t]+medical)[ \t]+director|crna|assessor|chaperone|dco|technician|doping[ \t]+control[ \t]+officer|(?:tent[ \t]+)?captain|manager[ \t]+on[ \t]+duty|navigator|(?:ed[ \t]+)?charge[ \t]+(?:rn|nurse)|facility[ \t]+administrator|(?:dietary|office|business[ \t]+office|house|case|care|site|safety)[ \t]+manager|(?:safety|(?:food[ \t]+and[ \t]+)?nutrition[ \t]+services)[ \t]+director|(?:dietetic[ \t]+|medical[ \t]+|pharmacy[ \t]+)?intern|captioner|operator|(?:educational[ \t]+)?audiologist|teacher[ \t]+of[ \t]+the[ \t]+deaf|supervising[ \t]+officer|home[ \t]+health[ \t]+rn|(?:nurse[ \t]+)?aide|cna|president|secretary|treasurer|chair|social[ \t]+worker|caseworker|case[ \t]+worker|volunteer|sub-i|sub-investigator|cra|monitor|sponsor|witness|roommate|landlord|teacher|principal|supervisor|(?:my|your|our|clinic|triage|heart[ \t]+failure|hf|diabetes|wound|office|practice)[ \t]+nurse|esthetician|aesthetician|hairdresser|stylist|circulator|sonographer|(?:company[ \t]+|sales[ \t]+|vendor[ \t]+)?representative|para(?:professional)?|manager|foreman|collector|adjuster|lifeguard|reviewer|policyholder|executor|executrix|applicant|evaluator|prosthetist|orthotist|clinician|ncm|(?:um|utilization[ \t]+review)[ \t]+nurse|notary(?:[ \t]+public)?|(?:health[ \t]+care[ \t]+)?agent|alternate|surrogate|(?:step|grand|great-grand)?(?:daughter|son)(?:-in-law)?|wife|husband|spouse|niece|nephew|neighbou?r|sister(?:-in-law)?|brother(?:-in-law)?|mother(?:-in-law)?|father(?:-in-law)?|aunt|uncle|cousin|(?:(?:strike[ \t]+)?team|unit|task[ \t]+force|division|group|crew|section|shift)[ \t]+leader|leader|caller|next[ \t]+of[ \t]+kin|evacuee|section[ \t]+chief|duty[ \t]+officer|incident[ \t]+commander|dispatcher|inquirer|registrant|recipient|(?:gestational[ \t]+)?carrier|physicist|dosimetrist|(?:field[ \t]+|service[ \t]+)?engineer|fse|donor|elder|phlebotomist|runner|(?:health[ \t]+care[ \t]+)?proxy|(?:home[ \t]+infusion|infusion|apheresis|primary|camp|school)[ \t]+nurse|presenters?|scheduler|(?:your|our|my|mutual)[ \t]+patient|(?:ent|surgery|surgical|medicine|peds|pediatric|ob|chief|senior|junior)[ \t]+resident|pcp|witnesses|facilitator|investigator|(?:forensic[ \t]+)?interviewer|(?:hotline[ \t]+)?screener|deputy|dietitian|odontologist|(?:great-)?(?:great-)?grand(?:parent|mother|father)|god(?:mother|father)|babysitter|step(?:mother|father)|sitter|pharmacist|(?:primary[ \t]+|family[ \t]+)?caregiver|rn|lpn|lvn`;
/** Verbs that take the person with "by": "witnessed by", "lifted only by", "checked by". */
const BY_VERB = String.raw`programmed|primed|mixed|reinforced|led|signed|cosigned|co-signed|countersigned|witnessed|checked|reset|lifted|obtained|provided|dispensed|filed|verified|reviewed|read|entered|completed|performed|done|drawn|counseled|counselled|evaluated|accompanied|referred|assessed|seen|examined|approved|released|inventoried|interpreted|transported|escorted|replaced|delivered|placed|given|administered|taught|educated|interviewed|screened|consented|notified|informed|visited|observed|supervised|treated|covered|brought|found|issued|processed|collected|received|requested|authorized|prescribed|ordered|transcribed|documented|recorded|reported|submitted|attested|destroyed|quarantined|frozen|spun|labeled|labelled|packed|shipped|returned|picked[ \t]+up|logged|cleaned|posted|activated|wasted|charted`;
const CUE = new RegExp(String.raw`\b(?:(${ROLE})(?![\p{L}'’-])|(?:(${BY_VERB})(?:[ \t]+(?:only|again|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}\/\d{1,2}))?[ \t]+by)|(?:consult|consulted|spoke|spoken|talked|discussed|met|meet|meeting|contacted|made|conference|conferenced|collaborated|coordinated|reviewed|updated)[ \t]+with|(?:issued|given|released|dispensed|loaned|lent|mailed|handed)[ \t]+to|(?:please[ \t]+)?excuse|hereby[ \t]+appoints?|certify[ \t]+that|for[ \t]+referring|statement[ \t]+for|(by))(?:[ \t]+(?:${ROLE})(?![\p{L}'’-]))?[ \t]*[:,]?[ \t]*(\p{L}[\p{L}'’]+)[ \t]+(?:(\p{L})\.?[ \t]+)?(\p{L}[\p{L}'’]+(?:-\p{L}[\p{L}'’]+)?)(?=[ \t]*(?:[,;:.)(\n"”]|$)|[ \t]{2,}|[ \t]+(?:at|on|in|from|to|for|and|who|with|replaced|led|confirmed|contacted|completed|elected|interpreted|visited|called|is|was|will|has|signed|regarding|pending|after|before|as|per|via|present|notified|aware|re|regarding|today|tonight|ethic|ethics|of|reviewed|reports|reported|requests|requested|can|could|sat|said|states|stated|approved|upheld|adjusted|measured|assigned|attends|kept|texted|shown|while|removed|stayed|deferred|relieved|dispatched|coordinating|faxed|mailed|collected|gave|takes|took|attended|agreed|arrived|x\d)\b)`, 'giu');
/** A second person after a role's first: " and dawn f huel)". */
const AND_SECOND = /^[ \t]+and[ \t]+(\p{L}[\p{L}'’]+)[ \t]+(?:\p{L}\.?[ \t]+)?(\p{L}[\p{L}'’]+(?:-\p{L}[\p{L}'’]+)?)(?=[ \t]*(?:[,;:.)(\n]|$))/du;
/** "by circulator mercy frost": a role after a bare "by" makes the words after it a person's, as after a verb's "by". */
const ROLE_AFTER_BY = new RegExp(String.raw`^by[ \t]+(?:${ROLE})(?![\p{L}'’-])`, 'iu');
/** Words that say which person, not who: "by the charge nurse", "partner notification", "by mouth". */
export const NOT_NAME = new Set(['info', 'information', 'details', 'number', 'form', 'sheet', 'list', 'given', 'the', 'a', 'an', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'same', 'other', 'pt', 'patient', 'family', 'staff', 'nurse', 'nursing', 'charge', 'primary', 'night', 'day', 'evening', 'shift', 'team', 'pharmacy', 'phone', 'telephone', 'video', 'mouth', 'report', 'hand', 'car', 'ambulance', 'ems', 'police', 'mail', 'fax', 'email', 'e-mail', 'courier', 'lab', 'sponsor', 'monitor', 'protocol', 'study', 'site', 'security', 'social', 'services', 'medical', 'records', 'front', 'desk', 'office', 'business', 'case', 'management', 'dietary', 'activities', 'director', 'manager', 'administrator', 'coordinator', 'physician', 'doctor', 'dr', 'md', 'rn', 'np', 'pa', 'lpn', 'cna', 'don', 'adon', 'resident', 'residents', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'sister', 'brother', 'friend', 'neighbor', 'guardian', 'attorney', 'court', 'state', 'county', 'city', 'agency', 'program', 'committee', 'council', 'board', 'unit', 'floor', 'hospital', 'clinic', 'center', 'home', 'house', 'group', 'all', 'both', 'each', 'one', 'two', 'none', 'self', 'himself', 'herself', 'themselves', 'notification', 'notified', 'present', 'aware']);

/** Relatives' words among the roles: the name after them is a given name and a surname in the lists. */
const KIN_ROLE = /^(?:(?:great-)?(?:great-)?(?:step|grand|great-grand|god)?(?:daughter|son|wife|husband|spouse|niece|nephew|neighbou?r|sister|brother|mother|father|aunt|uncle|cousin|parent)(?:-in-law)?|babysitter)$/i;
/** How a relative is, which a relative's name never is: "daughter mary sick", "son john upset". */
const KIN_STATE = /^(?:sick|ill|well|better|worse|home|here|there|present|aware|upset|tearful|anxious|concerned|okay|ok|fine|asleep|awake|away|gone|alone|busy|tired|happy|sad|angry|worried|calm|supportive|involved|visiting|visited|called|updated)$/;
/** Roles that only ever name a person ("chair" and "contact" are also things): after them the given name may be any word. */
const PERSON_ROLE = /(?:deacon|court[ \t]+visitor|cdrs|fire[ \t]+marshal|safety[ \t]+officer|counsel|peer[ \t]+supporter|hr[ \t]+contact|field[ \t]+engineer|divemaster|dive[ \t]+buddy|examinee|caregiver|sw|courier|fitter|therapist|toxicologist|prescriber|charge[ \t]+nurse|manager|director|intern|captioner|operator|audiologist|teacher[ \t]+of[ \t]+the[ \t]+deaf|home[ \t]+health[ \t]+rn|aide|cna|crna|technician|assessor|chaperone|dco|doping[ \t]+control[ \t]+officer|captain|manager[ \t]+on[ \t]+duty|athletic[ \t]+director|navigator|facility[ \t]+administrator|collector|adjuster|lifeguard|reviewer|policyholder|executor|executrix|applicant|evaluator|prosthetist|orthotist|clinician|coordinator|teacher|supervisor|nurse|esthetician|aesthetician|hairdresser|stylist|circulator|sonographer|representative|para(?:professional)?|witness|volunteer|caseworker|counselor|attorney|chaplain|pastor|officer|ncm|notary(?:[ \t]+public)?|leader|next[ \t]+of[ \t]+kin|evacuee|commander|physicist|dosimetrist|engineer|fse|donor|elder|phlebotomist|runner|proxy|presenters?|scheduler|landlord|patient|resident|pcp|agent|witnesses|facilitator|investigator|interviewer|screener|deputy|dietitian|odontologist|sitter|pharmacist|caregiver)$/i;

export function roleNames(text: string, lists: WordLists): Candidate[] {
  if (!/\bby\b|\bwith\b|deacon|visitor|cdrs|marshal|officer|counsel|supporter|contact|engineer|divemaster|buddy|examinee|\bcrna\b|\bcna\b|charge|intern|captioner|operator|audiologist|\brn\b|aide|technician|assessor|chaperone|\bdco\b|captain|navigator|official|director|ombudsman|surveyor|driver|advocate|trainer|coordinator|assistant|\bra,|dean|professor|partner|guardian|\blar\b|interpreter|pastor|chaplain|administrator|manager|president|secretary|treasurer|chair|worker|volunteer|sub-i|\bcra\b|monitor|sponsor|witness|roommate|landlord|teacher|principal|supervisor|foreman|intake|contact|payee|attorney|liaison|officer|\brep\b|counsel|locum|\bcha\b|collector|adjuster|lifeguard|reviewer|policyholder|executor|executrix|applicant|evaluator|prosthetist|orthotist|clinician|nurse|esthetician|aesthetician|hairdresser|stylist|circulator|sonographer|representative|\bpara|\bncm\b|\bum\b|utilization|notary|agent|alternate|surrogate|daughter|son|wife|husband|spouse|niece|nephew|neighbo|sister|brother|mother|father|aunt|uncle|cousin|leader|caller|next of kin|evacuee|section chief|commander|dispatcher|inquirer|registrant|recipient|carrier|physicist|dosimetrist|engineer|\bfse\b|donor|elder|phlebotomist|runner|proxy|presenter|scheduler|issued|given|released|dispensed|loaned|lent|mailed|handed|excuse|patient|resident|\bpcp\b|facilitator|investigator|interviewer|screener|deputy|dietitian|odontologist|appoint|certify|grandparent|babysitter|sitter|referring|pharmacist|statement|caregiver|\blpn\b|\blvn\b|courier|fitter|client|therapist|toxicologist|prescriber|\bsw\b/i.test(text)) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const m of text.matchAll(CUE)) {
    const [whole, , , bare, first, , last] = m;
    const k1 = first!.toLowerCase();
    const k2 = last!.toLowerCase();
    if (NOT_NAME.has(k1) || NOT_NAME.has(k2) || k2.length < 2) continue;
    const f1 = factsOf(k1);
    const f2 = factsOf(k2);
    // A given name from the lists, then a surname from the lists or a word no list calls English or clinical.
    // After a role ("collector", "adjuster", "witness:") the given name may be an everyday word ("chip kohler", "duke
    // strosin") when the surname is listed or no English word.
    // ("hold lifted by athletic director skip serrato": a role after a verb's "by" counts as one before the name.)
    const personRole = PERSON_ROLE.test(m[1] ?? whole.slice(0, whole.lastIndexOf(first!, whole.length - last!.length - 1)).replace(/[ \t:]+$/, ''));
    const givenOk = f1.first || (personRole && !f1.clinical && k1.length >= 3);
    // ("CRNA Will Glass": a given name that is also a function word, after a role only a person holds.)
    // ("the counselor will call": a verb's helper before an everyday word is no name unless both are capitalized.)
    if (f1.fn && f2.english && !(/^\p{Lu}\p{Ll}/u.test(first!) && /^\p{Lu}\p{Ll}/u.test(last!))) continue;
    if (!givenOk || (f1.fn && !(f1.first && personRole)) || f2.fn || (f2.clinical && !f2.last) || !(f2.last || (!f2.english && !f2.common))) continue;
    // After a relative's word a surname that is also a chart word is the chart word ("daughter mary sick at bedside").
    if (m[1] !== undefined && KIN_ROLE.test(m[1]) && (f2.clinical || f1.clinical || KIN_STATE.test(k2))) continue;
    // After a bare "by" two everyday words are too often a phrase: one of them must be no English word.
    if (bare !== undefined && f1.english && f2.english && !ROLE_AFTER_BY.test(whole)) continue;
    // The given name is the last time it is written before the surname (a middle initial may stand between).
    const nameStart = m.index + whole.lastIndexOf(first!, whole.length - last!.length - 1);
    // On a line of both cases a name is capitalized.
    // (The line is read a bounded reach either side: a text of one long line stays linear.)
    const mixedLine = bothCases(lineNear(text, m.index, 200));
    if (mixedLine && (!/^\p{Lu}/u.test(first!) || !/^\p{Lu}/u.test(last!))) continue;
    out.push({ start: nameStart, end: m.index + whole.length, kind: 'NAME', rule: 'name-after-role', priority: 3 });
    // "(presenters vezio v. mena and dawn f huel)": a second person joined by "and" after a role's first, closing there.
    // ("verified by ned baker and autumn micco": a second person after a role's or a verb's first.)
    const second = m[1] !== undefined || m[2] !== undefined ? AND_SECOND.exec(text.slice(m.index + whole.length, m.index + whole.length + 60)) : null;
    if (second) {
      const g = factsOf(second[1]!.toLowerCase());
      const s2 = factsOf(second[2]!.toLowerCase());
      const start = m.index + whole.length + second.indices![1]![0];
      const capitalized = /^\p{Lu}/u.test(second[1]!) && /^\p{Lu}/u.test(second[2]!);
      if (g.first && !g.fn && !g.clinical && !s2.fn && !s2.clinical && (s2.last || !s2.english) && (!mixedLine || capitalized)) out.push({ start, end: m.index + whole.length + second[0].length, kind: 'NAME', rule: 'name-after-role', priority: 3 });
    }
  }
  return out;
}

/** "Collector Sterling, 1-339-…", "lifeguard Guy notified": one name after a role that only a person holds, where the
 * phrase closes or a verb of people follows. */
const ONE_NAME_AFTER_ROLE = /\b(?:collector|adjuster|lifeguard|reviewer|caseworker|case[ \t]+worker|coach|dco|chaperone|driver|interpreter|charge[ \t]+(?:rn|nurse)|house[ \t]+manager|counselor|sponsor|cna|nurse[ \t]+aide|principal|parent|para(?:professional)?|circulator|runner|camper|(?:parents?|parent\/guardian|mother|father|guardian)[ \t]+of)[ \t]+(\p{L}[\p{L}'’-]+)(?=[ \t]*[,;(:)|]|[ \t]+(?:had|has)\b|[ \t]*\.(?:[ \t]|$)|[ \t]*$|[ \t]+(?:notified|informed|updated|called|said|says|states|stated|reports|reported|requests|requested|asked|at|from|of|who|was|is|will|can|approved|denied|aware|agrees|agreed|left|helped|dropped|picked|brought|took|arrived|delivered|documented|found|texted|shown)\b)/giu;

export function namesAfterRole(text: string, lists: WordLists): Candidate[] {
  if (!/collector|adjuster|lifeguard|reviewer|caseworker|case worker|coach|principal|parent|para|circulator|\bdco\b|chaperone|driver|interpreter|charge|manager|counselor|sponsor|\bc?na\b|aide|runner|camper|mother|father|guardian/i.test(text)) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const m of text.matchAll(ONE_NAME_AFTER_ROLE)) {
    const word = m[1]!;
    const f = factsOf(word.toLowerCase());
    if (f.fn || f.clinical || NOT_NAME.has(word.toLowerCase()) || word.length < 2) continue;
    // "PRINCIPAL DIAGNOSIS:", "principal investigator": what is principal is no principal's name.
    if (/^principal/i.test(m[0]) && (/^[ \t]*:/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) || /^(?:diagnos[ie]s|investigators?|procedures?|problems?|reason|residence|caregiver|language|cause|complaint|surgeon|payer|insurance|occupation|place|address|author)$/i.test(word))) continue;
    // On a line of both cases the name is capitalized; in one case it must be a listed given name (a coach's, a surname).
    const mixed = bothCases(lineOf(text, m.index));
    if (mixed ? !/^\p{Lu}/u.test(word) : !(f.first || (f.last && /^(?:coach|principal)/i.test(m[0])))) continue;
    const start = m.index + m[0].length - word.length;
    out.push({ start, end: start + word.length, kind: 'NAME', rule: 'name-after-role', priority: 3 });
  }
  return out;
}

/** "left vm for JEWEL wednesday", "Video visit for Crystal today", "Questions: Hazel at intake@...": a given name after a
 * message or a visit "for", or before "at" and an e-mail address. */
const GIVEN_FOR = /\b(?:vm|voicemail|voice[ \t]+mail|message|msg|visit|reminder|text|letter|call)[ \t]+(?:left[ \t]+)?for[ \t]+(\p{L}[\p{L}'’-]+)(?=[ \t]+(?:today|tomorrow|tonight|to|at|on|re|regarding|about|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\b|[ \t]*[,.;:])|(?:^|[:;,.][ \t]*|\b(?:contact|call|ask|questions?:?)[ \t]+)(\p{L}[\p{L}'’-]+)(?=[ \t]+at[ \t]+[\w.+-]+@)/giu;

export function givenNamesFor(text: string, lists: WordLists): Candidate[] {
  if (!/\bfor\b|@/i.test(text)) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const m of text.matchAll(GIVEN_FOR)) {
    const word = m[1] ?? m[2]!;
    const f = factsOf(word.toLowerCase());
    if (f.fn || f.clinical || NOT_NAME.has(word.toLowerCase()) || word.length < 2) continue;
    // A listed given name in any case; on a line of both cases a capitalized word no list calls English will do too.
    const mixed = bothCases(lineOf(text, m.index));
    if (!(f.first || (mixed && /^\p{Lu}\p{Ll}/u.test(word) && !f.english))) continue;
    if (mixed && !/^\p{Lu}/u.test(word)) continue;
    const start = m.index + m[0].lastIndexOf(word);
    out.push({ start, end: start + word.length, kind: 'NAME', rule: 'name-after-role', priority: 3 });
  }
  return out;
}

/** "keys held at the desk by halvorson.", "signed by Okafor.": one listed surname after "by" where its clause ends. */
const SURNAME_AFTER_BY = /\bby[ \t]+(\p{L}[\p{L}'’-]+)(?=[ \t]*(?:[.;]|\r?\n|$))/giu;

export function surnamesAfterBy(text: string, lists: WordLists): Candidate[] {
  if (!/\bby\b/i.test(text)) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const m of text.matchAll(SURNAME_AFTER_BY)) {
    const word = m[1]!;
    const f = factsOf(word.toLowerCase());
    if (!f.last || f.fn || f.clinical || f.eponym || f.first || NOT_NAME.has(word.toLowerCase()) || word.length < 3 || /^(?:fick|doppler|palpation|weight|volume|hand)$/i.test(word)) continue;
    // On a line of both cases the surname is capitalized; in one case it must be no everyday word.
    if (bothCases(lineOf(text, m.index)) ? !/^\p{Lu}\p{Ll}/u.test(word) : f.english) continue;
    const start = m.index + m[0].length - word.length;
    out.push({ start, end: start + word.length, kind: 'NAME', rule: 'name-after-role', priority: 3 });
  }
  return out;
}

/** "khan, jimmie  mrn e2737127", "HENDRIKS, AKORFA | SUBJ 5940881": a surname and a given name before a record's label. */
const BEFORE_LABEL = /(?:(?:^|[:|\n])[ \t]*(?:\d{1,3}[.)][ \t]+)?|[ \t]-[ \t]+|(?:^|\n)[ \t]*(?:\d{1,2}:\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)[ \t]{2,})(\p{L}[\p{L}'’-]+),[ \t]*(\p{L}[\p{L}'’-]+)(?:[ \t]+\p{L}\.?)?(?=[ \t]*(?:\|[ \t]*|[ \t]{2,}|,[ \t]*)(?:(?:mrn|mr#|dob|d\.o\.b\.?|subj|subject|acct|account|age|sex|id)\b|#?[A-Za-z]{0,2}\d{6,}\b))/giu;
/** "Destiny (age 14)", "JONAH (7 Y/O)": a word before an age in brackets is a person. */
const AGE_IN_BRACKETS = /\((?:age[ \t]*\d{1,3}|\d{1,3}[ \t]*(?:y\/?o|yo|yrs?|years?(?:[ \t]+old)?))\)/gi;
const WORD_BEFORE = /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]+)[ \t]*$/u;
/** "EUNICE SMALL (DOB 06/15/1943)", "Harold Stone, DOB 2/2/1950": a given name and a surname before a birth date's label. */
const BEFORE_DOB = /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]+)[ \t]+(?:\p{L}\.?[ \t]+)?(\p{L}[\p{L}'’-]+)[ \t]*[(,][ \t]*(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|born|ssn|mrn)\b/giu;
/** "SBAR: ART WELLS, 92 Y/O, ADMITTED": a given name and a surname opening a line or a field, before a comma and an age. */
const BEFORE_AGE = /(?:^|[\n:;])[ \t]*(\p{L}[\p{L}'’-]+)[ \t]+(?:\p{L}\.?[ \t]+)?(\p{L}[\p{L}'’-]+),[ \t]*\d{1,3}[ \t-]*(?:y\/o|yo|y\.o\.|year[ \t-]old|years[ \t]old|yrs?[ \t]old)\b/giu;
/** "contact Honor at hueh30@…": a person's word before their e-mail. */
const CONTACT_AT = /\bcontact[ \t]+(\p{L}[\p{L}'’-]+)[ \t]+at[ \t]+[\w.+-]+@/giu;

export function namesBeforeLabels(text: string, lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  const plain = (w: string): boolean => {
    const f = factsOf(w.toLowerCase());
    return !f.fn && !f.clinical && !NOT_NAME.has(w.toLowerCase());
  };
  if (/mrn|mr#|dob|subj|acct|account|\bage\b|\bsex\b|\bid\b|\d{6}/i.test(text)) {
    for (const m of text.matchAll(BEFORE_LABEL)) {
      const [whole, last, first] = m;
      const fl = factsOf(last!.toLowerCase());
      const ff = factsOf(first!.toLowerCase());
      if (!plain(last!) || !plain(first!) || !(fl.last || fl.first || !fl.english) || !(ff.first || !ff.english)) continue;
      const start = m.index + whole.indexOf(last!);
      out.push({ start, end: m.index + whole.length, kind: 'NAME', rule: 'name-before-label', priority: 4 });
    }
  }
  if (text.includes('(')) {
    for (const a of text.matchAll(AGE_IN_BRACKETS)) {
      const before = text.slice(Math.max(0, a.index - 40), a.index);
      const w = WORD_BEFORE.exec(before);
      if (!w) continue;
      const m = { index: a.index - before.length + w.index };
      const word = w[1]!;
      const f = factsOf(word.toLowerCase());
      if (!plain(word) || word.length < 2) continue;
      const mixed = bothCases(lineOf(text, m.index));
      if (mixed ? !/^\p{Lu}\p{Ll}/u.test(word) || (f.english && !f.first) : !f.first) continue;
      out.push({ start: m.index, end: m.index + word.length, kind: 'NAME', rule: 'name-before-age', priority: 4 });
    }
  }
  if (/dob|d\.o\.b|birth|born|ssn|mrn/i.test(text)) {
    for (const m of text.matchAll(BEFORE_DOB)) {
      const [whole, first, last] = m;
      const ff = factsOf(first!.toLowerCase());
      const fl = factsOf(last!.toLowerCase());
      if (!plain(first!) || !plain(last!) || !(ff.first || (!ff.english && /[^\p{ASCII}]/u.test(first!))) || !(fl.last || fl.first || !fl.english)) continue;
      if (bothCases(lineOf(text, m.index)) && (!/^\p{Lu}/u.test(first!) || !/^\p{Lu}/u.test(last!))) continue;
      out.push({ start: m.index, end: m.index + whole.indexOf(last!, first!.length) + last!.length, kind: 'NAME', rule: 'name-before-label', priority: 4 });
    }
  }
  if (/y\/o|yo\b|y\.o\.|old/i.test(text)) {
    for (const m of text.matchAll(BEFORE_AGE)) {
      const [whole, first, last] = m;
      const ff = factsOf(first!.toLowerCase());
      const fl = factsOf(last!.toLowerCase());
      if (!plain(first!) || !plain(last!) || !ff.first || !(fl.last || fl.first || !fl.english)) continue;
      if (bothCases(lineOf(text, m.index)) && (!/^\p{Lu}/u.test(first!) || !/^\p{Lu}/u.test(last!))) continue;
      const start = m.index + whole.indexOf(first!);
      out.push({ start, end: m.index + whole.indexOf(last!, start - m.index + first!.length) + last!.length, kind: 'NAME', rule: 'name-before-label', priority: 4 });
    }
  }
  if (text.includes('@')) {
    for (const m of text.matchAll(CONTACT_AT)) {
      const word = m[1]!;
      const f = factsOf(word.toLowerCase());
      if (!plain(word) || !(f.first || (!f.english && /^\p{Lu}/u.test(word)))) continue;
      const start = m.index + m[0].indexOf(word, 7);
      out.push({ start, end: start + word.length, kind: 'NAME', rule: 'name-before-email', priority: 4 });
    }
  }
  return out;
}
