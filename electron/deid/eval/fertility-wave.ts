// A blind wave of reproductive endocrinology and fertility clinic records: couples' and partners' intake (both
// partners listed as 'SURNAME, Given' with their dates of birth and MRNs, addresses, referring obstetricians, family
// histories, reciprocal IVF for two mothers, emergency contacts and portal proxies, international intended parents from
// China and Israel with their names in Hanzi or Hebrew script, passports and WeChat ids, outside IVF records from
// hospitals in Israel with the Teudat Zehut number), cycle day logs (LMP dates,
// stimulation calendars, monitoring rows with the nurse's initials, trigger calls, retrieval and transfer dates, frozen
// transfer calendars, IUI logs, cancelled cycles, holiday closures, texts from the nurse), embryology lab records
// (report headers, fertilization checks and thaws with the embryologist's and the witness's initials, embryo id tables,
// straw and cane labels with the patients' names, cryo storage accounts, PGT sample sheets, incubator and dewar serial
// numbers, embryos shipped between clinics with the dry shipper's serial and the courier's tracking), donor egg and
// sperm bank records (donor numbers at national and local banks, bank towns, vial and lot numbers, egg donor agencies
// and their profile URLs, known donors and FDA eligibility dates), gestational carrier agreements (the parties, the
// carrier's address, attorneys and their firms, surrogacy agencies and case managers, medical and psychological
// clearance, pre-birth orders with court case numbers, escrow accounts, the carrier's spouse), semen analysis reports
// (accession numbers, collection dates, reviewers, home collection chain of custody, sperm banking before
// chemotherapy), consent forms (signature blocks, disposition initials, notaries with commission numbers, ID checks
// with driver's licenses and passports, e-signatures with envelope ids and IP addresses), specialty pharmacy shipping
// of injectables (Rx numbers, tracking numbers of UPS, FedEx and USPS, prior authorizations, cold-chain lot numbers),
// insurance and financing (member and group ids, fertility benefit authorizations, loans with the co-borrower's SSN,
// claims, statements with payment URLs), pregnancy tests and early ultrasounds with due dates, graduation letters to
// obstetricians and referrals to maternal-fetal medicine practices (with NPIs, faxes and e-mails), portal audits and
// escorts' vehicle plates, in mixed case, ALL CAPS and lower case. Dates are written every way ('03/04/2024', '3/4/24',
// '4 March 2024', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2024', 'Christmas Eve'); ages over 89, phones, faxes,
// e-mails, URLs and IP addresses are planted. Given names and surnames are often everyday words (Hope, Joy, Miracle,
// Destiny, Rocky, Will, Stone, Hill, Stork, Bloom, Carrier, Child, Tal, Gil, Ilan, Milagros, Esperanza); towns are
// often everyday words (Liberty, Union, Hope, Fertile, Bountiful, Eden, Normal, Welcome, Temple, Spring). A list of
// look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreFertilityWave`.
// Decisions: every word of a person's name is planted as its own part (given names, a second given name, each of two
// Spanish surnames, a Chinese English name, each Hanzi or Hebrew-script word), a hyphenated surname ('Ben-David') is one
// part; a middle initial, a title ('Dr.', 'Mr.', 'Ms.') and a credential ('MD', 'RN', 'ELD', 'TS(ABB)', 'HCLD', 'Esq.',
// 'PhD', 'LCSW', 'NP') are not planted; an embryologist's, a witness's, a nurse's and a signer's initials are planted;
// relations and roles without a name ('husband', 'intended father', 'the carrier', 'the donor', 'the embryologist')
// and ages of 89 and under are kept; cycle days and embryo days ('CD 12', 'day 3', 'D5', 'day 21 progesterone'),
// embryo grades ('4AA'), embryo ordinals ('embryo #2'), straw counts, follicle sizes, lab values, cryo tank, canister,
// cane and goblet positions ('Tank 4', 'canister B', 'cane 12') are kept; a lab-assigned embryo id, a PGT sample id and
// requisition, a cryo storage account, an incubator's, a dewar's and a dry shipper's serial, a donor number (the
// number only, without 'Donor #' or a bank's prefix written apart, but with 'ED' when written joined), a vial or lot
// number, an order, Rx, prior authorization, member, group, authorization, loan, claim, account, escrow, accession,
// court case, notary commission, NPI, driver's license, passport, Teudat Zehut, WeChat id, e-signature envelope id and tracking
// number, an SSN and a vehicle plate are planted whole; a national sperm or egg bank, a national specialty pharmacy,
// lender, fertility benefit manager, reference lab, courier and body named alone ('California Cryobank', 'Xytex',
// 'Donor Egg Bank USA', 'Freedom Fertility Pharmacy', 'Progyny', 'Future Family', 'Quest Diagnostics', 'CooperGenomics',
// 'CryoPort', 'FedEx', 'SART', 'ASRM', 'FDA') is kept, while a local fertility clinic, cryobank, egg donor or surrogacy
// agency, compounding pharmacy, andrology lab, donor center, escrow company, hospital at home or in Israel, maternal-fetal
// medicine practice, obstetric
// practice, employer and law firm are planted whole with their kind words ('Liberty Fertility Center', 'Fertile
// Cryobank', 'Perinatal Associates of Eden', 'Stone & Hill Reproductive Law'); a town and a city abroad (Shanghai, Haifa)
// are planted, a state, a country
// and a county's word 'County' are kept (a county is planted as its name); a street address is planted from its
// number to its street type; a ZIP is planted; a weekday naming one day is planted, a standing schedule ('Monday
// through Saturday') is kept; a month with a year, 'the 14th', 'Mar 4', '3/4' and a holiday that fixes a day are
// planted; LMP, retrieval, transfer, beta, due (EDD), collection, signature and statement dates are planted, years
// alone, times and durations (abstinence, hours post-trigger, gestational ages such as '6w4d') are kept; a phone's
// leading '(' need not be covered; e-mails and URLs are planted whole; ages over 89 are planted as their number.
// Kept (look-alikes): eponyms (Asherman, Kallmann, Müllerian, Graafian, Fallopian, Sertoli, Kruger, Gardner, Doppler,
// Pfannenstiel, Turner, Klinefelter), drugs and brands (Gonal-f, Follistim AQ, Menopur, Cetrotide, Ovidrel, Lupron,
// Crinone, Endometrin, PIO), devices and lab brands (EmbryoScope+, Cryotop, Wallace catheter, MVE dewar, CBS straws),
// procedures (ICSI, PGT-A, FET, IUI, micro-TESE, HSG, ERA, assisted hatching), scores and values (AMH, AFC, BMI, beta
// values, TMC, Kruger %, grades), cycle days, codes (CPT 58970, 89258, Z31.83, N97.9, S4015), national bodies and
// standards (SART, ASRM, FDA, 21 CFR 1271, WHO 2021, AATB, CAP), national banks, pharmacies, lenders and benefit
// managers, generic places (the embryology lab, the andrology lab, the cryo room), relations and roles without names,
// ages of 89 and under, years alone, counts, durations and everyday words that are also names or towns (hope, joy,
// miracle, union, stone, will).
// Measured before rules: 0.836 recall on seeds 5, 11, 23 (5106/6110), 0.833 on fresh seeds 41, 42, 43 (5101/6126); 7/154
// look-alikes touched ("Gardner", "Turner", "Pouch of Douglas", "Geri", "Igenomix", "satellite monitoring office",
// "Monday through Saturday") (engine at 034a3eb).
import { faker as he } from '@faker-js/faker/locale/he';
import { faker as inn } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as zh } from '@faker-js/faker/locale/zh_CN';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

/** Every faker the wave seeds; the draws pick Latin-script names from the first ones only. */
const FAKERS = [us, us, us, us, us, inn, mx, he, zh];
const LATIN_FAKERS = [us, us, us, us, us, inn, mx];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Charity', 'Dawn', 'Summer', 'Autumn', 'April', 'June', 'Crystal', 'Amber', 'Ruby', 'Pearl', 'Ivy', 'Holly', 'Heather', 'Rose', 'Daisy', 'Miracle', 'Destiny', 'Harmony', 'Blessing', 'Journey', 'Rocky', 'Bill', 'Will', 'Mark', 'Chase', 'Hunter', 'Skip', 'Buddy', 'Dusty', 'Sunny', 'Misty', 'Star', 'Precious', 'Ginger', 'Honey', 'Penny', 'Robin', 'Drew', 'Cliff', 'Dale', 'Glen'];
const WORD_SUR = ['Stone', 'Hill', 'Price', 'Cook', 'Baker', 'Fox', 'Wolf', 'Rivers', 'Brooks', 'Wells', 'Banks', 'Lane', 'Church', 'King', 'Bishop', 'Mason', 'Porter', 'Fisher', 'Gardner', 'Shepherd', 'Cash', 'Bond', 'Rich', 'Young', 'Strong', 'Wise', 'Snow', 'Frost', 'Winter', 'Knight', 'Page', 'Love', 'Friend', 'Noble', 'Sweet', 'Child', 'Carrier', 'Stork', 'Bloom', 'Berry', 'Bell', 'Hart', 'Small', 'Little', 'Long', 'Early', 'Swift', 'Golden', 'Wood', 'Field', 'Marsh', 'Fortune', 'Nurse'];
/** Names of intended parents and patients from Mexico, India, Israel and China (transliterated), everyday words first. */
const ES_GIVEN = ['Esperanza', 'Luz', 'Consuelo', 'Dolores', 'Socorro', 'Milagros', 'Paloma', 'Estrella', 'Cielo', 'Reina', 'Jesús', 'Ángel', 'Santos', 'Guadalupe', 'Marisol', 'Yesenia'];
const ES_SUR = ['Flores', 'Campos', 'Ramos', 'Cruz', 'Luna', 'Vega', 'Ríos', 'Montes', 'Toro', 'Delgado', 'Moreno', 'Blanco', 'León', 'Guerra', 'Fuentes', 'Sierra', 'Peña', 'Hernández', 'García', 'López', 'Martínez'];
const IN_GIVEN = ['Priya', 'Anjali', 'Deepa', 'Lakshmi', 'Pooja', 'Kavya', 'Asha', 'Sita', 'Rahul', 'Arjun', 'Vikram', 'Sanjay', 'Suresh', 'Kiran', 'Ravi', 'Anand'];
const IN_SUR = ['Patel', 'Shah', 'Sharma', 'Reddy', 'Iyer', 'Nair', 'Menon', 'Gupta', 'Desai', 'Joshi', 'Rao', 'Kapoor', 'Malhotra', 'Bhatt', 'Chandra', 'Pillai'];
const HE_GIVEN = ['Noa', 'Tamar', 'Shira', 'Yael', 'Maayan', 'Liat', 'Orly', 'Dafna', 'Ayelet', 'Hadar', 'Tal', 'Gil', 'Shai', 'Oren', 'Ilan', 'Eitan', 'Yossi', 'Avi', 'Omer', 'Ariel', 'Yonatan', 'Moran', 'Sivan', 'Keren', 'Nir', 'Dror', 'Ziv', 'Amit'];
const HE_SUR = ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman', 'Katz', 'Dahan', 'Ben-David', 'Shapiro', 'Segal', 'Golan', 'Azoulay', 'Ohana', 'Ben-Ami', 'Avraham', 'Malka', 'Amsalem', 'Shalom', 'Tzur', 'Barak', 'Sharon', 'Carmel', 'Oz', 'Shemesh', 'Yosef'];
const ZH_SUR = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Guo', 'He', 'Lin', 'Gao', 'Luo', 'Song', 'Zheng', 'Liang', 'Xie', 'Tang', 'Han', 'Feng', 'Deng', 'Long', 'Fang'];
const ZH_GIVEN = ['Wei', 'Jing', 'Ming', 'Hua', 'Mei', 'Lei', 'Fang', 'Xin', 'Yan', 'Ping', 'Jun', 'Xiaoming', 'Meiling', 'Yuhang', 'Zihan', 'Haoran', 'Yuxuan', 'Qiang', 'Lili', 'Jie', 'Hong', 'Tao', 'Ning', 'Rui', 'Xiaoyan'];
/** Pinyin with Hanzi, and transliterations with Hebrew script, for intended parents whose passports carry both. */
const ZH_SUR_HANZI: readonly (readonly [string, string])[] = [['Wang', '王'], ['Li', '李'], ['Zhang', '张'], ['Liu', '刘'], ['Chen', '陈'], ['Yang', '杨'], ['Huang', '黄'], ['Zhao', '赵'], ['Wu', '吴'], ['Zhou', '周'], ['Xu', '徐'], ['Sun', '孙'], ['Ma', '马'], ['Zhu', '朱'], ['Guo', '郭'], ['He', '何'], ['Lin', '林'], ['Gao', '高'], ['Luo', '罗'], ['Song', '宋'], ['Zheng', '郑'], ['Liang', '梁'], ['Xie', '谢'], ['Tang', '唐'], ['Han', '韩'], ['Feng', '冯'], ['Deng', '邓'], ['Long', '龙'], ['Fang', '方']];
const ZH_GIVEN_HANZI: readonly (readonly [string, string])[] = [['Wei', '伟'], ['Jing', '静'], ['Ming', '明'], ['Hua', '华'], ['Mei', '梅'], ['Lei', '磊'], ['Fang', '芳'], ['Xin', '欣'], ['Yan', '燕'], ['Ping', '平'], ['Jun', '军'], ['Xiaoming', '晓明'], ['Meiling', '美玲'], ['Yuhang', '宇航'], ['Zihan', '子涵'], ['Haoran', '浩然'], ['Yuxuan', '雨轩'], ['Qiang', '强'], ['Lili', '丽丽'], ['Jie', '杰'], ['Hong', '红'], ['Tao', '涛'], ['Ning', '宁'], ['Rui', '瑞'], ['Xiaoyan', '晓燕']];
const HE_GIVEN_SCRIPT: readonly (readonly [string, string])[] = [['Noa', 'נועה'], ['Tamar', 'תמר'], ['Shira', 'שירה'], ['Yael', 'יעל'], ['Tal', 'טל'], ['Gil', 'גיל'], ['Oren', 'אורן'], ['Ilan', 'אילן'], ['Avi', 'אבי'], ['Ariel', 'אריאל'], ['Yonatan', 'יונתן'], ['Keren', 'קרן'], ['Liat', 'ליאת'], ['Dafna', 'דפנה'], ['Hadar', 'הדר'], ['Shai', 'שי'], ['Eitan', 'איתן'], ['Moran', 'מורן']];
const HE_SUR_SCRIPT: readonly (readonly [string, string])[] = [['Cohen', 'כהן'], ['Levi', 'לוי'], ['Mizrahi', 'מזרחי'], ['Peretz', 'פרץ'], ['Biton', 'ביטון'], ['Katz', 'כץ'], ['Golan', 'גולן'], ['Shapiro', 'שפירא'], ['Segal', 'סגל'], ['Dahan', 'דהן'], ['Barak', 'ברק'], ['Shalom', 'שלום'], ['Avraham', 'אברהם'], ['Malka', 'מלכה'], ['Ohana', 'אוחנה'], ['Friedman', 'פרידמן']];
/** Hospitals in Israel whose records intended parents bring (planted). */
const IL_HOSPITALS = ['Sheba Medical Center', 'Hadassah Ein Kerem', 'Rambam Health Care Campus', 'Ichilov Hospital', 'Soroka Medical Center', 'Meir Medical Center', 'Assuta Ramat HaHayal'];
/** Relations of a known sperm donor to the recipient. */
const DONOR_RELATIONS = ['brother-in-law', 'friend', 'cousin', "partner's brother", "wife's brother", 'college friend'];
/** Cities in China and Israel that intended parents come from (planted). */
const ZH_CITIES = ['Shanghai', 'Beijing', 'Shenzhen', 'Guangzhou', 'Hangzhou', 'Chengdu', 'Wuhan', 'Nanjing', 'Xiamen', 'Suzhou'];
const IL_CITIES = ['Tel Aviv', 'Haifa', "Ra'anana", 'Herzliya', 'Modiin', 'Petah Tikva', 'Rehovot', "Be'er Sheva", 'Netanya', 'Kfar Saba'];
const ZH_ENGLISH = ['Kevin', 'Amy', 'Grace', 'Jack', 'Sunny', 'Lucky', 'Cherry', 'Apple', 'Candy', 'Coco', 'Tiger', 'Echo', 'Winter', 'Vivian', 'Eric'];

/** Towns that are everyday words, and towns with fertility practices. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Commerce', 'Concord', 'Independence', 'Garden City', 'Midway', 'Friendship', 'Fairview', 'Eden', 'Normal', 'Paradise', 'Welcome', 'Harmony', 'Reading', 'Orange', 'Unity', 'Golden', 'Sandy', 'Bountiful', 'Fertile', 'Temple', 'Spring', 'Mission', 'Cherry Hill', 'Round Rock', 'Sugar Land', 'Friendswood', 'Carmel'];
const REAL_TOWNS = ['Scottsdale', 'Plano', 'Frisco', 'Englewood', 'Lone Tree', 'Rockville', 'Towson', 'Livingston', 'Basking Ridge', 'Morristown', 'Greenwich', 'Stamford', 'Newton', 'Wellesley', 'Lexington', 'Bethesda', 'Reston', 'Walnut Creek', 'Los Gatos', 'Encino', 'Boca Raton', 'Naperville', 'Hinsdale', 'Schaumburg', 'Troy', 'Novi', 'Edina', 'Bellevue', 'Kirkland', 'Lake Oswego', 'Alpharetta', 'Marietta', 'Tempe', 'Chandler', 'Ogden', 'Provo'];
const STATES = ['NJ', 'NY', 'CT', 'MA', 'MD', 'VA', 'TX', 'CA', 'IL', 'MI', 'MN', 'WA', 'CO', 'AZ', 'UT', 'FL', 'GA', 'New Jersey', 'Texas', 'California'];
const COUNTY_WORDS = ['Bergen', 'Morris', 'Fairfax', 'Montgomery', 'Cook', 'DuPage', 'Maricopa', 'Harris', 'Travis', 'Collin', 'King', 'Hennepin', 'Oakland', 'Fulton', 'Orange', 'Union', 'Essex', 'Middlesex', 'Salt Lake', 'Utah'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Lincoln', 'Washington', 'Central', 'Lake', 'River', 'Park', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Sycamore', 'Jefferson', 'Grand', 'Broadway', 'Mill', 'Church', 'Prospect', 'Willow', 'Magnolia', 'Cradle Rock', 'Meadow', 'Orchard', 'Birch', 'Stork'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Ter', 'Pl', 'Pkwy', 'Cir'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Luke', 'Elizabeth', 'Michael', 'Vincent', 'Agnes', 'Catherine'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', "Women's Hospital", 'Community Hospital'];
/** Words that name local practices, agencies and stores. */
const BRAND_WORDS = ['Bloom', 'Blossom', 'Cradle', 'Little Miracles', 'New Beginnings', 'Open Arms', 'Tiny Steps', 'Harbor', 'Northstar', 'Lighthouse', 'Cornerstone', 'Willow', 'Acorn', 'Nest', 'Sunrise', 'Hearth', 'Stork Ridge', 'Gentle Hands', 'Kindred', 'Family Tree'];
/** National banks, pharmacies, lenders, benefit managers, labs, couriers and bodies named alone (kept). */
const NATIONAL_BANKS = ['California Cryobank', 'Xytex', 'Cryos International', 'European Sperm Bank', 'Donor Egg Bank USA', 'Cofertility'];
const NATIONAL_PHARMACIES = ['Freedom Fertility Pharmacy', 'MDR Pharmaceutical Care', 'Alto Pharmacy', 'CVS Specialty', 'Walgreens Specialty Pharmacy', 'IVPCare'];
const LENDERS = ['Future Family', 'CapexMD', 'Prosper Healthcare Lending', 'LendingClub Patient Solutions', 'Sunfish'];
const BENEFITS = ['Progyny', 'Carrot', 'WINFertility', 'Maven', 'Kindbody'];
const REF_LABS = ['Quest Diagnostics', 'Labcorp', 'CooperGenomics', 'Igenomix', 'Natera', 'Juno Genetics'];
const PLANS = ['Aetna', 'Cigna', 'UnitedHealthcare', 'Anthem Blue Cross', 'BCBS', 'Oxford', 'Humana', 'Tricare'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Thanksgiving Day', 'Halloween', "Valentine's Day", "Mother's Day", 'Labor Day'];
/** Relations a name follows, and the credentials staff sign with. */
const RELATIONS = ['sister', 'brother', 'mother', 'father', 'friend', 'cousin', 'neighbor', 'sister-in-law', 'brother-in-law', 'aunt', 'spouse', 'partner'];
const PROTOCOLS = ['antagonist', 'long lupron', 'microdose flare', 'mini-IVF', 'letrozole/antagonist', 'PPOS'];
const GRADES = ['4AA', '4AB', '5AA', '5BA', '3BB', '4BB', '5AB', '6AA', '3AB', '4BC'];

/** A person: every name word is planted. */
interface Person {
  readonly given: string;
  readonly middles: readonly string[];
  readonly surs: readonly string[];
}
const written = (p: Person): string => [p.given, ...p.middles, ...p.surs].join(' ');
const listed = (p: Person): string => `${p.surs.join(' ').toUpperCase()}, ${[p.given, ...p.middles].join(' ')}`;
const nameParts = (p: Person): string[] => [p.given, ...p.middles, ...p.surs];
/** A faker name's first word of two letters or more. */
const firstWord = (s: string): string => s.split(/\s/).find((w) => /^\p{Lu}/u.test(w) && w.length > 1) ?? s.split(/\s/)[0]!;

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  /** A patient or partner, from one of five backgrounds. */
  person(): Person {
    const x = this.r();
    if (x < 0.55) return { given: this.given(), middles: this.r() < 0.15 ? [this.given()] : [], surs: [this.sur()] };
    if (x < 0.7) {
      const g = this.r() < 0.5 ? this.pick(ES_GIVEN) : firstWord(mx.person.firstName());
      const full = mx.person.lastName().split(/\s/).filter((w) => w.length > 2 && /^\p{Lu}/u.test(w));
      const s1 = this.r() < 0.5 ? this.pick(ES_SUR) : full[0] ?? this.pick(ES_SUR);
      const s2 = this.r() < 0.5 ? [full[1] ?? this.pick(ES_SUR)] : [];
      return { given: g, middles: [], surs: [s1, ...s2.filter((s) => s !== s1)] };
    }
    if (x < 0.82) {
      const g = this.r() < 0.5 ? this.pick(IN_GIVEN) : firstWord(inn.person.firstName());
      const s = this.r() < 0.5 ? this.pick(IN_SUR) : firstWord(inn.person.lastName());
      return { given: g, middles: [], surs: [s] };
    }
    if (x < 0.91) return { given: this.pick(HE_GIVEN), middles: [], surs: [this.pick(HE_SUR)] };
    return { given: this.pick(ZH_GIVEN), middles: [], surs: [this.pick(ZH_SUR)] };
  }
  /** A Chinese intended parent: an English name, pinyin surname and given name, and the same name in Hanzi. */
  chinese(): readonly [string, string, string, string] {
    const [s, hs] = this.pick(ZH_SUR_HANZI);
    const [g, hg] = this.pick(ZH_GIVEN_HANZI);
    return [this.pick(ZH_ENGLISH), s, g, `${hs}${hg}`];
  }
  /** A name in Hanzi as the zh_CN faker writes it (surname first, no space). */
  hanzi(): string {
    return `${zh.person.lastName()}${zh.person.firstName()}`;
  }
  /** An Israeli intended parent: given name and surname transliterated, and the same words in Hebrew script. */
  israeli(): readonly [string, string, string, string] {
    const [g, hg] = this.pick(HE_GIVEN_SCRIPT);
    const [s, hs] = this.pick(HE_SUR_SCRIPT);
    return [g, s, hg, hs];
  }
  /** A name in Hebrew script as the he faker writes it (its first words). */
  hebrew(): readonly [string, string] {
    return [he.person.firstName().split(/\s/)[0]!, he.person.lastName().split(/\s/)[0]!];
  }
  /** A staff member's name written four ways, with its parts. */
  staff(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${s}, ${g}`, [s, g]];
    return [`${g.charAt(0)}. ${s}`, [s]];
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  otherTown(t: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.town();
      if (u !== t) return u;
    }
    return t === 'Plano' ? 'Edina' : 'Plano';
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTY_WORDS);
  }
  bank(): string {
    return this.pick(NATIONAL_BANKS);
  }
  nationalPharmacy(): string {
    return this.pick(NATIONAL_PHARMACIES);
  }
  refLab(): string {
    return this.pick(REF_LABS);
  }
  /** A local fertility practice. */
  clinic(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Fertility Center`;
    if (k === 1) return `Reproductive Medicine Associates of ${this.town()}`;
    if (k === 2) return `${this.pick(BRAND_WORDS)} Fertility Partners`;
    if (k === 3) return `${this.town()} Center for Reproductive Medicine`;
    if (k === 4) return `${this.sur()} Fertility Institute`;
    return `${this.town()} IVF`;
  }
  cryobank(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Cryobank`;
    if (k === 1) return `${this.pick(BRAND_WORDS)} Sperm Bank`;
    return `${this.town()} Andrology & Cryobank`;
  }
  eggAgency(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(BRAND_WORDS)} Egg Donation`;
    if (k === 1) return `${this.town()} Egg Donors, LLC`;
    return `${this.sur()} Donor Agency`;
  }
  surrogacyAgency(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(BRAND_WORDS)} Surrogacy`;
    if (k === 1) return `${this.town()} Surrogacy Center`;
    return `${this.sur()} Family Building Agency`;
  }
  localPharmacy(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Compounding Pharmacy`;
    if (k === 1) return `${this.pick(BRAND_WORDS)} Specialty Pharmacy`;
    return `${this.sur()} Fertility Pharmacy`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s Hospital` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  mfm(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Maternal-Fetal Medicine`;
    if (k === 1) return `Perinatal Associates of ${this.town()}`;
    if (k === 2) return `${this.sur()} Perinatal Group`;
    return `${this.town()} High-Risk Pregnancy Center`;
  }
  obPractice(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} OB/GYN`;
    if (k === 1) return `${this.town()} Women's Health Associates`;
    return `${this.sur()} & ${this.sur()} Obstetrics`;
  }
  lawFirm(): string {
    const a = this.sur();
    const b = this.sur();
    const k = this.int(0, 2);
    if (k === 0) return `${a} & ${b} Reproductive Law`;
    if (k === 1) return `Law Office of ${this.given()} ${a}`;
    return `${a} Family Law Group`;
  }
  employer(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} School District`;
    if (k === 1) return `${this.sur()} Construction`;
    return `${this.town()} Credit Union`;
  }
  escrow(): string {
    return this.r() < 0.5 ? `${this.pick(BRAND_WORDS)} Escrow Services` : `${this.town()} Surrogacy Escrow`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    return `${pad2(this.int(6, 21))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms clinics write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${m}/${d}/${y}`);
  }
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  monDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${d}`;
  }
  monthYear(): string {
    return this.r() < 0.7 ? `${this.pick(MONTHS)} ${this.year()}` : `${this.int(1, 12)}/${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1974, hi = 2002): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 985));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  /** n digits, any of them zero. */
  anyDigits(n: number): string {
    let s = '';
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  email(g: string, s: string): string {
    const dom = this.pick([`${asciiLetters(this.town())}fertility.com`, 'gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', `${asciiLetters(this.pick(BRAND_WORDS))}ivf.com`]);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 9999)}`, `${a}${this.int(80, 99)}`]);
    return `${local}@${dom}`;
  }
  url(): string {
    const t = asciiLetters(this.town());
    const w = asciiLetters(this.pick(BRAND_WORDS));
    const k = this.int(0, 3);
    if (k === 0) return `https://portal.${t}fertility.com/pay`;
    if (k === 1) return `www.${w}surrogacy.com`;
    if (k === 2) return `https://${w}eggdonation.com/donors/${this.digitString(4)}`;
    return `https://www.${t}ivf.org/patients/forms`;
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  embryoId(): string {
    const k = this.int(0, 3);
    if (k === 0) return `E${this.digitString(6)}-${this.int(1, 9)}`;
    if (k === 1) return `EMB-${this.digitString(5)}`;
    if (k === 2) return `${pad2(this.int(18, 25))}-${this.digitString(4)}-${pad2(this.int(1, 14))}`;
    return `${this.letters(3)}${this.digitString(4)}.${this.int(1, 9)}`;
  }
  pgtSample(): string {
    return this.r() < 0.5 ? `${this.digitString(6)}-${pad2(this.int(1, 12))}` : `TE${this.digitString(7)}`;
  }
  requisition(): string {
    return this.r() < 0.5 ? `REQ${this.digitString(7)}` : this.digitString(8);
  }
  cryoAccount(): string {
    return this.r() < 0.5 ? `CS-${this.digitString(5)}` : this.digitString(8);
  }
  serial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `ES-D-${this.digitString(4)}`;
    if (k === 1) return `${this.digitString(2)}${this.letters(1)}${this.digitString(5)}`;
    return `SN${this.digitString(7)}`;
  }
  shipper(): string {
    return this.r() < 0.5 ? `CXV-${this.digitString(5)}` : `${this.letters(2)}${this.digitString(6)}`;
  }
  /** A tracking number of UPS, FedEx or USPS, and its courier (kept). */
  tracking(): readonly [string, string] {
    const k = this.int(0, 2);
    if (k === 0) return ['UPS', `1Z${this.lettersOf('ABCDEFGHJKLMNPRSTVWXY0123456789', 6)}${this.anyDigits(10)}`];
    if (k === 1) return ['FedEx', this.r() < 0.5 ? this.digitString(12) : `${this.digitString(4)} ${this.anyDigits(4)} ${this.anyDigits(4)}`];
    return ['USPS', `9400 1${this.anyDigits(3)} ${this.anyDigits(4)} ${this.anyDigits(4)} ${this.anyDigits(4)} ${this.anyDigits(2)}`];
  }
  /** A sperm bank donor number (written after 'Donor #'). */
  donorNo(): string {
    return this.digitString(this.int(4, 5));
  }
  /** An egg donor's id, with its prefix joined. */
  eggDonorId(): string {
    return this.r() < 0.5 ? `ED${this.digitString(4)}` : `${this.letters(1)}${this.digitString(5)}`;
  }
  vial(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${this.digitString(5)}` : `${this.digitString(4)}-${this.letters(1)}${this.int(1, 9)}`;
  }
  lot(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${this.digitString(5)}` : `${this.digitString(1)}${this.letters(1)}${this.digitString(4)}${this.letters(1)}`;
  }
  order(): string {
    return this.r() < 0.5 ? `ORD-${this.digitString(6)}` : `SO${this.digitString(7)}`;
  }
  rx(): string {
    return this.r() < 0.5 ? this.digitString(7) : `RX${this.digitString(7)}`;
  }
  auth(): string {
    return this.r() < 0.5 ? `PA-${this.digitString(7)}` : this.digitString(10);
  }
  member(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `W${this.digitString(9)}`;
    return `${this.digitString(9)}${this.anyDigits(2)}`;
  }
  group(): string {
    return this.r() < 0.5 ? this.digitString(6) : `${this.digitString(5)}-${this.anyDigits(3)}`;
  }
  loan(): string {
    return this.r() < 0.5 ? `LN${this.digitString(8)}` : `${this.digitString(3)}-${this.anyDigits(6)}-${this.anyDigits(2)}`;
  }
  claim(): string {
    return this.r() < 0.5 ? `CLM-${this.digitString(9)}` : this.digitString(13);
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(7) : `A${this.digitString(8)}`;
  }
  accession(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${pad2(this.int(18, 25))}-${this.digitString(6)}` : this.digitString(10);
  }
  courtCase(): string {
    return this.r() < 0.5 ? `${this.year()}-FA-${this.anyDigits(6)}` : `FM-${pad2(this.int(18, 25))}-${this.digitString(5)}`;
  }
  commission(): string {
    return this.r() < 0.5 ? this.digitString(8) : `${this.digitString(2)}-${this.digitString(5)}`;
  }
  npi(): string {
    return `1${this.anyDigits(9)}`;
  }
  license(): string {
    return this.r() < 0.5 ? `${this.letters(1)}${this.digitString(7)}` : `${this.letters(1)}${this.digitString(3)}-${this.anyDigits(4)}-${this.anyDigits(4)}`;
  }
  envelope(): string {
    const h = (n: number) => this.lettersOf('0123456789ABCDEF', n);
    return `${h(8)}-${h(4)}-${h(4)}-${h(4)}-${h(12)}`;
  }
  wechat(g: string): string {
    return this.r() < 0.5 ? `wxid_${this.lettersOf('abcdefghjkmnpqrstuvwxyz0123456789', 10)}` : `${asciiLetters(g)}_${this.digitString(4)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(4)}`;
    return `${this.letters(3)} ${this.digitString(3)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // couples' and partners' intake
  ['couple intake header', (d) => {
    const a = d.person(); const b = d.person(); const da = d.dob(); const db = d.dob(1970, 2000); const ma = d.mrn(); const mb = d.mrn();
    return [`NEW PATIENT INTAKE - REPRODUCTIVE ENDOCRINOLOGY\nPartner 1: ${listed(a)}   DOB ${da}   MRN ${ma}\nPartner 2: ${listed(b)}   DOB ${db}   MRN ${mb}\nVisit type: new couple consult`, [a.given, ...a.middles, ...a.surs.map((s) => s.toUpperCase()), da, ma, b.given, ...b.middles, ...b.surs.map((s) => s.toUpperCase()), db, mb]];
  }],
  ['couple address and contacts', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Address: ${st}, ${t}, ${d.state()} ${z}\nCell: ${ph}\nE-mail: ${em} (preferred for cycle calendars)`, [st, t, z, p, em]];
  }],
  ['referring obstetrician', (d) => {
    const g = d.given(); const s = d.sur(); const ob = d.obPractice(); const t = d.town(); const [fx, p] = d.phone();
    return [`Referred by Dr. ${g} ${s} of ${ob} in ${t} after 14 months of trying; records faxed from ${fx}.`, [g, s, ob, t, p]];
  }],
  ['reproductive history narrative', (d) => {
    const g = d.given(); const my = d.monthYear(); const c = d.clinic(); const dt = d.date();
    return [`${g} is a ${d.int(29, 43)} yo G${d.int(0, 3)}P0 trying to conceive since ${my}. Three letrozole cycles with timed intercourse; last IUI at ${c} on ${dt}, negative.`, [g, my, c, dt]];
  }],
  ['partner occupation and outside semen analysis', (d) => {
    const g = d.given(); const s = d.sur(); const e = d.employer(); const t = d.town(); const my = d.monthYear();
    return [`Her husband, ${g} ${s}, ${d.int(30, 52)}, works for ${e} in ${t}; outside SA ${my} showed low motility. No paternity.`, [g, s, e, t, my]];
  }],
  ['family history with age over 89', (d) => {
    const n = d.ageOver89(); const g = d.given();
    return [`Family hx: mother menopause at ${d.int(44, 55)}; maternal grandmother ${g} alive at ${n}, no known infertility. Sister with PCOS.`, [g, n]];
  }],
  ['reciprocal IVF couple', (d) => {
    const a = d.person(); const b = d.person(); const da = d.dob(); const db = d.dob();
    return [`Reciprocal IVF: ${written(a)} (DOB ${da}) will provide oocytes; her wife ${written(b)} (DOB ${db}) will carry. Donor sperm from ${d.bank()}.`, [...nameParts(a), da, ...nameParts(b), db]];
  }],
  ['emergency contact and portal proxy', (d) => {
    const c = d.person(); const [ph, p] = d.phone(); const em = d.email(d.given(), d.sur());
    return [`Emergency contact: ${written(c)} (${d.relation()}), ${ph}. Portal proxy granted, e-mail ${em}.`, [...nameParts(c), p, em]];
  }],
  ['Chinese intended parents with Hanzi and WeChat', (d) => {
    const [en, s, g, hz] = d.chinese(); const sp = d.hanzi(); const c = d.pick(ZH_CITIES); const pp = `E${d.digitString(8)}`; const w = d.wechat(g); const t = d.town();
    return [`Intended parents from ${c}, China: ${en} ${s} ${g} (${hz}), passport ${pp}, and spouse ${sp} (name on file in Chinese only); WeChat ${w}. Coordinator in ${t} handles all calls.`, [c, en, s, g, hz, pp, sp, w, t]];
  }],
  ['Israeli outside records with Teudat Zehut', (d) => {
    const h = d.pick(IL_HOSPITALS); const [hg, hs] = d.hebrew(); const tz = d.anyDigits(9); const my = d.monthYear();
    return [`Outside IVF records (Hebrew, translated) from ${h}: patient ${hg} ${hs}, Teudat Zehut ${tz}; ${d.int(2, 5)} retrievals, last ${my}.`, [h, hg, hs, tz, my]];
  }],
  ['Israeli intended parents with Hebrew names', (d) => {
    const [g1, s1, hg, hs] = d.israeli(); const [g2, s2] = d.israeli(); const c = d.pick(IL_CITIES); const pp = d.digitString(8); const dob = d.dob();
    return [`Intended parents from ${c}, Israel: ${g1} ${s1} (${hg} ${hs}), DOB ${dob}, passport ${pp}, and ${g2} ${s2}. Embryos to be created with an egg donor.`, [c, g1, s1, hg, hs, dob, pp, g2, s2]];
  }],
  // cycle day logs
  ['cycle calendar header', (d) => {
    const p = d.person(); const mrn = d.mrn(); const lmp = d.date(); const md = d.slashMd();
    return [`IVF CYCLE #${d.int(1, 4)}\nPatient: ${listed(p)}   MRN ${mrn}\nLMP: ${lmp}   Protocol: ${d.pick(PROTOCOLS)}\nStart Gonal-f 225 IU + Menopur 75 IU on CD 2 (${md})`, [p.given, ...p.middles, ...p.surs.map((s) => s.toUpperCase()), mrn, lmp, md]];
  }],
  ['monitoring visit row', (d) => {
    const dt = d.date(); const ini = d.initials();
    return [`${dt} | CD ${d.int(6, 12)} | E2 ${d.int(300, 3200)} | R: ${d.int(10, 19)}, ${d.int(10, 17)}, ${d.int(8, 14)} | L: ${d.int(10, 19)}, ${d.int(9, 15)} | EMT ${d.int(6, 12)}.${d.int(0, 9)} mm trilaminar | ${ini}`, [dt, ini]];
  }],
  ['trigger instructions phone message', (d) => {
    const g = d.given(); const [ph, p] = d.phone(); const w = d.weekday(); const md = d.monDay(); const n = d.given(); const ns = d.sur();
    return [`Called pt ${g} at ${ph}: trigger tonight with Ovidrel 250 mcg + Lupron 80 units at 21:30 exactly. Retrieval ${w} ${md}, arrive 07:00, NPO after midnight. -- ${n} ${ns}, RN`, [g, p, w, md, n, ns]];
  }],
  ['retrieval and transfer dates', (d) => {
    const a = d.date(); const b = d.date(); const o = ordinal(d.int(1, 28));
    return [`Retrieval ${a}: ${d.int(8, 22)} oocytes. Fresh transfer on day 5 (${b}); beta hCG scheduled on the ${o}.`, [a, b, o]];
  }],
  ['frozen transfer calendar', (d) => {
    const a = d.slashMd(); const b = d.monDay(); const w = d.weekday(); const c = d.date();
    return [`FET calendar: Estrace 2 mg TID from ${a}; PIO 1 mL IM daily from ${b}; transfer ${w}; beta ${c}.`, [a, b, w, c]];
  }],
  ['IUI log with partner specimen', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const [st, sp] = d.staff();
    return [`IUI #${d.int(1, 3)} ${dt}: CD ${d.int(11, 16)}, husband ${g} ${s}'s specimen, TMC ${d.int(8, 60)} M post-wash. Performed by ${st}, RN.`, [dt, g, s, ...sp]];
  }],
  ['cancelled cycle', (d) => {
    const md = d.monDay(); const my = d.monthYear(); const g = d.given();
    return [`Cycle cancelled ${md} for poor response (2 follicles). Plan discussed with ${g}: restart with ${my} menses on microdose flare.`, [md, g, my]];
  }],
  ['holiday lab closure', (d) => {
    const h = d.holiday(); const g = d.given(); const n = d.given(); const [ph, p] = d.phone();
    return [`Lab closed ${h}; retrieval moved one day. Pt ${g} informed by nurse ${n} at ${ph}.`, [h, g, n, p]];
  }],
  ['nurse text to patient', (d) => {
    const g = d.given(); const n = d.given(); const c = d.clinic(); const w = d.weekday();
    return [`hi ${g}, this is ${n} from ${c}. your e2 looks good, stay on the same doses, next ultrasound ${w} at 7:45. reply STOP to opt out`, [g, n, c, w]];
  }],
  // embryology lab records
  ['embryology report header', (d) => {
    const p = d.person(); const q = d.person(); const mrn = d.mrn(); const dt = d.date(); const [st, sp] = d.staff();
    return [`EMBRYOLOGY LABORATORY REPORT\nPatient: ${listed(p)}   MRN ${mrn}\nPartner: ${listed(q)}\nRetrieval date: ${dt}\nEmbryologist: ${st}, ELD`, [p.given, ...p.middles, ...p.surs.map((s) => s.toUpperCase()), mrn, q.given, ...q.middles, ...q.surs.map((s) => s.toUpperCase()), dt, ...sp]];
  }],
  ['fertilization check with witness', (d) => {
    const dt = d.slashMd(); const a = d.initials(); const b = d.initials();
    return [`Fert check ${dt}, 17 h post-ICSI: ${d.int(4, 12)} 2PN / ${d.int(8, 16)} MII, 1 3PN discarded. Performed ${a}, witnessed ${b}.`, [dt, a, b]];
  }],
  ['embryo id table', (d) => {
    const a = d.embryoId(); const b = d.embryoId(); const c = d.embryoId();
    return [`Embryo ID      Day  Grade  Fate\n${a}  D5   ${d.pick(GRADES)}    biopsied, vitrified\n${b}  D5   ${d.pick(GRADES)}    biopsied, vitrified\n${c}  D6   ${d.pick(GRADES)}    arrested`, [a, b, c]];
  }],
  ['straw label', (d) => {
    const p = d.person(); const dob = d.dob(); const mrn = d.mrn(); const id = d.embryoId(); const dt = d.date();
    return [`${listed(p)} | DOB ${dob} | MRN ${mrn} | ${id} | D5 ${d.pick(GRADES)} | vit ${dt} | straw ${d.int(1, 3)} of ${d.int(3, 5)}`, [p.given, ...p.middles, ...p.surs.map((s) => s.toUpperCase()), dob, mrn, id, dt]];
  }],
  ['cane label with both surnames', (d) => {
    const a = d.sur().toUpperCase(); const b = d.sur().toUpperCase(); const mrn = d.mrn();
    return [`CANE: ${a}/${b} - MRN ${mrn} - ${d.int(1, 4)} straws - Tank ${d.int(1, 9)}, canister ${d.pick(['A', 'B', 'C', 'D', '4', '6'])}, cane ${d.int(1, 30)}`, [a, b, mrn]];
  }],
  ['cryo storage account', (d) => {
    const acct = d.cryoAccount(); const my = d.monthYear(); const p = d.person();
    return [`Cryo storage account ${acct} (${written(p)}): ${d.int(1, 8)} embryos in Tank ${d.int(1, 9)}, goblet ${d.int(1, 6)}. Storage billed yearly; consent renewal due ${my}.`, [acct, ...nameParts(p), my]];
  }],
  ['thaw double witness check', (d) => {
    const dob = d.dob(); const g = d.given(); const s = d.sur(); const a = d.initials(); const b = d.initials();
    return [`Witness check (warming): patient ID confirmed by name and DOB (${dob}) with ${g} ${s} at the bedside; embryologist ${a}, witness ${b}, ${d.time()}.`, [dob, g, s, a, b]];
  }],
  ['PGT sample sheet', (d) => {
    const sm = d.pgtSample(); const id = d.embryoId(); const rq = d.requisition(); const ini = d.initials();
    return [`PGT-A sample ${sm} from embryo ${id} sent to ${d.refLab()}, requisition ${rq}. Trophectoderm biopsy by ${ini}; tube loaded under witness.`, [sm, id, rq, ini]];
  }],
  ['thaw and transfer record', (d) => {
    const dt = d.date(); const id = d.embryoId(); const s = d.sur(); const ini = d.initials();
    return [`Warmed ${dt}: embryo ${id} survived 100%, re-expanded by 2 h; assisted hatching done. Transferred by Dr. ${s} under US guidance, Wallace catheter, no retained embryo. Witness ${ini}.`, [dt, id, s, ini]];
  }],
  ['incubator and dewar serials', (d) => {
    const a = d.serial(); const b = d.serial(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Incubator EmbryoScope+ serial ${a} alarm at ${d.time()}; LN2 dewar serial ${b} level ok. On-call embryologist ${g} ${s} reached at ${ph}.`, [a, b, g, s, p]];
  }],
  ['embryo shipment between clinics', (d) => {
    const c = d.clinic(); const t = d.town(); const sh = d.shipper(); const [, tr] = d.tracking(); const dt = d.date(); const [st, sp] = d.staff();
    return [`${d.int(2, 5)} embryos shipped to ${c} (${t}) via CryoPort, dry shipper ${sh}, tracking ${tr}; received ${dt} by ${st}.`, [c, t, sh, tr, dt, ...sp]];
  }],
  ['lower-case bench note', (d) => {
    const s = d.sur(); const g = d.given(); const dob = d.dob(); const ini = d.initials();
    return [`warming for ${s}, ${g} - dob ${dob} - 2 eggs warmed from cryotop, both survived. icsi at 14:10 (${ini})`, [s, g, dob, ini]];
  }],
  // donor egg and sperm bank records
  ['national sperm bank order', (d) => {
    const n = d.donorNo(); const c = d.clinic(); const o = d.order();
    return [`Donor sperm ordered from ${d.bank()}: Donor #${n}, 2 vials ICI, shipped to ${c}; order ${o}.`, [n, c, o]];
  }],
  ['local cryobank vials with bank town', (d) => {
    const b = d.cryobank(); const t = d.town(); const n = d.donorNo(); const v = d.vial();
    return [`Vials released from ${b} in ${t}, ${d.state()}: donor ${n}, vial ${v}; post-thaw motility ${d.int(30, 60)}%.`, [b, t, n, v]];
  }],
  ['egg donor profile and match', (d) => {
    const id = d.eggDonorId(); const ag = d.eggAgency(); const u = d.url(); const dt = d.date();
    return [`Egg donor ${id}, age ${d.int(21, 29)}, via ${ag}; profile ${u}; matched ${dt}.`, [id, ag, u, dt]];
  }],
  ['egg donor cycle and recipient', (d) => {
    const id = d.eggDonorId(); const dt = d.date(); const p = d.person(); const mrn = d.mrn(); const md = d.monDay();
    return [`Donor ${id} retrieval ${dt}: ${d.int(12, 30)} oocytes, ${d.int(10, 24)} MII. Recipient ${written(p)}, MRN ${mrn}; lining prep started ${md}.`, [id, dt, ...nameParts(p), mrn, md]];
  }],
  ['known donor eligibility', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(1980, 2000); const a = d.date(); const b = d.date();
    return [`Known donor: recipient's ${d.pick(DONOR_RELATIONS)} ${g} ${s} (DOB ${dob}). FDA donor eligibility screening completed ${a}; 6-month quarantine, release ${b}.`, [g, s, dob, a, b]];
  }],
  ['frozen egg bank lot with tracking', (d) => {
    const l = d.lot(); const id = d.eggDonorId(); const [co, tr] = d.tracking();
    return [`Donor Egg Bank USA lot ${l} (donor ${id}): 6 vitrified oocytes shipped ${co}, tracking ${tr}.`, [l, id, tr]];
  }],
  ['donor infectious disease panel', (d) => {
    const id = d.eggDonorId(); const acc = d.accession(); const dt = d.date(); const t = d.town();
    return [`Donor ${id} infectious disease panel, accession ${acc}, drawn ${dt} at ${t} Donor Center; all negative (FDA 21 CFR 1271).`, [id, acc, dt, `${t} Donor Center`]];
  }],
  // gestational carrier agreements
  ['gestational carrier agreement parties', (d) => {
    const a = d.person(); const b = d.person(); const c = d.person(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`GESTATIONAL CARRIER AGREEMENT between ${written(a)} and ${written(b)} ("Intended Parents") and ${written(c)} ("Carrier"), residing at ${st}, ${t}, ${d.state()} ${z}.`, [...nameParts(a), ...nameParts(b), ...nameParts(c), st, t, z]];
  }],
  ['carrier counsel and agency', (d) => {
    const g = d.given(); const s = d.sur(); const f = d.lawFirm(); const ag = d.surrogacyAgency(); const cg = d.given(); const cs = d.sur();
    return [`Carrier's independent counsel: ${g} ${s}, Esq. (${f}). Agency: ${ag}; case manager ${cg} ${cs}.`, [g, s, f, ag, cg, cs]];
  }],
  ['carrier medical and psychological clearance', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const h = d.hospital(); const pg = d.given(); const ps = d.sur(); const dt2 = d.monDay();
    return [`Carrier ${g} ${s}, ${d.int(24, 39)}, G3P3, cleared ${dt}; OB records from ${h}. Psych eval by ${pg} ${ps}, PhD, ${dt2}.`, [g, s, dt, h, pg, ps, dt2]];
  }],
  ['pre-birth order', (d) => {
    const c = d.county(); const cn = d.courtCase(); const dt = d.date(); const h = d.hospital();
    return [`Pre-birth order filed in ${c} County Superior Court, case no. ${cn}; hearing ${dt}. Birth hospital: ${h}.`, [c, cn, dt, h]];
  }],
  ['carrier escrow account', (d) => {
    const e = d.escrow(); const a = d.digitString(10); const g = d.given(); const s = d.sur();
    return [`Escrow with ${e}, account ${a}; base compensation begins on confirmation of heartbeat. Disbursements approved by ${g} ${s}.`, [e, a, g, s]];
  }],
  ["carrier spouse's consent", (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const ini = d.initials();
    return [`Carrier's spouse ${g} ${s} signed the spousal consent ${dt}; initialed each page (${ini}).`, [g, s, dt, ini]];
  }],
  // semen analysis reports
  ['semen analysis header', (d) => {
    const p = d.person(); const dob = d.dob(1965, 2000); const dt = d.date(); const acc = d.accession();
    return [`SEMEN ANALYSIS\nName: ${listed(p)}   DOB: ${dob}\nCollected: ${dt} ${d.time()}   Abstinence: ${d.int(2, 5)} days\nAccession: ${acc}`, [p.given, ...p.middles, ...p.surs.map((s) => s.toUpperCase()), dob, dt, acc]];
  }],
  ['semen results and reviewer', (d) => {
    const [st, sp] = d.staff(); const dt = d.date(); const lab = `${d.town()} Andrology Lab`;
    return [`Volume 2.${d.int(0, 9)} mL; concentration ${d.int(5, 90)} M/mL; total motility ${d.int(20, 70)}%; Kruger strict morphology ${d.int(1, 8)}% (WHO 2021). ${lab}; reviewed by ${st}, TS(ABB), ${dt}.`, [lab, ...sp, dt]];
  }],
  ['home collection chain of custody', (d) => {
    const st = d.street(); const t = d.town(); const g = d.given(); const s = d.sur(); const ini = d.initials();
    return [`Specimen collected at home (${st}, ${t}) and delivered by ${g} ${s} within 45 min, kept at body temperature. Received by ${ini}.`, [st, t, g, s, ini]];
  }],
  ['sperm banking before chemotherapy', (d) => {
    const g = d.given(); const s = d.sur(); const b = d.cryobank(); const dt = d.date(); const o = d.sur(); const h = d.hospital();
    return [`Fertility preservation: ${g} ${s}, ${d.int(16, 30)}, banked 4 vials at ${b} on ${dt} before chemotherapy; oncologist Dr. ${o} at ${h}.`, [g, s, b, dt, o, h]];
  }],
  // consent forms
  ['consent signature block', (d) => {
    const a = d.person(); const b = d.person(); const da = d.date(); const db = d.date(); const [st, sp] = d.staff();
    return [`Patient signature: ______________ ${written(a)}   Date: ${da}\nPartner signature: ______________ ${written(b)}   Date: ${db}\nWitness: ${st}`, [...nameParts(a), da, ...nameParts(b), db, ...sp]];
  }],
  ['embryo disposition initials', (d) => {
    const a = d.initials(); const b = d.initials(); const dt = d.date();
    return [`In the event of divorce, death or incapacity, remaining embryos shall be: [x] donated to research. Initialed ${a} / ${b} on ${dt}.`, [a, b, dt]];
  }],
  ['notarized consent', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.commission(); const co = d.county(); const dt = d.date();
    return [`Subscribed and sworn before me, ${g} ${s}, Notary Public, commission no. ${c}, ${co} County, on ${dt}.`, [g, s, c, co, dt]];
  }],
  ['photo ID verification', (d) => {
    const dl = d.license(); const pp = d.digitString(9); const ini = d.initials();
    return [`Photo ID verified before retrieval: ${d.state()} driver's license ${dl}; partner's passport ${pp}. Verified by ${ini}.`, [dl, pp, ini]];
  }],
  ['e-signed consent with envelope and IP', (d) => {
    const env = d.envelope(); const ip = d.ip(); const dt = d.date();
    return [`Consents e-signed via DocuSign, envelope ID ${env}, from IP ${ip} on ${dt}; reviewed by video with the nurse.`, [env, ip, dt]];
  }],
  // specialty pharmacy shipping of injectables
  ['local pharmacy order and ship-to address', (d) => {
    const ph = d.localPharmacy(); const t = d.town(); const rx = d.rx(); const st = d.street(); const t2 = d.otherTown(t); const z = d.zip();
    return [`Rx sent to ${ph} (${t}), Rx #${rx}: Menopur 75 IU x 20 vials, Cetrotide 0.25 mg x 5. Ship to ${st}, ${t2} ${z}.`, [ph, t, rx, st, t2, z]];
  }],
  ['injectables tracking and delivery day', (d) => {
    const [co, tr] = d.tracking(); const w = d.weekday(); const md = d.monDay();
    return [`Meds shipped from ${d.nationalPharmacy()} via ${co}, tracking ${tr}; delivery ${w} ${md}, signature required, refrigerate Ovidrel on arrival.`, [tr, w, md]];
  }],
  ['pharmacy prior authorization call', (d) => {
    const g = d.given(); const [ph, p] = d.phone(); const ext = d.digitString(4); const pa = d.auth();
    return [`${d.nationalPharmacy()} rep ${g} called from ${ph} ext ${ext} re: prior auth ${pa} for Gonal-f RFF pen.`, [g, p, ext, pa]];
  }],
  ['injection teaching', (d) => {
    const [st, sp] = d.staff(); const dt = d.date(); const g = d.given();
    return [`Injection teaching by ${st}, RN on ${dt}: subcutaneous and IM technique reviewed; partner ${g} will give the PIO.`, [...sp, dt, g]];
  }],
  ['cold chain lot replacement', (d) => {
    const l = d.lot(); const o = d.order();
    return [`Ovidrel lot ${l} arrived warm (ice packs melted). Replacement order ${o} from ${d.nationalPharmacy()}.`, [l, o]];
  }],
  // insurance and financing
  ['insurance verification', (d) => {
    const m = d.member(); const gr = d.group(); const g = d.given(); const s = d.sur(); const dob = d.dob(1965, 2000);
    return [`Plan: ${d.pick(PLANS)}   Member ID: ${m}   Group: ${gr}\nSubscriber: ${g} ${s} (spouse), DOB ${dob}\nIVF benefit: $25,000 lifetime`, [m, gr, g, s, dob]];
  }],
  ['fertility benefit authorization', (d) => {
    const a = d.auth(); const g = d.given(); const [ph, p] = d.phone();
    return [`${d.pick(BENEFITS)} authorization ${a} for 1 IVF cycle with PGT-A; care advocate ${g}, ${ph}.`, [a, g, p]];
  }],
  ['financing loan with co-borrower', (d) => {
    const ln = d.loan(); const dt = d.date(); const g = d.given(); const s = d.sur(); const ssn = d.ssn();
    return [`Financed through ${d.pick(LENDERS)}: loan ${ln}, approved ${dt}; co-borrower ${g} ${s}, SSN ${ssn}.`, [ln, dt, g, s, ssn]];
  }],
  ['claim denial appeal', (d) => {
    const c = d.claim(); const dt = d.date(); const [fx, p] = d.phone();
    return [`Claim ${c} denied (CPT 58970, not a covered benefit); appeal letter faxed ${dt} to ${fx}.`, [c, dt, p]];
  }],
  ['billing statement', (d) => {
    const a = d.account(); const dt = d.date(); const u = d.url();
    return [`Account ${a} | Statement date ${dt} | Balance due $${d.int(120, 9800)}.00 | Pay online at ${u}`, [a, dt, u]];
  }],
  // pregnancy tests and early ultrasounds
  ['beta hCG results call', (d) => {
    const a = d.date(); const w = d.weekday(); const g = d.given(); const [ph, p] = d.phone(); const [st, sp] = d.staff();
    return [`Beta #1 ${a}: ${d.int(80, 400)} mIU/mL; beta #2 ${w}: ${d.int(200, 900)}. Pt ${g} notified at ${ph} by ${st}.`, [a, w, g, p, ...sp]];
  }],
  ['viability ultrasound with due date', (d) => {
    const a = d.date(); const b = d.date();
    return [`Viability US ${a}: single IUP, CRL ${d.int(4, 9)}.${d.int(0, 9)} mm c/w 6w4d, FHR ${d.int(110, 150)}. EDD ${b} by transfer date.`, [a, b]];
  }],
  ['due date from transfer', (d) => {
    const a = d.date(); const b = d.monDay(); const y = d.year();
    return [`Day 5 transfer on ${a} gives an EDD of ${b}, ${y}; twin gestation, dichorionic.`, [a, `${b}, ${y}`]];
  }],
  ['graduation letter to obstetrician', (d) => {
    const g = d.given(); const s = d.sur(); const ob = d.obPractice(); const w = d.weekday();
    return [`Dear ${g}, congratulations! You are graduating from our care at 9 weeks. Your first visit with Dr. ${s} at ${ob} is ${w}.`, [g, s, ob, w]];
  }],
  ['falling beta phone note', (d) => {
    const g = d.given(); const o = ordinal(d.int(1, 28)); const h = d.given();
    return [`spoke w/ ${g} re: falling beta, 3rd value 45 on the ${o}. husband ${h} on speaker. stop PIO, repeat in 1 wk.`, [g, o, h]];
  }],
  // referrals to maternal-fetal medicine
  ['MFM referral letter', (d) => {
    const m = d.mfm(); const st = d.street(); const t = d.town(); const z = d.zip(); const [fx, p] = d.phone(); const q = d.person(); const dob = d.dob(); const edd = d.date();
    return [`To: ${m}\n${st}, ${t}, ${d.state()} ${z}\nFax: ${fx}\nRe: ${written(q)}, DOB ${dob}; IVF dichorionic twins, EDD ${edd}`, [m, st, t, z, p, ...nameParts(q), dob, edd]];
  }],
  ['referring provider with NPI', (d) => {
    const [st, sp] = d.staff(); const npi = d.npi(); const c = d.clinic(); const [ph, p] = d.phone();
    return [`Referring provider: ${st}, MD (REI), NPI ${npi}; ${c}, phone ${ph}.`, [...sp, npi, c, p]];
  }],
  ['records release by e-mail', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(d.given(), d.sur()); const dt = d.date();
    return [`Records sent to Dr. ${s}'s office at ${em} on ${dt} per the signed release; cc patient ${g}.`, [s, em, dt, g]];
  }],
  // portal and logistics
  ['portal login audit', (d) => {
    const dt = d.date(); const ip = d.ip(); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Portal login ${dt} ${d.time()} from IP ${ip}, user ${em}; downloaded embryology report.`, [dt, ip, em]];
  }],
  ['escort and vehicle plate', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const pl = d.plate();
    return [`Escort for retrieval: ${d.relation()} ${g} ${s}, cell ${ph}; vehicle plate ${pl} for garage validation.`, [g, s, p, pl]];
  }],
];

/** The names of the wave's frames. */
export const fertilityFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function fertilityWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, LATIN_FAKERS), seed, 11251, rounds);
}

/** Look-alikes in fertility clinic style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and anatomy
  ['Asherman syndrome ruled out on hysteroscopy.', 'Asherman'], ['Kallmann syndrome in the male partner.', 'Kallmann'],
  ['Müllerian anomaly: septate uterus.', 'Müllerian'], ['Dominant Graafian follicle on the right.', 'Graafian'],
  ['Fallopian tubes patent bilaterally on HSG.', 'Fallopian'], ['Sertoli cell-only pattern on biopsy.', 'Sertoli'],
  ['Kruger strict morphology 3%.', 'Kruger'], ['Gardner grading used for blastocysts.', 'Gardner'], ['Doppler flow to the ovaries normal.', 'Doppler'],
  ['Pfannenstiel incision from prior cesarean.', 'Pfannenstiel'], ['Turner mosaicism on karyotype.', 'Turner'], ['Klinefelter syndrome (47,XXY).', 'Klinefelter'],
  ['Nabothian cysts on the cervix.', 'Nabothian'], ['Pouch of Douglas free of fluid.', 'Pouch of Douglas'], ['Leydig cell function normal.', 'Leydig'],
  // drugs and brands
  ['Gonal-f 225 IU nightly.', 'Gonal-f'], ['Follistim AQ pen 300 IU.', 'Follistim AQ'], ['Menopur 75 IU mixed with diluent.', 'Menopur'],
  ['Cetrotide 0.25 mg once follicle reaches 14 mm.', 'Cetrotide'], ['Ganirelix 250 mcg in the morning.', 'Ganirelix'],
  ['Ovidrel 250 mcg trigger.', 'Ovidrel'], ['Novarel 10,000 units IM.', 'Novarel'], ['Lupron 80 units as trigger.', 'Lupron'],
  ['Crinone 8% vaginal gel daily.', 'Crinone'], ['Endometrin 100 mg TID.', 'Endometrin'], ['PIO 1 mL IM nightly.', 'PIO'],
  ['Estrace 2 mg three times daily.', 'Estrace'], ['Letrozole 5 mg CD 3-7.', 'Letrozole'], ['Clomid 50 mg days 5-9.', 'Clomid'],
  ['Prometrium 200 mg at bedtime.', 'Prometrium'], ['Delestrogen 4 mg IM every 3 days.', 'Delestrogen'], ['Vivelle-Dot patches.', 'Vivelle-Dot'],
  ['Doxycycline 100 mg BID for both partners.', 'Doxycycline'], ['Medrol 16 mg starting day of retrieval.', 'Medrol'],
  // devices and lab brands
  ['Cultured in the EmbryoScope+ time-lapse incubator.', 'EmbryoScope+'], ['Vitrified on Cryotop carriers.', 'Cryotop'],
  ['Wallace catheter used for the transfer.', 'Wallace catheter'], ['Stored in an MVE dewar.', 'MVE dewar'], ['CBS high-security straws.', 'CBS'],
  ['Kitazato warming kit.', 'Kitazato'], ['Vitrolife G-TL media.', 'Vitrolife'], ['Irvine Scientific culture media.', 'Irvine Scientific'],
  ['Geri incubator chamber 3.', 'Geri'], ['TMRW automated storage platform.', 'TMRW'],
  // procedures
  ['ICSI performed on all mature oocytes.', 'ICSI'], ['PGT-A results: euploid.', 'PGT-A'], ['PGT-M for cystic fibrosis.', 'PGT-M'],
  ['Plan FET next cycle.', 'FET'], ['IUI with washed specimen.', 'IUI'], ['Micro-TESE scheduled with urology.', 'Micro-TESE'],
  ['HSG showed a hydrosalpinx.', 'HSG'], ['Saline infusion sonogram normal.', 'Saline infusion sonogram'], ['ERA biopsy: receptive.', 'ERA'],
  ['Assisted hatching before transfer.', 'Assisted hatching'], ['Trophectoderm biopsy on day 5.', 'Trophectoderm biopsy'],
  ['Oocyte cryopreservation for elective fertility preservation.', 'Oocyte cryopreservation'], ['Reciprocal IVF planned.', 'Reciprocal IVF'],
  // scores, values, grades and cycle days
  ['AMH 1.2 ng/mL.', 'AMH 1.2 ng/mL'], ['AFC 14 total.', 'AFC 14'], ['BMI 27.4.', 'BMI 27.4'], ['Day 3 FSH 7.8.', 'Day 3'],
  ['Baseline scan on CD 2.', 'CD 2'], ['Monitoring on CD 12.', 'CD 12'], ['Day 21 progesterone 14.2.', 'Day 21'], ['Blastocyst 4AA on D5.', '4AA'],
  ['Embryo #2 arrested.', '#2'], ['Beta 212 mIU/mL.', '212 mIU/mL'], ['TMC 22 million post-wash.', '22 million'],
  ['Concentration 48 M/mL.', '48 M/mL'], ['Estradiol 2,450 pg/mL on trigger day.', '2,450 pg/mL'], ['Lining 9.1 mm trilaminar.', '9.1 mm'],
  ['Gestational age 6w4d.', '6w4d'], ['FHR 132 bpm.', '132 bpm'], ['14 oocytes retrieved, 11 MII, 9 2PN.', '14 oocytes'],
  ['Transferred 1 embryo.', '1 embryo'], ['Tank 4, canister B, cane 12.', 'Tank 4'], ['Goblet 3 of canister 6.', 'Goblet 3'],
  ['Straw 2 of 3.', 'Straw 2 of 3'], ['G2P0010.', 'G2P0010'],
  // codes, national bodies and standards
  ['CPT 58970 oocyte retrieval.', '58970'], ['CPT 89258 embryo cryopreservation.', '89258'], ['CPT 89280 ICSI.', '89280'],
  ['Z31.83 assisted reproductive fertility procedure cycle.', 'Z31.83'], ['N97.9 female infertility, unspecified.', 'N97.9'],
  ['HCPCS S4015 complete IVF cycle.', 'S4015'], ['N46.9 male infertility.', 'N46.9'], ['Reported to SART.', 'SART'],
  ['Per ASRM committee opinion.', 'ASRM'], ['FDA donor eligibility rules.', 'FDA'], ['21 CFR 1271 compliant.', '21 CFR 1271'],
  ['WHO 2021 reference values.', 'WHO 2021'], ['AATB accredited bank.', 'AATB'], ['CAP-accredited laboratory.', 'CAP'],
  ['CDC ART success rates.', 'CDC'], ['ACOG guidance on carrier screening.', 'ACOG'], ['ESHRE good practice paper.', 'ESHRE'],
  ['HIPAA authorization signed.', 'HIPAA'],
  // national banks, pharmacies, lenders, benefits, labs and couriers named alone
  ['Vials from California Cryobank.', 'California Cryobank'], ['Xytex donor profile reviewed.', 'Xytex'],
  ['Cryos International vials.', 'Cryos International'], ['Donor Egg Bank USA frozen eggs.', 'Donor Egg Bank USA'],
  ['Freedom Fertility Pharmacy will ship.', 'Freedom Fertility Pharmacy'], ['MDR Pharmaceutical Care called.', 'MDR Pharmaceutical Care'],
  ['Alto Pharmacy delivery.', 'Alto Pharmacy'], ['CVS Specialty prior auth.', 'CVS Specialty'], ['Progyny Smart Cycle.', 'Progyny'],
  ['Carrot benefit applies.', 'Carrot'], ['WINFertility case manager.', 'WINFertility'], ['Financed with Future Family.', 'Future Family'],
  ['CapexMD loan.', 'CapexMD'], ['Sent to Quest Diagnostics.', 'Quest Diagnostics'], ['Labcorp draw.', 'Labcorp'],
  ['CooperGenomics PGT-A report.', 'CooperGenomics'], ['Igenomix ERA.', 'Igenomix'], ['Natera carrier screen.', 'Natera'],
  ['Shipped via CryoPort.', 'CryoPort'], ['Sent FedEx Priority Overnight.', 'FedEx'], ['Signed with DocuSign.', 'DocuSign'],
  // generic places
  ['Specimen taken to the embryology lab.', 'embryology lab'], ['Produced in the andrology lab.', 'andrology lab'],
  ['Moved to the cryo room.', 'cryo room'], ['Retrieval in the procedure room.', 'procedure room'], ['Ordered from the sperm bank.', 'sperm bank'],
  ['Matched through the egg donor agency.', 'egg donor agency'], ['Meds from the specialty pharmacy.', 'specialty pharmacy'],
  ['Seen at the satellite monitoring office.', 'satellite monitoring office'],
  // relations and roles without names, ages, years, counts, durations and schedules
  ['Husband present for the retrieval.', 'Husband'], ['Intended father signed.', 'Intended father'], ['The carrier is doing well.', 'carrier'],
  ['The donor is anonymous.', 'donor'], ['Known donor is her brother-in-law.', 'brother-in-law'], ['The embryologist called.', 'embryologist'],
  ['Nurse coordinator aware.', 'Nurse coordinator'], ['Her wife will carry.', 'wife'], ['42-year-old G0.', '42'], ['Egg donor age 24.', '24'],
  ['Grandmother is 89 and well.', '89'], ['Prior IVF in 2019.', '2019'], ['Embryos frozen since 2017.', '2017'],
  ['Abstinence 3 days.', '3 days'], ['Retrieval 36 hours post-trigger.', '36 hours'], ['Trying for 18 months.', '18 months'],
  ['Monitoring Monday through Saturday.', 'Monday through Saturday'], ['Beta in 9 days.', '9 days'],
  // everyday words that are also names or towns
  ['She has hope for this cycle.', 'hope'], ['Joy at the heartbeat.', 'Joy'], ['They called it a miracle.', 'miracle'],
  ['Stone in the left kidney.', 'Stone'], ['Will call with results.', 'Will'], ['Credit union loan declined.', 'union'],
  ['Fertile window counseling.', 'Fertile'], ['Grace period for storage fees.', 'Grace'], ['Early pregnancy loss.', 'Early'],
  ['Golden hour after delivery.', 'Golden'],
];

export const fertilityKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedFertilityKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(fertilityKeepCases(), find);

export function scoreFertilityWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => fertilityWaveCases(seed)), find);
}
