// A blind wave of people's names in the communication parts of inpatient and clinic notes: nursing notes and flowsheet
// comments, residents' progress and cross-cover notes, consult and attestation lines, signouts and handoffs, rapid
// responses and chain-of-command escalations, therapy, pharmacy, nutrition, wound care, case management, social work
// and chaplaincy entries, interpreter use, clinic rooming and triage lines, cc lists and signatures; and the family:
// who called, visited, was updated, consented, is the health care proxy or the emergency contact. Names are written as
// clinicians write them: 'd/w Dr. Okafor', 'paged covering resident (Kim) x2', 'report given to Jen RN', 'MD aware
// (Patel)', 'Cosigned: A. Nguyen MD', 'surgery (Halloran) to see', 'Dr. Chen covering for Dr. Abbott', 'CALLED DR
// X RE: ...', 'sw meg to call family', "Dr. Mehta's team", 'Spanish interpreter Luz #4471', 'wife (Carol) updated by
// phone at ...', 'HCP is niece, Anita Rao', 'Robert "Bobby" ...'; with given names and surnames from many origins
// (faker's US, Indian, Nigerian, Mexican, Vietnamese, Brazilian, Turkish, Polish, Italian and French locales and
// lists of West African, South and East Asian, Arabic, Slavic and Hispanic names), nicknames, initials, hyphenated
// and particle surnames (de la Cruz, O'Neil, Van Dyke, St. Pierre), and names that are everyday words (Hope, Will,
// Faith, Price, Bell, Page, Church, Gross, Payne), in mixed case, ALL CAPS and lower case. Pagers, extensions,
// interpreter ids and family phone numbers next to the names are planted too. A list of look-alikes in the same style
// must not be touched. Written without reading the engine's rules or any gold data. `scoreTeamworkWave`.
// Decisions: a title ('Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Rev.', 'Sr.') is not part of the name, nor is a credential ('MD',
// 'RN', 'NP', 'PA-C', 'DPT', 'OTR/L', 'LCSW', 'PharmD', 'CRNA', 'PGY-2') nor a role or service word ('renal fellow',
// 'covering resident', 'night RN', 'ortho', 'SW', 'CM', 'charge RN'); a surname alone after a title ('Mr. Baptiste',
// 'Dr. Lin') or in brackets ('MD aware (Patel)') is planted; the possessive "'s" need not be covered; a first or
// middle initial next to a surname ('A. Nguyen', 'Mary K. Ross') is not planted, while initials standing alone as a
// signature ('-JK RN', 'T.O. ... /mb') are; a nickname is planted on its own, quoted or not ('Robert "Bobby" Ruiz'
// plants Robert, Bobby and Ruiz); a particle or hyphenated surname is planted whole ('de la Cruz', 'Van Dyke',
// 'Ortiz-Baptiste'); a name written in lower case or ALL CAPS is a name all the same; a relation ('son', 'niece', 'HCP')
// is not part of the name; a pager, extension, phone, interpreter id or employee badge number is planted, while a
// unit, room or bed ('7 North', 'MICU', 'bed 12') and a time ('0215', 'at 1900') are kept; a language is kept.
// Kept (look-alikes): roles and services without a name, relations without a name, eponymous signs, scores, diseases
// and devices (Foley, Hoyer lift, Babinski, Homans, Murphy, Glasgow, Braden, Morse, Parkinson, Bell palsy, Graves,
// Cheyne-Stokes, Yankauer, Swan-Ganz, Miami J, Jackson-Pratt, Bair Hugger), drugs and brands (Ativan, Haldol,
// Coumadin, Ensure, Nepro), everyday words that are also names at a sentence's start or in shorthand ('Will call back',
// 'Hope to wean', 'Page sent', 'Call bell within reach', 'Frank blood', 'Max assist', 'Gross hematuria', 'Pat dry',
// 'Mark site', 'Bishop score', 'Rice water stools'), units and beds, languages, credentials alone, times, scores and
// doses, ages of 89 and under, years alone.
// Measured before rules: 0.886 recall on seeds 5, 11, 23 (1787/2016), 0.881 on fresh seeds 41, 42, 43 (1776/2016); 4/105
// look-alikes touched ("Nocturnist aware", "Best practice alert", "(Vietnamese)" in an interpreter line, "RN, BSN, CCRN").
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as tr } from '@faker-js/faker/locale/tr';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { type Frame, lookAlikes, seededWave, touchedBy, WaveDraw } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, ind, ng, mx, vi, br, tr, pl, it, fr];

/** Given names that are everyday words. */
const WORD_GIVEN = ['Hope', 'Will', 'Faith', 'Grace', 'Joy', 'June', 'Dawn', 'Rusty', 'Sandy', 'Frank', 'Penny', 'Chip', 'Skip', 'Art', 'Bill', 'Pat', 'Mark', 'Max', 'Gene', 'Sunny', 'Destiny', 'Precious', 'Blessing', 'Patience', 'Justice', 'Honor', 'Chase', 'Hunter', 'Drew', 'Reed', 'Lane', 'Summer', 'Holly', 'Ivy', 'Rose', 'Crystal', 'Candy', 'Misty', 'Star', 'Royal'];
/** Surnames that are everyday words. */
const WORD_SUR = ['Price', 'Bell', 'Page', 'Church', 'Hill', 'Young', 'Long', 'Little', 'Cross', 'Rice', 'Snow', 'Frost', 'Bishop', 'Knight', 'Walker', 'Hall', 'Ward', 'Lane', 'Day', 'Early', 'Love', 'Best', 'Moody', 'Sharp', 'Hale', 'Stone', 'Banks', 'Waters', 'Graves', 'Payne', 'Hurt', 'Gross', 'Sickles', 'Bones', 'Coffin', 'Nurse', 'Mercy', 'Seal', 'Shepherd', 'Mann', 'Strong', 'Gentle', 'Wise', 'Savage', 'Black', 'White', 'Brown', 'Green'];
/** Given names and surnames of many origins, romanized as US charts hold them. */
const WORLD_GIVEN = ['Oluwaseun', 'Chiamaka', 'Nnamdi', 'Ngozi', 'Kwame', 'Abena', 'Kofi', 'Thanh', 'Huong', 'Minh', 'Xiaoling', 'Wei', 'Jian', 'Priya', 'Anjali', 'Rajesh', 'Sunita', 'Yuki', 'Hiroshi', 'Soo-jin', 'Min-ho', 'Ji-woo', 'Fatima', 'Mohammed', 'Aisha', 'Tariq', 'Yusuf', 'Giorgos', 'Dmitri', 'Svetlana', 'Bogdan', 'Jesús', 'Guadalupe', 'Xóchitl', 'Siobhán', 'Aoife', 'Tamika', 'Shaniqua', 'DeShawn', 'LaToya', 'Keisha', 'Jean-Pierre', 'Marie-Claude', 'Nadège', 'Wilnide', 'Makana', 'Leilani', 'Tenzin', 'Dawit', 'Mulugeta'];
const WORLD_SUR = ['Okafor', 'Adeyemi', 'Nwosu', 'Eze', 'Mensah', 'Owusu', 'Abubakar', 'Nguyen', 'Tran', 'Pham', 'Le', 'Kim', 'Park', 'Lee', 'Lin', 'Chen', 'Wang', 'Zhang', 'Liu', 'Patel', 'Shah', 'Reddy', 'Gupta', 'Mehta', 'Rao', 'Iyer', 'Yamamoto', 'Tanaka', 'Haddad', 'Khalil', 'Nasser', 'Ivanova', 'Kowalski', 'Baptiste', 'Pierre-Louis', 'Flores', 'Hernández', 'Rodríguez', 'Gutierrez', 'Halloran', 'Abbott', 'Brandt', 'Tesfaye', 'Kahananui', 'Dorjee', 'Wojcik', 'Papadopoulos', 'Horvath'];
/** Particle and apostrophe surnames, written as charts write them. */
const PARTICLE_SUR = ['de la Cruz', 'De La Cruz', "O'Neil", "O'Brien", 'Van Dyke', 'van der Berg', 'Da Silva', 'dos Santos', 'Di Stefano', 'St. Pierre', 'Le Blanc', 'Mac Donald', 'von Holt', 'del Rosario', 'Ben-Ami', 'al-Masri', 'El-Sayed', "D'Angelo", 'De Jesus', 'Van Buren', 'McNamara', 'MacKenzie', 'DeLuca', 'La Rosa'];
/** A formal given name and the nickname it goes by. */
const NICKS: readonly (readonly [string, string])[] = [
  ['Robert', 'Bobby'], ['William', 'Billy'], ['Elizabeth', 'Betsy'], ['Margaret', 'Peggy'], ['Katherine', 'Kit'], ['James', 'Jimmy'], ['Richard', 'Dick'], ['Patricia', 'Trish'],
  ['Jennifer', 'Jen'], ['Michael', 'Mikey'], ['Deborah', 'Debbie'], ['Francisco', 'Paco'], ['José', 'Pepe'], ['Guadalupe', 'Lupe'], ['Alejandro', 'Alex'], ['Nguyen Van Thanh', 'Tommy'],
  ['Oluwaseun', 'Seun'], ['Chukwuemeka', 'Emeka'], ['Venkataraman', 'Venky'], ['Dolores', 'Lola'], ['Theodore', 'Teddy'], ['Eleanor', 'Nell'], ['Harold', 'Hal'], ['Mildred', 'Millie'],
];
const RELATIVES = ['son', 'daughter', 'wife', 'husband', 'sister', 'brother', 'niece', 'nephew', 'grandson', 'granddaughter', 'partner', 'mother', 'father', 'cousin', 'stepdaughter'];
const SERVICES = ['ortho', 'GI', 'cards', 'renal', 'ID', 'neurology', 'gen surg', 'urology', 'heme/onc', 'pulm', 'psych', 'IR', 'vascular', 'ENT', 'palliative'];
const LANGUAGES = ['Spanish', 'Vietnamese', 'Mandarin', 'Cantonese', 'Haitian Creole', 'Portuguese', 'Arabic', 'Somali', 'Russian', 'Nepali', 'Cape Verdean Creole', 'Korean', 'Amharic'];
const UNITS = ['7 North', '4 West', 'MICU', 'SICU', '6B', 'step-down', 'CCU', '5 South', 'the ED', 'PACU'];
const UPPER = 'ABCDEFGHJKLMNPRSTVWY';

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  /** A given name: one of many origins one time in five, else an everyday word or a faker locale's. */
  given(): string {
    return this.r() < 0.2 ? this.pick(WORLD_GIVEN) : this.givenOf(WORD_GIVEN);
  }
  /** A given name that is an everyday word. */
  wordGiven(): string {
    return this.pick(WORD_GIVEN);
  }
  /** A surname: particle or hyphenated now and then, of many origins, an everyday word, or a faker locale's. */
  sur(): string {
    const x = this.r();
    if (x < 0.08) return this.pick(PARTICLE_SUR);
    if (x < 0.12) return `${this.capitalizedSurname()}-${this.pick(WORLD_SUR)}`;
    if (x < 0.32) return this.pick(WORLD_SUR);
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  /** A surname that is an everyday word. */
  wordSur(): string {
    return this.pick(WORD_SUR);
  }
  particle(): string {
    return this.pick(PARTICLE_SUR);
  }
  nick(): readonly [string, string] {
    return this.pick(NICKS);
  }
  /** A single initial with its full stop. */
  ini(): string {
    return `${this.pick([...UPPER])}.`;
  }
  /** Initials of two or three letters. */
  initials(): string {
    return this.lettersOf(UPPER, this.int(2, 3));
  }
  rel(): string {
    return this.pick(RELATIVES);
  }
  service(): string {
    return this.pick(SERVICES);
  }
  lang(): string {
    return this.pick(LANGUAGES);
  }
  unit(): string {
    return this.pick(UNITS);
  }
  /** A 24-hour clock time as nurses chart it ('0215'). */
  mil(): string {
    return `${String(this.int(0, 23)).padStart(2, '0')}${String(this.int(0, 59)).padStart(2, '0')}`;
  }
  pager(): string {
    return this.r() < 0.6 ? this.digitString(5) : `${this.int(2, 9)}-${this.digitString(4)}`;
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
  }
  /** An interpreter's or employee's id number. */
  badge(): string {
    return this.digitString(this.int(4, 6));
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a}${b}${c}`, `555-${b}-${c}`]);
    return [f, f];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // physicians: discussed, paged, consulted, covering
  ['d/w Dr surname', (d) => { const s = d.sur(); return [`Plan d/w Dr. ${s}, agrees with gentle diuresis overnight.`, [s]]; }],
  ['discussed w/ renal fellow given', (d) => { const g = d.given(); return [`Discussed w/ renal fellow ${g} - no HD tonight, recheck BMP in AM.`, [g]]; }],
  ['paged covering resident (name) x2', (d) => { const s = d.sur(); return [`Paged covering resident (${s}) x2 re: BP 82/40, awaiting callback.`, [s]]; }],
  ['per attending Dr no stop', (d) => { const s = d.sur(); return [`Per attending Dr ${s}, hold heparin gtt until CT head is read.`, [s]]; }],
  ["seen by service - Dr's team", (d) => { const s = d.sur(); const sv = d.service(); return [`Seen by ${sv} - Dr. ${s}'s team, recs to follow.`, [s]]; }],
  ['MD aware (surname)', (d) => { const s = d.sur(); return [`BP 188/96 recheck 182/94. MD aware (${s}), PRN hydralazine given.`, [s]]; }],
  ['surgery (surname) to see', (d) => { const s = d.sur(); return [`KUB w/ dilated loops. Surgery (${s}) to see this afternoon re: ?SBO.`, [s]]; }],
  ['Dr covering for Dr', (d) => { const a = d.sur(); const b = d.sur(); return [`Dr. ${a} covering for Dr. ${b} this weekend; please page with questions.`, [a, b]]; }],
  ['CALLED DR RE: shorthand', (d) => { const s = d.sur(); return [`CALLED DR ${s} RE: UOP <30ML/HR X2H. NEW ORDER FOR 500ML LR BOLUS. WILL CONT TO MONITOR.`, [s]]; }],
  ['lowercase d/w sr res', (d) => { const s = d.sur().toLowerCase(); return [`d/w sr res ${s} who agrees, will re-eval in am`, [s]]; }],
  ['paged Dr at pager no response, supervisor', (d) => { const s = d.sur(); const p = d.pager(); const g = d.given(); return [`Paged Dr. ${s} at ${p} x2 without response; chain of command followed, house supervisor ${g} notified at ${d.mil()}.`, [s, p, g]]; }],
  ['per consultant service (Dr): recs', (d) => { const s = d.sur(); return [`Per ID (Dr. ${s}): continue cefazolin x 6 wks via PICC, weekly CBC/BMP.`, [s]]; }],
  ['consult placed attending and NP to see', (d) => { const g = d.given(); const s = d.sur(); const g2 = d.given(); return [`Consult placed to GI, attending ${g} ${s}; NP ${g2} to see today.`, [g, s, g2]]; }],
  ['accepting physician', (d) => { const g = d.given(); const s = d.sur(); return [`Accepting physician: Dr. ${g} ${s}, ${d.pick(['MICU', 'CCU', 'SICU'])}. Bed assigned.`, [g, s]]; }],
  ['signout from day to nocturnist', (d) => { const a = d.sur(); const b = d.sur(); return [`Signout from Dr. ${a} (day hospitalist) to Dr. ${b} (nocturnist) at 1900, IPASS format.`, [a, b]]; }],
  ['particle surname consultant', (d) => { const s = d.particle(); return [`Discussed with Dr. ${s} (hepatology); will start lactulose and rifaximin.`, [s]]; }],
  ['word surname doctor aware', (d) => { const s = d.wordSur(); return [`Pt c/o chest pressure 6/10. EKG done. Dr. ${s} aware and at bedside.`, [s]]; }],
  ['consult requesting attending header', (d) => { const g = d.given(); const s = d.sur(); return [`Requesting attending: ${g} ${s}, MD\nReason for consult: AKI on CKD 3b`, [g, s]]; }],
  ['rapid response team at bedside', (d) => { const g = d.given(); const s = d.sur(); return [`Rapid response called ${d.mil()} for SBP 70s. RRT RN ${g} and Dr. ${s} at bedside.`, [g, s]]; }],
  ['telephone order read back', (d) => { const s = d.sur(); const g = d.given(); return [`T.O. Dr. ${s} / ${g} RN - read back and verified.`, [s, g]]; }],
  // signatures, attestations, cosigns
  ['cosigned initial surname MD', (d) => { const s = d.sur(); return [`Cosigned: ${d.ini()} ${s} MD ${d.mil()}`, [s]]; }],
  ['teaching attestation with resident', (d) => { const s = d.sur(); const g = d.given(); const s2 = d.sur(); return [`I saw and examined the patient with Dr. ${s}, resident, and agree with the findings and plan as documented.\n${g} ${s2}, MD, Attending`, [s, g, s2]]; }],
  ['resident signature with pager', (d) => { const g = d.given(); const s = d.sur(); const p = d.pager(); return [`${g} ${s}, MD\nPGY-2, Internal Medicine\nPager ${p}`, [g, s, p]]; }],
  ['nursing initials sign-off', (d) => { const i = d.initials(); return [`Pt turned q2h, skin intact, heels offloaded. -${i} RN`, [i]]; }],
  ['medical student seen with', (d) => { const g = d.given(); const s = d.sur(); return [`Pt seen and examined with MS3 ${g} ${s}; note reviewed and edited.`, [g, s]]; }],
  ['clinic cc list', (d) => { const g = d.given(); const s = d.sur(); const s2 = d.sur(); return [`cc: ${g} ${s}, MD (PCP); Dr. ${s2} (cardiology)`, [g, s, s2]]; }],
  ['middle initial signature', (d) => { const g = d.given(); const s = d.sur(); return [`Electronically signed by ${g} ${d.ini()} ${s}, PA-C`, [g, s]]; }],
  // nurses: report, handoff, charge, triage
  ['report given to given RN', (d) => { const g = d.given(); return [`Report given to ${g} RN, pt resting comfortably, call light in reach.`, [g]]; }],
  ['handoff to night RN full name', (d) => { const g = d.given(); const s = d.sur(); return [`Bedside handoff to night RN ${g} ${s} at 1900.`, [g, s]]; }],
  ['called report to unit spoke with', (d) => { const g = d.given(); return [`Called report to ${d.unit()}, spoke with ${g}, RN. Pt to transfer via stretcher.`, [g]]; }],
  ['charge RN aware of bed', (d) => { const g = d.given(); return [`Charge RN ${g} aware of tele bed request.`, [g]]; }],
  ['NP notified of lab', (d) => { const s = d.sur(); return [`K 5.9 (hemolyzed?). NP ${s} notified, repeat lab ordered.`, [s]]; }],
  ['hyphenated surname RN assumed care', (d) => { const g = d.given(); const h = `${d.sur()}-${d.sur()}`; return [`Care assumed by ${g} ${h}, RN.`, [g, h]]; }],
  ['secure chat from RN', (d) => { const g = d.given(); const s = d.sur(); return [`Secure chat from ${g} ${s} (RN): pt refusing 2100 meds, requesting to speak with MD.`, [g, s]]; }],
  ['triage call routed to', (d) => { const g = d.given(); const s = d.sur(); return [`Call routed to ${g} ${s}, RN (triage). Advised to go to ED.`, [g, s]]; }],
  ['clinic roomed by MA', (d) => { const g = d.given(); return [`Roomed by ${g}, CMA. Med rec completed.`, [g]]; }],
  ['word given clinician at sentence start', (d) => { const g = d.wordGiven(); return [`${g} from transport here to take pt to MRI.`, [g]]; }],
  // therapy, pharmacy, nutrition, wound, anesthesia, RT
  ['PT: initial. surname, DPT', (d) => { const s = d.sur(); return [`PT: ${d.ini()} ${s}, DPT - ambulated 150 ft with RW, CGA.`, [s]]; }],
  ['OT eval by full name OTR/L', (d) => { const g = d.given(); const s = d.sur(); return [`OT eval by ${g} ${s}, OTR/L: min A for LB dressing.`, [g, s]]; }],
  ['per PharmD given', (d) => { const g = d.given(); return [`Vanc trough 22; per PharmD ${g}, hold next dose and recheck level.`, [g]]; }],
  ['RT (given) increased FiO2', (d) => { const g = d.given(); return [`RT (${g}) increased FiO2 to 50%, SpO2 now 93%.`, [g]]; }],
  ['RD surname recs', (d) => { const s = d.sur(); return [`RD ${s} recs Nepro 1 can TID with meals.`, [s]]; }],
  ['WOCN evaluated', (d) => { const g = d.given(); const s = d.sur(); return [`WOCN ${g} ${s} evaluated sacral wound: stage 3, Mepilex applied.`, [g, s]]; }],
  ['anesthesia CRNA aware', (d) => { const g = d.given(); return [`Anesthesia (${g}, CRNA) aware of NPO status since midnight.`, [g]]; }],
  // case management, social work, chaplain, interpreter
  ['CM following', (d) => { const g = d.given(); return [`CM ${g} following for SNF placement; 3 referrals sent.`, [g]]; }],
  ['lowercase sw to call family', (d) => { const g = d.given().toLowerCase(); return [`sw ${g} to call family re: goals of care`, [g]]; }],
  ['chaplain Rev visited', (d) => { const s = d.sur(); return [`Chaplain Rev. ${s} visited, prayed with pt and family at bedside.`, [s]]; }],
  ['interpreter name and number', (d) => { const g = d.given(); const id = d.badge(); return [`${d.lang()} interpreter ${g} #${id} used for entire encounter.`, [g, id]]; }],
  ['phone interpreter ID to update family', (d) => { const id = d.badge(); const g = d.given(); return [`Video interpreter (${d.lang()}, ID ${id}) used to update pt's ${d.rel()} ${g}.`, [id, g]]; }],
  ['palliative NP met with family', (d) => { const g = d.given(); const s = d.sur(); return [`Palliative care consulted; ${g} ${s}, NP, met with family.`, [g, s]]; }],
  // family: calls, visits, updates, consent, proxies
  ["spoke with pt's son given", (d) => { const g = d.given(); return [`Spoke with pt's ${d.pick(['son', 'daughter', 'nephew'])} ${g} by phone, updated on plan of care.`, [g]]; }],
  ['dtr at bedside', (d) => { const g = d.given(); return [`Dtr ${g} at bedside, questions answered.`, [g]]; }],
  ['wife (given) updated by phone at', (d) => { const g = d.given(); const [ph, p] = d.phone(); return [`Wife (${g}) updated by phone at ${ph}.`, [g, p]]; }],
  ['HCP is niece full name', (d) => { const g = d.given(); const s = d.sur(); return [`HCP is ${d.pick(['niece', 'nephew', 'daughter', 'son'])}, ${g} ${s}.`, [g, s]]; }],
  ['brother and his wife visited', (d) => { const a = d.given(); const b = d.given(); return [`Brother ${a} and his wife ${b} visited this evening.`, [a, b]]; }],
  ['grandson called', (d) => { const g = d.given(); return [`Grandson ${g} called asking for update; pt gave verbal permission to share.`, [g]]; }],
  ["pt's husband, Mr. surname", (d) => { const s = d.sur(); return [`Pt's husband, Mr. ${s}, at bedside overnight.`, [s]]; }],
  ['mother, Ms. surname, consented', (d) => { const s = d.sur(); return [`Mother, Ms. ${s}, consented for LP after risks and benefits discussed.`, [s]]; }],
  ['friend brought clothes', (d) => { const g = d.given(); return [`Friend ${g} brought clothes and phone charger.`, [g]]; }],
  ['nickname in quotes family', (d) => { const [f, n] = d.nick(); const s = d.sur(); return [`Pt's ${d.pick(['son', 'brother', 'husband'])} ${f} "${n}" ${s} is HCP.`, [f, n, s]]; }],
  ['particle surname daughter POA', (d) => { const g = d.given(); const s = d.particle(); return [`Daughter ${g} ${s} is POA, lives in Florida, will fly in this weekend.`, [g, s]]; }],
  ['family meeting present list', (d) => {
    const w = d.given(); const a = d.given(); const b = d.given(); const sw = d.given(); const s = d.sur();
    return [`Family meeting held. Present: pt's wife ${w}, sons ${a} and ${b}, SW ${sw}, Dr. ${s}.`, [w, a, b, sw, s]];
  }],
  ['emergency contact line', (d) => { const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); return [`Emergency contact: ${g} ${s} (${d.rel()}) ${ph}`, [g, s, p]]; }],
  ['lowercase visitors dtr', (d) => { const g = d.given().toLowerCase(); return [`visitors: dtr ${g} + boyfriend, left 2030`, [g]]; }],
  ['Mrs. surname called upset', (d) => { const s = d.sur(); return [`Mrs. ${s} (pt's wife) called at 2210 upset about d/c plan; charge RN spoke with her.`, [s]]; }],
  ['MOLST reviewed with HCP', (d) => { const g = d.given(); const s = d.sur(); return [`MOLST reviewed with HCP ${g} ${s}, pt's ${d.rel()}; DNR/DNI confirmed.`, [g, s]]; }],
  ['prefers to be called nickname', (d) => { const [f, n] = d.nick(); const s = d.sur(); return [`Pt prefers to be called "${n}" (legal name ${f} ${s}); staff aware.`, [n, f, s]]; }],
  ['family member callback number', (d) => { const g = d.given(); const [ph, p] = d.phone(); return [`${g} (${d.rel()}) requests callback from MD at ${ph} after 5 pm.`, [g, p]]; }],
  ['word given family at start', (d) => { const g = d.wordGiven(); return [`${g}, pt's ${d.rel()}, will bring home meds tomorrow.`, [g]]; }],
];

/** The names of the wave's frames. */
export const teamworkFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function teamworkWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 8297, rounds);
}

/** Look-alikes in the notes' style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // roles and services without a name
  ['Discussed w/ renal fellow, no HD tonight.', 'renal fellow'], ['Paged covering resident x2 re: BP.', 'covering resident'], ['Report given to night RN.', 'night RN'],
  ['Seen by ortho team, recs NWB RLE.', 'ortho team'], ['Per the attending, hold heparin gtt.', 'the attending'], ['PT/OT to eval and treat.', 'PT/OT'], ['SW to call family re: dispo.', 'SW'],
  ['CM following for SNF placement.', 'CM'], ['Rapid response called for SBP 70s.', 'Rapid response'], ['MD aware, no new orders.', 'MD aware'], ['NP notified of K 5.9.', 'NP notified'],
  ['Charge RN aware of bed request.', 'Charge RN'], ['House supervisor notified per chain of command.', 'House supervisor'], ['Chaplain visited, prayed with pt.', 'Chaplain'],
  ['Nocturnist aware of soft BPs.', 'Nocturnist'], ['Hospitalist service to admit.', 'Hospitalist service'], ['Covering MD paged at 0215.', 'Covering MD'], ['Vanc dosing per pharmacy.', 'pharmacy'],
  ['RT at bedside for BiPAP.', 'RT'], ['WOCN consulted for sacral wound.', 'WOCN'], ['Surgery to see this afternoon.', 'Surgery'], ['Interpreter line used for consent.', 'Interpreter line'],
  ['Seen with the team on rounds.', 'the team'], ['Sr res aware.', 'Sr res'], ['Cosigned by attending.', 'attending'],
  // relations without a name
  ['The family was updated at bedside.', 'The family'], ["Spoke with pt's son by phone.", 'son'], ['Dtr at bedside, questions answered.', 'Dtr'], ['HCP is niece.', 'niece'],
  ['Wife updated by phone.', 'Wife'], ['Friend brought clothes.', 'Friend'], ['Grandson called for update.', 'Grandson'], ['Emergency contact: sister.', 'sister'], ['POA is daughter.', 'POA'],
  // eponymous signs, scores, diseases and devices
  ['Foley to gravity, draining clear yellow urine.', 'Foley'], ['Hoyer lift used for transfer to chair.', 'Hoyer'], ['Babinski downgoing bilaterally.', 'Babinski'], ['Homans sign negative.', 'Homans'],
  ['Murphy sign positive.', 'Murphy'], ['Glasgow Coma Scale 14.', 'Glasgow'], ['Braden score 12, high risk.', 'Braden'], ['Morse fall scale 65.', 'Morse'], ['Hx of Parkinson disease.', 'Parkinson'],
  ['Right Bell palsy, improving.', 'Bell palsy'], ['Graves disease on methimazole.', 'Graves'], ['Cheyne-Stokes respirations noted.', 'Cheyne-Stokes'], ['Oral suction with Yankauer.', 'Yankauer'],
  ['Swan-Ganz catheter in place.', 'Swan-Ganz'], ['Miami J collar on at all times.', 'Miami J'], ['Jackson-Pratt drain with 40 mL serosang.', 'Jackson-Pratt'], ['Bair Hugger applied for temp 35.4.', 'Bair Hugger'],
  ['Trendelenburg for line placement.', 'Trendelenburg'], ['Bishop score 8.', 'Bishop score'], ["Crohn's disease flare.", "Crohn's"], ['Alzheimer dementia, oriented x1.', 'Alzheimer'], ['Hx Hodgkin lymphoma.', 'Hodgkin'],
  // drugs and brands
  ['Ativan 0.5 mg IV x1 given for anxiety.', 'Ativan'], ['Haldol 2 mg IM for agitation.', 'Haldol'], ['Coumadin held, INR 3.4.', 'Coumadin'], ['Ensure TID with meals.', 'Ensure'],
  ['Nepro 1 can TID.', 'Nepro'], ['Narcan at bedside.', 'Narcan'], ['Mepilex to sacrum.', 'Mepilex'],
  // everyday words that are also names
  ['Will call back with results.', 'Will'], ['Hope to wean O2 today.', 'Hope'], ['Page sent to covering, awaiting call.', 'Page'], ['Call bell within reach.', 'Call bell'],
  ['Frank blood in stool x1.', 'Frank'], ['Max assist x2 for transfers.', 'Max'], ['Gross hematuria resolved.', 'Gross'], ['Pat dry and apply barrier cream.', 'Pat'], ['Mark site prior to procedure.', 'Mark'],
  ['Rice water stools, C diff sent.', 'Rice'], ['Faith important to pt; declined chaplain.', 'Faith'], ['Church attendance important to pt.', 'Church'], ['Early mobility protocol.', 'Early'],
  ['Best practice alert fired for sepsis.', 'Best'], ['Ambulated in hall x3.', 'hall'], ['Cross-cover note.', 'Cross-cover'], ['Rusty sputum noted.', 'Rusty'], ['Long term care resident.', 'Long'],
  ['Young adult with DKA.', 'Young'], ['Stone passed overnight.', 'Stone'], ['Sharp debridement at bedside.', 'Sharp'], ['Little po intake today.', 'Little'], ['Joy noted when family visited.', 'Joy'],
  // units, beds, languages, credentials, times, numbers
  ['Transfer to MICU.', 'MICU'], ['Called report to 7 North.', '7 North'], ['Bed 12, window side.', 'Bed 12'], ['Spanish interpreter used via iPad.', 'Spanish'], ['Video interpreter (Vietnamese) used for consent.', 'Vietnamese'], ['Nepali speaking; interpreter used.', 'Nepali'], ['Haitian Creole speaking.', 'Haitian Creole'],
  ['Signed: RN, BSN, CCRN', 'RN, BSN, CCRN'], ['PA-C', 'PA-C'], ['OTR/L', 'OTR/L'], ['LCSW', 'LCSW'], ['PGY-2', 'PGY-2'], ['Paged at 0215 x2.', '0215'], ['RASS -2, CAM negative.', 'RASS -2'],
  ['CIWA 12, Ativan per protocol.', 'CIWA 12'], ['84 yo F from home.', '84'], ['Married since 1968.', '1968'], ['Full code per HCP.', 'Full code'], ['DNR/DNI per MOLST.', 'DNR/DNI'],
];

export const teamworkKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedTeamworkKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(teamworkKeepCases(), find);

export function scoreTeamworkWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => teamworkWaveCases(seed)), find);
}
