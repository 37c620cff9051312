// A blind wave of telephone encounters and patient-portal messages: nurse triage phone notes, call-back notes,
// refill requests, portal messages written by patients and families themselves (informal, typos, lower case, little
// punctuation), after-hours answering service notes, appointment reminders and scheduling notes, e-mails forwarded
// into the chart, pharmacy call notes and school and work note requests, in mixed case, ALL CAPS and lower case.
// Identifiers are written as people write them: given names alone, nicknames ('my husband Bob'), 'Dr. K', 'Nurse
// Kathy', full names with a middle initial, names in sign-offs ('Thanks, Rosa'), relatives; phones in every informal
// form (dotted, run together, seven digits, spaced, with an extension, 'text 555-0199'); e-mail addresses, personal
// and patient-specific links; street addresses, apartments, towns and ZIP codes; dates in natural language ('next
// tuesday the 14th', 'on 3/4', 'the 3rd', 'since march', 'feb 2nd', 'the day after christmas', 'my birthday 4/12/58');
// ages over 89; member ids, MRNs, confirmation numbers, the last four of an SSN, plates and device serials. A list
// of look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreMessagesWave`.
// Decisions: a month alone is a date ('since march'), and so is a holiday that names a day ('the day after
// christmas'); in 'next tuesday the 14th' only '14th' is planted; a seven-digit local number and an extension are
// phones (digits only; a leading '(' or '+1 ' need not be covered); an e-mail address is planted whole, and so is a
// personal or patient-specific link (one that carries an id, an MRN or a token, or names the person), while portal
// boilerplate ('MyChart', 'Reply', 'Sent from my iPhone', 'Do not reply') is kept; a pharmacy's chain is kept but its
// street and town are planted, and a street named without a number is a place; an employer or a school is not an
// identifier by itself (kept: 'Home Depot', 'Stop & Shop') but a town in its name is planted ('Quincy High' gives
// 'Quincy'); a camera's file name ('IMG_4821.jpg') is kept, a file name that carries the patient's name has the name
// planted; a middle initial is not planted, a doctor's bare initial ('Dr. K') is; member ids, MRNs, confirmation
// numbers, the last four of an SSN, licence plates and CPAP serials are planted, a group number and a device's model
// are not (the model is not written as a part). Kept (look-alikes): drugs and doses, symptoms, times ('at 3pm',
// '1430'), durations, counts, vitals and glucose readings, weekdays alone, years alone, ages of 89 and under, states,
// countries, generic places ('the ER', 'urgent care', 'the pharmacy'), pharmacy chains and payers alone, employers,
// everyday words that are also names ('will', 'may', 'hope', 'grace', 'bill', 'mark'), eponyms and device makers.
// Measured before rules: 0.850 recall on seeds 5, 11, 23 (1729/2034), 0.844 on fresh seeds 41, 42, 43 (1716/2034);
// 4/72 look-alikes touched ("tuesday", "Friday": the engine redacts weekdays as issue 11 asks; "Brazil" after a place cue;
// "Stop & Shop").
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, ca, au, mx, br, it, vi, ng];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Grace', 'Will', 'May', 'Bill', 'Mark', 'Faith', 'Joy', 'June', 'Rose', 'Dawn', 'Frank', 'Drew', 'Art', 'Sue', 'Pat', 'Sandy', 'Summer', 'Ruby', 'Pearl', 'Hazel', 'Chase', 'Max', 'Jack', 'Sunny', 'Autumn', 'Crystal', 'Robin', 'Rusty', 'Buddy', 'Gay', 'Carol', 'Hunter'];
const WORD_SUR = ['Price', 'Hill', 'Long', 'Young', 'Wood', 'White', 'Bell', 'Cook', 'Stone', 'Hall', 'Little', 'Moody', 'Best', 'Walker', 'Baker', 'Banks', 'Lane', 'Rivers', 'Fox', 'King', 'Love', 'Sweet', 'Gold', 'Sharp', 'Holiday', 'Parish', 'Booth', 'Gill'];
/** Nicknames as families use them. */
const NICKS = ['Bob', 'Bobby', 'Bill', 'Billy', 'Liz', 'Lizzie', 'Kathy', 'Patty', 'Peggy', 'Mike', 'Mikey', 'Jim', 'Jimmy', 'Tony', 'Rosie', 'Manny', 'Chuy', 'Lupe', 'Gigi', 'Nonna', 'Bubba', 'Deb', 'Vinny', 'Sal', 'Dottie', 'Ned', 'Ginny', 'Teddy', 'Chris', 'Junior'];
/** Towns that are everyday words or given names. */
const WORD_TOWNS = ['Hope', 'Canton', 'Reading', 'Milton', 'Sharon', 'Beverly', 'Shirley', 'Warren', 'Orange', 'Concord', 'Lincoln', 'Franklin', 'Dover', 'Marion', 'Lawrence', 'Ware', 'Hull', 'Hudson', 'Mansfield', 'Easton', 'Revere', 'Holliston', 'Wayland', 'Hanover', 'Carver', 'Holbrook', 'Princeton', 'Berlin', 'Athens', 'Sterling'];
const REAL_TOWNS = ['Quincy', 'Dedham', 'Brockton', 'Lowell', 'Framingham', 'Malden', 'Chelsea', 'Lynn', 'Waltham', 'Braintree', 'Randolph', 'Dorchester', 'Roxbury', 'Mattapan', 'Southie', 'Eastie', 'Jamaica Plain', 'Hyde Park', 'Weymouth', 'Somerville', 'Everett', 'Woburn', 'Peabody', 'Methuen'];
const STATES = ['MA', 'NH', 'RI', 'CT', 'ME'];
const CHAINS = ['CVS', 'Walgreens', 'Rite Aid', 'Stop & Shop pharmacy', 'Walmart pharmacy', 'Costco pharmacy', 'the CVS', 'Target CVS'];
const EMPLOYERS = ['Home Depot', 'Stop & Shop', 'Dunkin', 'UPS', 'Amazon', 'Target', 'the post office', 'Market Basket', 'Walmart', 'the MBTA'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sept', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'Mon', 'Tues', 'Wed', 'Thurs', 'Fri'];
const HOLIDAYS = ['christmas', 'xmas', 'thanksgiving', 'easter', 'new years', 'halloween', 'memorial day', 'labor day', 'the 4th of july', 'christmas eve', "mother's day"];
const MAIL = ['gmail.com', 'yahoo.com', 'comcast.net', 'aol.com', 'hotmail.com', 'verizon.net', 'icloud.com', 'outlook.com'];
const PORTALS = ['mychart.bayviewhealth.org', 'portal.northshoremed.com', 'my.careconnect-ma.org', 'followmyhealth.southcoastmed.org', 'patient.harborpeds.com'];
const UPPER = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  protected override readonly capitals = UPPER;
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.surnameOf(WORD_SUR);
  }
  fakerSur(): string {
    return this.particleFreeSurname();
  }
  /** A nickname, or a given name. */
  nick(): string {
    return this.r() < 0.6 ? this.pick(NICKS) : this.given();
  }
  town(): string {
    const x = this.r();
    return x < 0.35 ? this.pick(WORD_TOWNS) : x < 0.7 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  /** A street name, often abbreviated and sometimes in lower case ('elm st'). */
  street(): string {
    const s = this.faker().location.street().replace(/\.$/, '');
    const short = this.r() < 0.6 ? s.replace(/ Street$/, ' St').replace(/ Avenue$/, ' Ave').replace(/ Road$/, ' Rd').replace(/ Drive$/, ' Dr') : s;
    return this.r() < 0.3 ? short.toLowerCase() : short;
  }
  streetAddress(): string {
    return `${this.int(2, 999)} ${this.street()}`;
  }
  apt(): string {
    return `${this.int(1, 30)}${this.pick(['', '', '', 'A', 'B', 'R', 'L'])}`;
  }
  zip(): string {
    return String(this.int(1001, 2790)).padStart(5, '0');
  }
  yy(): string {
    return pad2(this.int(0, 99));
  }
  phone(): readonly [string, string, string] {
    return [String(this.int(201, 989)), String(this.int(200, 999)), String(this.int(0, 9999)).padStart(4, '0')];
  }
  /** A ten-digit phone as people write it, and the part that must be covered (a leading '(' or '+1 ' need not be). */
  phoneForm(): readonly [string, string] {
    const [a, b, c] = this.phone();
    const k = this.int(0, 8);
    if (k === 0) return [`(${a})${b}-${c}`, `${a})${b}-${c}`];
    if (k === 1) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    if (k === 2) return [`+1 ${a}-${b}-${c}`, `${a}-${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a}${b}${c}`, `${a} ${b} ${c}`, `${a} ${b}-${c}`, `${a}-${b}${c}`]);
    return [f, f];
  }
  /** A seven-digit local number as people write it. */
  local(): string {
    const [, b, c] = this.phone();
    return this.pick([`${b}-${c}`, `${b} ${c}`, `${b}.${c}`, `${b}${c}`]);
  }
  /** A personal e-mail address made from a name. */
  email(g: string, s: string): string {
    const gl = asciiLetters(g) || 'pat';
    const sl = asciiLetters(s) || 'smith';
    const k = this.int(0, 4);
    const local = k === 0 ? `${gl}.${sl}` : k === 1 ? `${gl[0]}${sl}${this.yy()}` : k === 2 ? `${gl}${sl}${this.int(1, 999)}` : k === 3 ? `${gl}_${sl[0]}` : `${sl}${gl[0]}${this.int(50, 99)}`;
    return `${local}@${this.pick(MAIL)}`;
  }
  /** A patient-specific portal link. */
  portalUrl(): string {
    const host = this.pick(PORTALS);
    const k = this.int(0, 2);
    if (k === 0) return `https://${host}/results?mrn=${this.digitString(8)}&id=${this.digitString(6)}`;
    if (k === 1) return `https://${host}/visit/join/${this.letters(3).toLowerCase()}${this.digitString(4)}${this.letters(3).toLowerCase()}`;
    return `${host}/msg?pid=${this.digitString(7)}`;
  }
  /** A licence plate. */
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.int(1, 9)}${this.letters(2)}${this.digitString(2)}`;
    if (k === 1) return `${this.letters(3)} ${this.digitString(3)}`;
    return `${this.digitString(3)}-${this.letters(3)}`;
  }
  /** A confirmation number. */
  conf(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${this.digitString(5)}` : this.digitString(this.int(6, 9));
  }
  memberId(): string {
    return `${this.pick(['XJH', 'ZBW', 'MAQ', 'W', 'H', 'NHP'])}${this.digitString(9)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // callers, relatives and staff
  ["daughter called from her cell", (d) => { const g = d.given(); const [f, p] = d.phoneForm(); return [`Pt's daughter ${g} called from her cell ${f} re: fever since ${d.pick(WEEKDAYS)}.`, [g, p]]; }],
  ['husband nickname (portal)', (d) => { const n = d.nick(); return [`my husband ${n} says i was talking funny last night, should i come in`, [n]]; }],
  ['husband nickname with phone', (d) => { const n = d.nick(); const [f, p] = d.phoneForm(); return [`my ${d.pick(['husband', 'boyfriend', 'son', 'brother'])} ${n} can drive me, his # is ${f}`, [n, p]]; }],
  ['spoke with wife', (d) => { const g = d.given(); return [`Spoke w/ pt's wife ${g} who states he has been dizzy x2 days, no falls.`, [g]]; }],
  ['grandson on behalf', (d) => { const g = d.given(); return [`Grandson ${g} called on behalf of pt, HIPAA release on file.`, [g]]; }],
  ['son full name lives in town', (d) => { const g = d.given(); const s = d.sur(); const t = d.town(); return [`my son ${g} ${s} lives in ${t} and he can bring me on the bus`, [g, s, t]]; }],
  ['caller full name with middle initial', (d) => { const g = d.given(); const s = d.sur(); const [m, dd] = d.md(); const dob = `${m}/${dd}/${d.yy()}`; return [`Caller: ${g} ${d.pick([...UPPER])}. ${s} (self), DOB ${dob}`, [g, s, dob]]; }],
  ['triage RN signature', (d) => { const g = d.given(); const s = d.sur(); return [`${g} ${s}, RN\nTelephone Triage`, [g, s]]; }],
  ['per Nurse first name', (d) => { const g = d.nick(); return [`Per Nurse ${g}, ok to take tylenol 650 q6h prn.`, [g]]; }],
  ['Dr. initial', (d) => { const i = d.pick(['K', 'Z', 'J', 'V', 'Q', 'X']); return [`Can Dr. ${i} call me about the ${d.pick(['new pills', 'blood test', 'rash', 'cough', 'MRI', 'heart monitor', 'pain meds'])}`, [i]]; }],
  ['dr surname lower (portal)', (d) => { const s = d.sur(); return [`hi dr ${s.toLowerCase()} i still have the cough and now my ear hurts too, can u call something in`, [s.toLowerCase()]]; }],
  ['thanks signature', (d) => { const g = d.given(); return [`ok that works, see you then. Thanks, ${g}`, [g]]; }],
  ['dash nickname sign-off', (d) => { const n = d.nick(); return [`got the letter thank u so much!!\n- ${n}`, [n]]; }],
  ['portal message full name lower', (d) => { const g = d.given(); const s = d.sur(); const k = d.int(0, 11); return [`hey its ${g} ${s} again, the rash is worse since ${MONTHS[k]!.toLowerCase()} and the cream isnt working`, [g, s, MONTHS[k]!.toLowerCase()]]; }],
  ['outside doctor at town urgent care', (d) => { const s = d.sur(); const t = d.town(); return [`i saw dr ${s} at ${t} urgent care on ${d.pick(WEEKDAYS)} and they said its bronchitis`, [s, t]]; }],
  // phones, e-mail and links
  ['call back LVM', (d) => { const [f, p] = d.phoneForm(); const g = d.given(); return [`Called pt back at ${f}, no answer, LVM to call the nurse line. -${g} RN`, [p, g]]; }],
  ['call me at local number', (d) => { const l = d.local(); return [`pls call me at ${l} after 5`, [l]]; }],
  ['cell with ext', (d) => { const [a, b, c] = d.phone(); const e = d.digitString(d.int(1, 3)); return [`my cell is ${a} ${b} ${c} ext ${e}`, [`${a} ${b} ${c}`, e]]; }],
  ['text me', (d) => { const l = d.local(); return [`you can text ${l} anytime, i dont pick up unknown numbers`, [l]]; }],
  ['work number ask for', (d) => { const [f, p] = d.phoneForm(); const g = d.given(); return [`work # ${f}, ask for ${g}`, [p, g]]; }],
  ['email me', (d) => { const e = d.email(d.given(), d.sur()); return [`or email me at ${e} thats easier`, [e]]; }],
  ['forwarded email header', (d) => {
    const g = d.given(); const s = d.sur(); const e = d.email(d.given(), d.sur()); const g2 = d.given(); const e2 = d.email(g2, d.sur()); const date = `${d.pick(MONTHS)} ${d.int(1, 28)}, ${d.int(2019, 2026)}`;
    return [`---------- Forwarded message ---------\nFrom: ${g} ${s} <${e}>\nDate: ${d.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${date} at ${d.int(1, 11)}:${pad2(d.int(0, 59))} PM\nSubject: my dad\nTo: <${e2}>`, [g, s, e, date, e2]];
  }],
  ['portal results link', (d) => { const u = d.portalUrl(); return [`Your results are ready. View them here: ${u}`, [u]]; }],
  ['personal site', (d) => { const g = asciiLetters(d.given()) || 'pat'; const u = `www.${g}s${d.pick(['journey', 'recovery', 'strong'])}.com`; return [`i've been tracking my sugars on my blog ${u} if u want to look`, [u]]; }],
  ['photo named with patient name', (d) => { const g = asciiLetters(d.given()) || 'pat'; const s = asciiLetters(d.sur()) || 'smith'; return [`Attachment: ${g}_${s}_rash.jpg (2.1 MB)`, [g, s]]; }],
  // places
  ["staying at sister's in town", (d) => { const t = d.town(); return [`i'm staying at my sister's in ${t} this week so call my cell not the house`, [t]]; }],
  ['moved to address apt', (d) => { const a = d.streetAddress(); const apt = d.apt(); return [`i moved to ${a} apt ${apt} pls update my address`, [a, apt]]; }],
  ['new address with ZIP', (d) => { const a = d.streetAddress(); const t = d.town(); const z = d.zip(); return [`new address is ${a}, ${t} ${d.pick(STATES)} ${z}`, [a, t, z]]; }],
  ['refill to pharmacy on street in town', (d) => { const s = d.street(); const t = d.town(); return [`refill request: lisinopril 20mg #90, send to ${d.pick(CHAINS)} on ${s} in ${t}`, [s, t]]; }],
  ['pharmacist called from chain in town', (d) => { const g = d.given(); const t = d.town(); const [f, p] = d.phoneForm(); return [`Pharmacist ${g} from ${d.pick(['CVS', 'Walgreens', 'Rite Aid'])} ${t} called re: interaction, ph ${f}.`, [g, t, p]]; }],
  ['pharmacy at the corner of', (d) => { const s = d.street(); const s2 = d.street(); return [`the ${d.pick(['CVS', 'Walgreens'])} at the corner of ${s} and ${s2} is out of it`, [s, s2]]; }],
  ['lab in town on street', (d) => { const t = d.town(); const s = d.street(); return [`i did the bloodwork at the ${t} lab on ${s} yesterday`, [t, s]]; }],
  // dates
  ['next weekday the ordinal', (d) => { const o = ordinal(d.int(1, 31)); return [`Rescheduled to next ${d.pick(WEEKDAYS)} the ${o} per pt request.`, [o]]; }],
  ['on m/d', (d) => { const [m, dd] = d.md(); return [`pt can't come on ${m}/${dd}, wants a morning slot`, [`${m}/${dd}`]]; }],
  ['the ordinal alone', (d) => { const o = ordinal(d.int(1, 31)); return [`i have the ${d.pick(['follow up', 'ultrasound', 'physical', 'blood work', 'colonoscopy'])} on the ${o} right?`, [o]]; }],
  ['mon ordinal lower', (d) => { const s = `${d.pick(MON)} ${ordinal(d.int(1, 31))}`; return [`been taking it since ${s} and still no change`, [s]]; }],
  ['day after holiday', (d) => { const h = d.pick(HOLIDAYS); return [`i fell ${d.pick(['the day after', 'right before', 'on', 'a few days before'])} ${h} and my ${d.pick(['wrist', 'knee', 'hip', 'back'])} still hurts`, [h.replace(/^the /, '')]]; }],
  ['my birthday', (d) => { const [m, dd] = d.md(); const b = `${m}/${dd}/${d.yy()}`; return [`my birthday ${b} in case u need it`, [b]]; }],
  ['identity verified DOB', (d) => { const [m, dd] = d.md(); const b = `${pad2(m)}-${pad2(dd)}-${d.int(1930, 2010)}`; return [`Identity verified w/ name and DOB ${b}.`, [b]]; }],
  ['appointment reminder', (d) => {
    const s = d.sur(); const [m, dd] = d.md(); const a = d.streetAddress(); const t = d.town(); const c = d.conf();
    return [`Reminder: appt with Dr. ${s} on ${d.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${m}/${dd} at 10:30 AM, ${a}, ${t}. Conf# ${c}. Reply C to confirm.`, [s, `${m}/${dd}`, a, t, c]];
  }],
  ['work note range', (d) => { const g = d.given(); const [m, dd] = d.md(); const [m2, d2] = d.md(); return [`work note for ${g}: excused from work at ${d.pick(EMPLOYERS)} ${m}/${dd} through ${m2}/${d2}`, [g, `${m}/${dd}`, `${m2}/${d2}`]]; }],
  ['school note with town school', (d) => {
    const g = d.given(); const t = d.town(); const [m, dd] = d.md(); const r = `${m}/${dd}-${m}/${dd + d.int(1, 3)}`;
    return [`need a note for school for ${g}, he goes to ${t} ${d.pick(['High', 'Middle School', 'Elementary', 'Public Schools'])}, out ${r}`, [g, t, r]];
  }],
  // ages
  ['my mom is over 89', (d) => { const n = String(d.int(90, 104)); const g = d.given(); return [`hi this is ${g}, my mom is ${n} and needs her refills before the weekend`, [g, n]]; }],
  ['over 89 triage', (d) => { const n = String(d.int(90, 103)); return [`${n} ${d.pick(['y/o', 'yo', 'yr old', 'year old'])} ${d.pick(['F', 'M'])}, ${d.pick(['dtr', 'son', 'caregiver', 'niece'])} reports new confusion since this am, no fever.`, [n]]; }],
  ['turned over 89', (d) => { const n = String(d.int(90, 101)); return [`${d.pick(['dad', 'my father', 'grandma', 'my aunt', 'mom'])} just turned ${n} last week and wont use the walker`, [n]]; }],
  // numbers
  ['insurance member id', (d) => { const id = d.memberId(); return [`got my new insurance card, member id ${id}`, [id]]; }],
  ['mrn quoted', (d) => { const n = d.digitString(d.int(7, 9)); return [`my mrn is ${n} if that helps`, [n]]; }],
  ['confirmation number', (d) => { const c = d.conf(); return [`Your confirmation number is ${c}.`, [c]]; }],
  ['SSN last 4', (d) => { const n = d.digitString(4); return [`Verified pt identity w/ last 4 of SSN ${n}.`, [n]]; }],
  ['parking permit plate', (d) => { const p = d.plate(); return [`Parking permit issued for plate ${p} (${d.pick(['silver', 'blue', 'black', 'red'])} Honda).`, [p]]; }],
  ['CPAP serial', (d) => { const n = d.r() < 0.5 ? d.digitString(11) : `${d.letters(2)}${d.digitString(8)}`; return [`my cpap stopped working, its a ResMed AirSense serial # ${n}`, [n]]; }],
  ['fax to school nurse', (d) => { const [f, p] = d.phoneForm(); return [`can u fax it to the school nurse at ${f}`, [p]]; }],
  // mini-notes
  ['telephone encounter mini-note', (d) => {
    const [m, dd] = d.md(); const g = d.given(); const s = d.sur(); const n = d.nick(); const [f, p] = d.phoneForm(); const g2 = d.given(); const s2 = d.sur();
    return [`TELEPHONE ENCOUNTER ${m}/${dd} 14:${pad2(d.int(0, 59))}\nCaller: ${g} ${s} (dtr)\nPt's husband ${n} reports BP 168/94 at home, HA x1 day.\nAdvised to go to the ER if worse. CB ${f}.\n${g2} ${s2}, RN`, [`${m}/${dd}`, g, s, n, p, g2, s2]];
  }],
  ['answering service mini-note', (d) => {
    const [m, dd] = d.md(); const g = d.given(); const s = d.sur(); const g2 = d.given(); const [a, b, c] = d.phone(); const t = d.town(); const doc = d.sur();
    return [`ANSWERING SERVICE MSG ${m}/${dd} 02:${pad2(d.int(0, 59))}\nCaller: ${g} ${s} re: mother ${g2}\ncb ${a}${b}${c}, calling from ${t}\nmsg: vomiting since dinner. On call: Dr. ${doc} paged.`, [`${m}/${dd}`, g, s, g2, `${a}${b}${c}`, t, doc]];
  }],
  ['portal thread mini-note', (d) => {
    const g = d.given(); const s = d.sur(); const [m, dd] = d.md(); const y = d.int(2020, 2026); const doc = d.sur(); const l = d.local(); const g2 = d.given();
    return [`RE: refill\n----- Original Message -----\nFrom: ${g} ${s}\nSent: ${m}/${dd}/${y} 9:14 PM\nTo: Dr. ${doc}\nhi i am almost out of my metformin, can u send more. call ${l} if any ?\nSent from my iPhone\n\nRefill sent. -${g2}`, [g, s, `${m}/${dd}/${y}`, doc, l, g2]];
  }],
  ['scheduling mini-note', (d) => {
    const g = d.given(); const s = d.sur(); const o = ordinal(d.int(1, 31)); const e = d.email(d.given(), d.sur()); const u = d.portalUrl(); const c = d.conf();
    return [`Sched: pt ${g} ${s} moved to the ${o}, 9:40 AM. Confirmation ${c} e-mailed to ${e}; check-in link ${u}`, [g, s, o, c, e, u]];
  }],
];

/** The names of the wave's frames. */
export const messagesFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function messagesWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 89, rounds);
}

/** Look-alikes in telephone and portal style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // drugs, doses, counts, eponyms, devices
  ['can i take tylenol with this', 'tylenol'], ['Tylenol 650 q6h prn', 'Tylenol'], ['lisinopril 10mg daily', 'lisinopril'], ['lisinopril 10mg daily', '10mg'],
  ['metformin 500 bid', 'metformin'], ['ibuprofen 800 makes my stomach hurt', 'ibuprofen'], ['took 2 tabs last night', '2 tabs'], ['zofran 4mg ODT', 'zofran'],
  ['the flonase isnt helping', 'flonase'], ['amoxicillin 875 bid x10 days', 'amoxicillin'], ['need more test strips and lancets', 'lancets'], ['Foley came out at home', 'Foley'],
  ["they said it might be Bell's palsy", 'Bell'], ['my ResMed mask is leaking', 'ResMed'], ['cpap pressure feels too high', 'cpap'], ['the Eliquis is too expensive', 'Eliquis'],
  ['Ozempic 0.5 weekly', 'Ozempic'], ['albuterol inhaler 2 puffs', '2 puffs'],
  // symptoms, readings, times, durations
  ['bs 250 this morning', 'bs 250'], ['BP 140/90 at home', '140/90'], ['temp 101.3 last night', '101.3'], ['a1c was 7.2', '7.2'], ['o2 sat 94% on the finger thing', '94%'],
  ['weight up to 182 lbs', '182 lbs'], ['headache for 3 days', 'for 3 days'], ['cough x2 weeks', 'x2 weeks'], ['call back at 3pm', '3pm'], ['pt called at 1430', '1430'],
  ['appt at 10:30 AM', '10:30 AM'], ['took it around 9 pm', '9 pm'], ['pain 7/10', '7/10'], ['sore throat and runny nose', 'sore throat'], ['shortness of breath on stairs', 'shortness of breath'],
  // weekdays, years, ages, states, countries
  ['can i come in tuesday', 'tuesday'], ['clinic closed on Friday', 'Friday'], ['had this since 2019', '2019'], ['my dad is 84 and lives alone', '84'], ['89 y/o M', '89'],
  ['we are in Florida for the winter', 'Florida'], ['visiting family in Brazil', 'Brazil'], ['pt moved from NH', 'NH'], ['got sick in Mexico', 'Mexico'],
  // generic places, chains, payers, employers
  ['went to the ER last night', 'the ER'], ['go to urgent care if worse', 'urgent care'], ['the pharmacy says they never got it', 'the pharmacy'], ['send it to CVS', 'CVS'],
  ['Walgreens is out of stock', 'Walgreens'], ['Rite Aid closed', 'Rite Aid'], ['ask at the front desk', 'the front desk'], ['Medicare wont cover it', 'Medicare'],
  ['Blue Cross denied the MRI', 'Blue Cross'], ['i work at Home Depot and need a note', 'Home Depot'], ['my job at Stop & Shop', 'Stop & Shop'], ['call 911 if chest pain', '911'],
  // portal boilerplate
  ['Reply', 'Reply'], ['Sent from my iPhone', 'iPhone'], ['Do not reply to this message.', 'Do not reply'], ['log into MyChart to view', 'MyChart'],
  ['Press 1 for the nurse line', 'Press 1'], ['Attachment: IMG_4821.jpg of my rash', 'IMG_4821.jpg'],
  // everyday words that are also names
  ['will call back tomorrow', 'will'], ['you may take it with food', 'may'], ['hope this helps', 'hope'], ['is there a grace period', 'grace'],
  ['question about my bill', 'bill'], ['billing dept number', 'billing'], ['pls mark as urgent', 'mark'], ['keep the faith', 'faith'], ['i hope so', 'hope so'], ['i got a new walker', 'walker'],
  ['feeling a little better', 'little'], ['no fever, just a cold', 'cold'],
];

export const messagesKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedMessagesKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(messagesKeepCases(), find);

export function scoreMessagesWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => messagesWaveCases(seed)), find);
}
