// A blind wave of travel medicine and immunization clinic records: pre-travel consultations (the patient's header with
// DOB and MRN, the itinerary with its towns and cities abroad, dates and ranges of travel, the purpose of the trip, the
// hotel, lodge, guesthouse or cruise ship and cabin, the relative a traveller visiting friends and relatives will stay
// with and their village, the companion, the referring doctor's practice, the emergency contact, the travel insurer's
// policy and assistance line, the passport, flights with carrier code and number, booking references and seats, earlier
// trips, altitude plans), vaccine administration records (table rows with date, lot, expiry, site and the vaccinator's
// initials, yellow fever doses with the clinic's uniform stamp, the International Certificate of Vaccination or
// Prophylaxis with its name, birth date, passport, clinician, batch and validity date, medical waivers, rabies and
// Japanese encephalitis series by day, oral typhoid and cholera at home, registry submissions, VIS edition dates,
// refusals, VAERS reports, refrigerator logger serials, doses given at pharmacies), malaria prophylaxis and standby
// prescriptions (the Rx number and pharmacy, the prescriber's NPI, G6PD before tafenoquine, the pharmacy's street
// address), post-travel fever workups (the return, the hotel abroad, smears with their accession and reader, dengue
// serology sent on, freshwater and animal exposures at named sites, hospital stays abroad with their patient numbers,
// air ambulance transfers with the aircraft's registration, infectious disease consults, health department reports),
// returned-traveller lab slips (requisitions with account and specimen ids, stool kits, eosinophilia follow-up),
// passport, visa and immigration medical forms (USCIS Form I-693 with the civil surgeon, A-number, receipt number, the
// applicant's address and SSN, Canadian and Australian panel exams with UMI and HAP ids, Hajj meningococcal
// certificates, study-abroad and work-posting clearances with the university, employer and their ids), letters for
// airlines (fitness to fly with the booking and flight, MEDIF forms with oxygen concentrator serials, letters for
// carried medicines and sensors), and patient portal messages (from abroad with hotel and room, replies signed by the
// nurse, video visit logs with an IP address, reminders, letterheads with phone, fax and web address), in mixed case,
// ALL CAPS and lower case. Dates are written every way travel clinics, certificates and airlines write them
// ('03/04/2024', '3/4/24', '4 March 2024', '04 MAR 2024', '4/3/2024' on a certificate, '14MAR' on a ticket, 'Mar 4',
// '3/4', 'Tuesday', 'the 4th', 'March 2024', '11/2026' for a lot's expiry, ranges as '3/2-3/16' or 'March 2-16',
// 'Christmas Eve'); ages over 89, phones at home and abroad, fax numbers and e-mails are planted. Given names and surnames
// are often everyday words (Hope, Faith, Rocky, Bill, Stone, Hill, Fox, Rivers) or come from the fakers of the
// countries travellers visit family in (Ghana, Senegal, India, Nepal, Mexico, Brazil, Indonesia); home towns are often
// everyday words (Liberty, Union, Hope, Summit, Golden) and towns abroad sometimes are (Stone Town, Livingstone, Tamale,
// Kandy, Flores, Salvador). A list of look-alikes in the same style must not be touched. Written without reading the
// engine's rules or any gold data. `scoreTravelWave`.
// Decisions: a person's given name and surname are planted, a middle initial, a title ('Mr.', 'Dr.') and a credential
// ('MD, CTH', 'FNP-C', 'PharmD', 'RN', 'MLS(ASCP)') are not; a vaccinator's initials are planted; a relation without a
// name is kept; a town or city at home or abroad (and a village) is planted, a country, a US state, a region spanning
// countries ('sub-Saharan Africa', 'the Amazon basin') is kept; a travel clinic, a pharmacy, a hospital at home or
// abroad, a hotel, lodge, guesthouse or resort, a temple or sanctuary, a church, a university, an employer and a county
// health department are planted whole with their kind words ('Summit Travel Medicine Clinic', 'Acacia Safari Lodge',
// 'Korle Bu Teaching Hospital', 'Marion County Health Department'), while a chain, an airline, an insurer, a lab or a
// registry named alone ('Passport Health', 'Walgreens', 'Kenya Airways', 'GeoBlue', 'ARUP', 'ImmTrac2') is kept, and a
// chain store is planted by its store number; a street address is planted from its number to its street type, a ZIP is
// planted; a cruise ship's name and cabin, a hotel room, a flight (carrier code with number), a booking reference and a
// seat are planted; a passport, A-number, USCIS receipt, UMI, HAP ID, certificate, uniform stamp, registry, VAERS, Rx,
// NPI, accession, specimen, order, account, case, policy, member, student and employee number and an SSN are planted; a
// vaccine lot, a lot's expiry (a month with a year), a VIS edition date, a logger, sensor or concentrator serial and an
// aircraft registration are planted; a weekday naming one day is planted, a weekday written with its date is planted
// apart from it when they stand apart, as one part when written as one ('Tuesday, March 4'); a holiday that fixes a day
// is planted; a range is planted as written; the time next to a date is kept; a phone's leading '(' need not be
// covered, a phone abroad is planted whole with its country code; URLs, e-mails and IP addresses are planted whole; ages
// over 89 are planted, 89 and under kept. Kept (look-alikes): diseases and organisms named for places and people
// (Japanese encephalitis, Rift Valley fever, Lassa, Marburg, Ebola, Zika, Chagas, Katayama, St. Louis encephalitis,
// Rocky Mountain spotted fever, Ross River, Kyasanur Forest disease, Weil's disease, Salmonella Typhi), stains, tests
// and strains (Giemsa, BinaxNOW, Widal, Kato-Katz, Baermann, 17D, Ty21a, Vero cell), vaccine and drug brands, repellents
// and doses, scores (Lake Louise, qSOFA, WHO severe malaria criteria), schedules by day number ('day 0, 7 and 21'),
// altitudes, parasitemia and lab values, ICD-10, CPT, CVX and NDC codes, forms and bodies (ICVP, IHR, WHO, CDC, Form
// I-693, MEDIF, IATA, VAERS, VIS, Yellow Book, GeoSentinel), generic places (the travel clinic, the embassy, the airport,
// a rural village, the safari lodge), countries, states and regions, airlines, insurers, chains and labs, relations
// without names, ages of 89 and under, years alone, durations, and everyday words that are also names or towns.
// Measured before rules: 0.830 recall on seeds 5, 11, 23 (3804/4581), 0.821 on fresh seeds 41, 42, 43 (3762/4581); 9/132
// look-alikes touched ("Kyasanur Forest", "Lake Louise", "International Health Regulations", "airport", "safari lodge",
// "Ghana", "Southeast Asia", "Kenya Airways", "Passport Health") (engine at b1f152e).
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as np } from '@faker-js/faker/locale/en_NP';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as sn } from '@faker-js/faker/locale/fr_SN';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as idn } from '@faker-js/faker/locale/id_ID';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, gh, sn, ind, np, mx, br, de, idn];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Mercy', 'Blessing', 'Precious', 'Patience', 'Rocky', 'Bill', 'Will', 'Mark', 'Art', 'Chase', 'Hunter', 'Journey', 'Sky', 'River', 'Summer', 'April', 'June', 'Dawn', 'Ruby', 'Pearl', 'Ginger', 'Sunny', 'Brook', 'Glen', 'Dale', 'Cliff', 'Duke', 'Rusty', 'Wade', 'Skip'];
const WORD_SUR = ['Stone', 'Hill', 'Fox', 'Rivers', 'Price', 'Banks', 'Bird', 'Wolf', 'Hart', 'Frost', 'Snow', 'Day', 'Bell', 'Love', 'Best', 'Young', 'Cross', 'Street', 'Lane', 'Wells', 'Lake', 'Woods', 'Fields', 'Baker', 'Cook', 'Fisher', 'Walker', 'Porter', 'Page', 'Rich', 'Traveler', 'Voyles', 'Shipman', 'Ferry', 'Port', 'Rhodes', 'Miles', 'Mayo', 'Sterling', 'Nash'];
/** Home towns that are everyday words, and real small towns and cities. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Summit', 'Golden', 'Concord', 'Harmony', 'Eden', 'Paradise', 'Friendship', 'Bath', 'Reading', 'Canton', 'Normal', 'Surprise', 'Mobile', 'Independence', 'Commerce', 'Florence', 'Marion', 'Jasper', 'Warren', 'Auburn', 'Lebanon', 'Victor', 'Loveland', 'Midland', 'Moscow', 'Sterling', 'Wayne', 'Providence', 'Chester'];
const REAL_TOWNS = ['Burlington', 'Ithaca', 'Bend', 'Boulder', 'Missoula', 'Ann Arbor', 'Eugene', 'Flagstaff', 'Asheville', 'Durango', 'Bozeman', 'Duluth', 'Amherst', 'Northampton', 'Traverse City', 'Iowa City', 'Ames', 'Fort Collins', 'Bellingham', 'Olympia', 'Grand Junction', 'Sioux Falls', 'Fargo', 'Bangor', 'Keene', 'Corvallis', 'Ketchum', 'Laramie'];
const COUNTY_WORDS = ['Washtenaw', 'Tompkins', 'Deschutes', 'Boulder', 'Missoula', 'Buncombe', 'Larimer', 'Whatcom', 'Hennepin', 'Dane', 'Story', 'Douglas', 'Lincoln', 'Franklin', 'Marion', 'Union', 'Clay', 'Jefferson'];
const STATES = ['VT', 'NY', 'OR', 'CO', 'MT', 'MI', 'WA', 'MN', 'MA', 'NC', 'ID', 'IA', 'Oregon', 'Colorado', 'Vermont', 'Michigan'];
/** Towns and cities abroad with their countries (the country is kept, the town planted). */
const CITIES: readonly (readonly [string, string])[] = [
  ['Arusha', 'Tanzania'], ['Moshi', 'Tanzania'], ['Stone Town', 'Tanzania'], ['Mombasa', 'Kenya'], ['Kisumu', 'Kenya'], ['Nanyuki', 'Kenya'],
  ['Entebbe', 'Uganda'], ['Jinja', 'Uganda'], ['Kumasi', 'Ghana'], ['Tamale', 'Ghana'], ['Cape Coast', 'Ghana'], ['Accra', 'Ghana'],
  ['Ibadan', 'Nigeria'], ['Enugu', 'Nigeria'], ['Port Harcourt', 'Nigeria'], ['Lagos', 'Nigeria'], ['Dakar', 'Senegal'], ['Thiès', 'Senegal'],
  ['Kigali', 'Rwanda'], ['Musanze', 'Rwanda'], ['Livingstone', 'Zambia'], ['Victoria Falls', 'Zimbabwe'], ['Freetown', 'Sierra Leone'],
  ['Bamako', 'Mali'], ['Addis Ababa', 'Ethiopia'], ['Lalibela', 'Ethiopia'], ['Cusco', 'Peru'], ['Iquitos', 'Peru'],
  ['Puerto Maldonado', 'Peru'], ['Huaraz', 'Peru'], ['Manaus', 'Brazil'], ['Belém', 'Brazil'], ['Salvador', 'Brazil'], ['Leticia', 'Colombia'],
  ['Cartagena', 'Colombia'], ['Santa Marta', 'Colombia'], ['Antigua', 'Guatemala'], ['Flores', 'Guatemala'], ['Granada', 'Nicaragua'],
  ['León', 'Nicaragua'], ['Tamarindo', 'Costa Rica'], ['Puerto Viejo', 'Costa Rica'], ['Roatán', 'Honduras'], ['Port-au-Prince', 'Haiti'],
  ['Punta Cana', 'Dominican Republic'], ['Tena', 'Ecuador'], ['Rurrenabaque', 'Bolivia'], ['Mérida', 'Mexico'], ['Tulum', 'Mexico'],
  ['Siem Reap', 'Cambodia'], ['Battambang', 'Cambodia'], ['Luang Prabang', 'Laos'], ['Vang Vieng', 'Laos'], ['Chiang Mai', 'Thailand'],
  ['Krabi', 'Thailand'], ['Hoi An', 'Vietnam'], ['Da Nang', 'Vietnam'], ['Sapa', 'Vietnam'], ['Ubud', 'Indonesia'], ['Yogyakarta', 'Indonesia'],
  ['Cebu City', 'Philippines'], ['El Nido', 'Philippines'], ['Pokhara', 'Nepal'], ['Lukla', 'Nepal'], ['Namche Bazaar', 'Nepal'],
  ['Kathmandu', 'Nepal'], ['Varanasi', 'India'], ['Rishikesh', 'India'], ['Jaipur', 'India'], ['Kochi', 'India'], ['Hyderabad', 'India'],
  ['Sylhet', 'Bangladesh'], ['Lahore', 'Pakistan'], ['Mandalay', 'Myanmar'], ['Kandy', 'Sri Lanka'], ['Galle', 'Sri Lanka'],
  ['Port Moresby', 'Papua New Guinea'], ['Nadi', 'Fiji'], ['Nairobi', 'Kenya'], ['Kampala', 'Uganda'], ['Bangkok', 'Thailand'], ['Lima', 'Peru'],
  ['Hanoi', 'Vietnam'],
];
/** Villages abroad (a traveller visiting family names theirs). */
const VILLAGES = ['Nkawkaw', 'Aburi', 'Mampong', 'Ejisu', 'Ndiaganiao', 'Keur Massar', 'Touba', 'Ogbomosho', 'Nsukka', 'Awka', 'Bhaktapur', 'Dhulikhel', 'Bandipur', 'Gorkha', 'Anand', 'Nadiad', 'Palakkad', 'Tlacotalpan', 'Cuetzalan', 'Juchitán', 'Lençóis', 'Paraty', 'Bukittinggi', 'Singaraja', 'Mbour', 'Kpandu', 'Hohoe', 'Bolgatanga'];
const STREET_WORDS = ['Main', 'Church', 'Elm', 'Oak', 'Maple', 'Cedar', 'Walnut', 'Park', 'College', 'Pearl', 'Spring', 'Highland', 'Sunset', 'Meadow', 'Mill', 'Orchard', 'Lakeview', 'Summit', 'Canyon', 'Aspen', 'Juniper', 'Pine Ridge'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Way', 'Blvd', 'Pkwy'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Patrick', 'Vincent', 'Jude', 'Luke', 'Catherine', 'Michael', 'Elizabeth', 'Peter'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'University Hospital'];
/** Hospitals and clinics abroad known by their own names, by the town they stand in. */
const FOREIGN_NAMED: Readonly<Record<string, readonly string[]>> = {
  Nairobi: ['Aga Khan University Hospital', 'Kenyatta National Hospital'], Accra: ['Korle Bu Teaching Hospital', '37 Military Hospital'],
  Kampala: ['Mulago National Referral Hospital'], Bangkok: ['Bumrungrad International Hospital'], Lima: ['Clínica Anglo Americana'],
  Hanoi: ['Vinmec International Hospital'], Kathmandu: ['CIWEC Hospital'], Moshi: ['Kilimanjaro Christian Medical Centre'],
  Lagos: ['Lagos University Teaching Hospital'], Kumasi: ['Komfo Anokye Teaching Hospital'], Dakar: ['Hôpital Principal de Dakar'],
};
const LODGE_WORDS = ['Acacia', 'Baobab', 'Mango', 'Tamarind', 'Jaguar', 'Kingfisher', 'Hornbill', 'Orchid', 'Lotus', 'Coral', 'Sunbird', 'Riverside', 'Mountain View', 'Sunrise', 'Flamingo', 'Papaya', 'Toucan', 'Marula', 'Jacaranda', 'Blue Lagoon'];
const SHIP_A = ['Island', 'Ocean', 'Silver', 'Star', 'Sea', 'Coral', 'Amazon', 'Viking', 'Royal', 'Pacific'];
const SHIP_B = ['Spirit', 'Dawn', 'Explorer', 'Voyager', 'Serenade', 'Odyssey', 'Navigator', 'Horizon', 'Discovery', 'Jewel'];
/** Airlines (kept) and their carrier codes (planted with a flight's number). */
const AIRLINES: readonly (readonly [string, string])[] = [['United', 'UA'], ['Delta', 'DL'], ['American Airlines', 'AA'], ['Kenya Airways', 'KQ'], ['Ethiopian Airlines', 'ET'], ['Emirates', 'EK'], ['Qatar Airways', 'QR'], ['Lufthansa', 'LH'], ['Air France', 'AF'], ['KLM', 'KL'], ['Turkish Airlines', 'TK'], ['LATAM', 'LA'], ['Copa', 'CM'], ['Avianca', 'AV'], ['Vietnam Airlines', 'VN'], ['Thai Airways', 'TG'], ['JetBlue', 'B6'], ['Alaska Airlines', 'AS']];
const INSURERS = ['GeoBlue', 'Allianz Travel', 'World Nomads', 'IMG', 'Seven Corners', 'Travel Guard', 'Medjet'];
const REGISTRIES = ['ImmTrac2', 'CAIR2', 'MCIR', 'NYSIIS', 'IRIS', 'WIR', 'ALERT IIS', 'CIIS'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Halloween', "Valentine's Day", 'Christmas', "St. Patrick's Day"];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'aunt', 'uncle', 'cousin', 'mother', 'father', 'grandmother', 'partner', 'friend'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.'];
/** Codes, brands and lots of travel vaccines (the brand is kept, the lot planted). */
const VACCINES = ['YF-VAX', 'Stamaril', 'Ixiaro', 'Typhim Vi', 'Havrix 1440', 'Twinrix', 'Engerix-B', 'Heplisav-B', 'Imovax Rabies', 'RabAvert', 'Menveo', 'MenQuadfi', 'Boostrix', 'Vaxchora', 'Ixchiq', 'Priorix'];
const SITES = ['L deltoid', 'R deltoid', 'LD', 'RD', 'L vastus lateralis', 'L arm', 'R arm'];

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
  title(): string {
    return this.pick(TITLES);
  }
  /** A home town. */
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  /** A town or city abroad and its country. */
  abroad(): readonly [string, string] {
    return this.pick(CITIES);
  }
  city(): string {
    return this.abroad()[0];
  }
  village(): string {
    return this.pick(VILLAGES);
  }
  vaccine(): string {
    return this.pick(VACCINES);
  }
  site(): string {
    return this.pick(SITES);
  }
  /** A travel clinic's name. */
  clinic(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Travel Medicine Clinic`;
    if (k === 1) return `${this.town()} Travel & Immunization Center`;
    if (k === 2) return `${this.hospital()} Travel Clinic`;
    if (k === 3) return `Passport Health ${this.town()}`;
    if (k === 4) return `${this.sur()} Travel Health`;
    return `${this.pick(COUNTY_WORDS)} County Travel and Immunization Clinic`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** A hospital or clinic abroad, some named for the town `city` they stand in. */
  foreignHospital(city: string): string {
    const named = FOREIGN_NAMED[city];
    if (named && this.r() < 0.6) return this.pick(named);
    const k = this.int(1, 5);
    if (k <= 2) return `Hospital Regional de ${city}`;
    if (k === 3) return `${city} International Hospital`;
    if (k === 4) return `Clínica ${this.sur()}`;
    return `St. ${this.pick(SAINTS)}'s Mission Hospital`;
  }
  /** A hotel, lodge, guesthouse or resort. */
  hotel(): string {
    const w = this.pick(LODGE_WORDS);
    const k = this.int(0, 6);
    if (k === 0) return `Hotel ${w}`;
    if (k === 1) return `${w} Safari Lodge`;
    if (k === 2) return `${w} Eco Lodge`;
    if (k === 3) return `${w} Beach Resort`;
    if (k === 4) return `${w} Guesthouse`;
    if (k === 5) return `Casa ${this.sur()}`;
    return `${w} Plaza Hotel`;
  }
  /** A pharmacy: its text and the parts planted (a chain's store by its number, an independent whole). */
  pharmacy(): readonly [string, readonly string[]] {
    const k = this.int(0, 5);
    const n = String(this.int(120, 19999));
    if (k === 0) { const p = `${this.sur()} Family Pharmacy`; return [p, [p]]; }
    if (k === 1) { const p = `${this.sur()}'s Pharmacy`; return [p, [p]]; }
    if (k === 2) return [`Walgreens #${n}`, [n]];
    if (k === 3) return [`CVS Pharmacy store ${n}`, [n]];
    if (k === 4) { const p = `${this.sur()} Drug`; return [p, [p]]; }
    return [`Kroger Pharmacy #${n}`, [n]];
  }
  church(): string {
    const k = this.int(0, 3);
    if (k === 0) return `First Baptist Church of ${this.town()}`;
    if (k === 1) return `St. ${this.pick(SAINTS)}'s Catholic Church`;
    if (k === 2) return `${this.town()} Community Church`;
    return `Grace Fellowship of ${this.town()}`;
  }
  university(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} College`;
    if (k === 1) return `University of ${this.town()}`;
    if (k === 2) return `${this.town()} State University`;
    return `${this.sur()} College`;
  }
  employer(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.sur()} Engineering Group`;
    if (k === 1) return `${this.town()} Mining Company`;
    if (k === 2) return `${this.sur()} Brothers Construction`;
    return `${this.pick(LODGE_WORDS)} Relief International`;
  }
  /** A temple, sanctuary or park where an animal bite or a swim happened. */
  site2(): string {
    const w = this.pick(LODGE_WORDS);
    const k = this.int(0, 3);
    if (k === 0) return `${w} Temple`;
    if (k === 1) return `${w} Monkey Forest Sanctuary`;
    if (k === 2) return `${w} Falls Campsite`;
    return `${w} Wildlife Reserve`;
  }
  countyDept(): string {
    return `${this.pick(COUNTY_WORDS)} County Health Department`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(10001, 99899)).padStart(5, '0');
    return this.r() < 0.25 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms clinics write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${d} ${MON[m - 1]!} ${y}` : `${m}/${d}/${y}`);
  }
  /** A certificate's birth date, vaccination date and the date it is valid from (ten days later), day first, in one of
   * the forms certificates are filled in with. */
  icvpDates(): readonly [string, string, string] {
    const k = this.int(0, 3);
    const f = (t: Date): string => {
      const d = t.getUTCDate(); const m = t.getUTCMonth(); const y = t.getUTCFullYear();
      if (k === 0) return `${pad2(d)} ${MON[m]!.toUpperCase()} ${y}`;
      if (k === 1) return `${pad2(d)}/${pad2(m + 1)}/${y}`;
      if (k === 2) return `${d} ${MONTHS[m]!} ${y}`;
      return `${d}-${MON[m]!}-${y}`;
    };
    const [bm, bd] = this.md();
    const [m, d] = this.md();
    const given = Date.UTC(this.year(), m - 1, d);
    return [f(new Date(Date.UTC(this.int(1940, 2012), bm - 1, bd))), f(new Date(given)), f(new Date(given + 10 * 86400000))];
  }
  /** A ticket's day and month ('14MAR'). */
  ticketDate(): string {
    const [m, d] = this.md();
    return `${pad2(d)}${MON[m - 1]!.toUpperCase()}`;
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
  /** A date range as written. */
  range(): string {
    const m = this.int(1, 12);
    const a = this.int(1, 14);
    const b = a + this.int(3, 14);
    const k = this.int(0, 3);
    if (k === 0) return `${m}/${a}-${m}/${b}`;
    if (k === 1) return `${MONTHS[m - 1]!} ${a}-${b}`;
    if (k === 2) return `${MON[m - 1]!} ${a} - ${MON[m % 12]!} ${this.int(1, 20)}`;
    return `${a}-${b} ${MONTHS[m - 1]!}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  /** A lot's expiry: a month with a year, or a full date. */
  expiry(): string {
    const m = this.int(1, 12);
    const y = this.int(2025, 2028);
    const k = this.int(0, 3);
    if (k === 0) return `${pad2(m)}/${y}`;
    if (k === 1) return `${MON[m - 1]!} ${y}`;
    if (k === 2) return `${y}-${pad2(m)}-${pad2(this.int(1, 28))}`;
    return `${m}/${this.int(1, 28)}/${pad2(y % 100)}`;
  }
  dob(lo = 1940, hi = 2010): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 101));
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
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  /** A phone abroad with its country code. */
  intlPhone(): string {
    const k = this.int(0, 5);
    if (k === 0) return `+254 7${this.digitString(2)} ${this.digitString(3)} ${this.digitString(3)}`;
    if (k === 1) return `+233 ${this.int(20, 59)} ${this.digitString(3)} ${this.digitString(4)}`;
    if (k === 2) return `+51 9${this.digitString(2)} ${this.digitString(3)} ${this.digitString(3)}`;
    if (k === 3) return `+91 9${this.digitString(4)} ${this.digitString(5)}`;
    if (k === 4) return `+977-98${this.digitString(8)}`;
    return `+44 20 ${this.digitString(4)} ${this.digitString(4)}`;
  }
  email(g: string, s: string): string {
    const dom = this.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', `${asciiLetters(this.town()) || 'union'}travelmed.org`]);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a.charAt(0)}${b.charAt(0)}${this.int(10, 9999)}`, `${b.charAt(0)}${a.charAt(0)}.missions`, `${a.charAt(0)}.${b.charAt(0)}${this.int(1, 99)}`, `trips${this.int(100, 999)}`]);
    return `${local}@${dom}`;
  }
  url(): string {
    const t = asciiLetters(this.town()) || 'union';
    return this.pick([`https://www.${t}travelclinic.com`, `https://${t}travelmed.org/forms`, `www.${t}travelhealth.com`, `https://mychart.${t}health.org`]);
  }
  ip(): string {
    return `${this.int(11, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  /** A vaccine lot. */
  lot(): string {
    const k = this.int(0, 5);
    if (k === 0) return `U${this.digitString(4)}AA`;
    if (k === 1) return `AHAVB${this.digitString(3)}AA`;
    if (k === 2) return `JEV${pad2(this.int(19, 25))}${this.letters(1)}${this.digitString(3)}`;
    if (k === 3) return `${this.letters(1)}${this.digitString(3)}${this.letters(2)}`;
    if (k === 4) return this.digitString(this.int(6, 8));
    return `${this.digitString(2)}${this.letters(2)}${this.digitString(4)}`;
  }
  passport(): string {
    const k = this.int(0, 4);
    if (k === 0) return this.digitString(9);
    if (k === 1) return `${this.letters(1)}${this.digitString(8)}`;
    if (k === 2) return `${this.letters(2)}${this.digitString(6)}`;
    if (k === 3) return `${this.letters(1)}${this.digitString(7)}`;
    return `A${this.digitString(8)}`;
  }
  /** An airline's name (kept) and one of its flights (planted). */
  flight(): readonly [string, string] {
    const [a, c] = this.pick(AIRLINES);
    const n = String(this.int(1, 2999));
    return [a, this.r() < 0.5 ? `${c} ${n}` : `${c}${n}`];
  }
  /** An airline booking reference. */
  pnr(): string {
    return this.lettersOf('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6);
  }
  seat(): string {
    return `${this.int(1, 48)}${this.pick([...'ABCDEFHJK'])}`;
  }
  cabin(): string {
    return this.r() < 0.6 ? `${this.int(2, 11)}${this.digitString(3)}` : `${this.pick(['A', 'B', 'C', 'D'])}${this.digitString(3)}`;
  }
  ship(): string {
    return `${this.pick(['MV', 'MS', 'M/V'])} ${this.pick(SHIP_A)} ${this.pick(SHIP_B)}`;
  }
  room(): string {
    return String(this.int(101, 1420));
  }
  /** A yellow fever centre's uniform stamp number. */
  stamp(): string {
    const k = this.int(0, 2);
    if (k === 0) return `US-${this.digitString(5)}`;
    if (k === 1) return this.digitString(5);
    return `YF-${this.letters(2)}-${this.digitString(4)}`;
  }
  certificate(): string {
    return this.r() < 0.5 ? `MEN-${pad2(this.int(19, 25))}-${this.digitString(6)}` : this.digitString(8);
  }
  policy(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(8)}`;
    if (k === 1) return this.digitString(10);
    return `TRV-${this.digitString(7)}`;
  }
  memberId(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(9)}` : `${this.digitString(9)}${this.pick(['01', '02'])}`;
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  rxNo(): string {
    return this.digitString(this.int(7, 8));
  }
  accession(): string {
    const yy = pad2(this.int(19, 25));
    const k = this.int(0, 2);
    if (k === 0) return `M${yy}-${this.digitString(5)}`;
    if (k === 1) return `PAR-${this.digitString(6)}`;
    return this.digitString(10);
  }
  specimen(): string {
    return this.r() < 0.5 ? `${pad2(this.int(19, 25))}${this.letters(2)}${this.digitString(6)}` : this.digitString(9);
  }
  aNumber(): string {
    return this.r() < 0.6 ? `A${this.digitString(9)}` : `A-${this.digitString(3)}-${this.digitString(3)}-${this.digitString(3)}`;
  }
  receipt(): string {
    return `${this.pick(['IOE', 'EAC', 'WAC', 'LIN', 'SRC', 'MSC', 'NBC'])}${this.digitString(10)}`;
  }
  ssn(): string {
    const a = this.int(100, 665);
    const b = pad2(this.int(1, 99));
    const c = String(this.int(1, 9999)).padStart(4, '0');
    return this.r() < 0.8 ? `${a}-${b}-${c}` : `${a}${b}${c}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 1) return this.digitString(this.int(8, 10));
    if (k === 2) return `${this.digitString(1)}${this.letters(3)}${this.digitString(5)}`;
    return `${this.digitString(4)}-${this.digitString(4)}`;
  }
  /** An aircraft's registration. */
  tail(): string {
    const k = this.int(0, 2);
    if (k === 0) return `N${this.int(1, 999)}${this.letters(2)}`;
    if (k === 1) return `5Y-${this.letters(3)}`;
    return `N${this.digitString(4)}${this.letters(1)}`;
  }
  /** 'Dr. First Last, MD, CTH' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 4);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}, MD, CTH`, [g, s]];
    if (k === 2) return [`${g} ${s}, FNP-C`, [g, s]];
    if (k === 3) return [`${g} ${s}, DO, FACP`, [g, s]];
    return [`Dr. ${g} ${s}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // pre-travel consultations
  ['pre-travel consult header', (d) => {
    const dt = d.date(); const s = d.sur().toUpperCase(); const g = d.given(); const dob = d.dob(); const mrn = d.mrn(); const c = d.clinic();
    return [`PRE-TRAVEL CONSULTATION   Visit date: ${dt}\nPatient: ${s}, ${g}   DOB: ${dob}   MRN: ${mrn}\nLocation: ${c}`, [dt, s, g, dob, mrn, c]];
  }],
  ['itinerary towns and dates', (d) => {
    const [c1, k1] = d.abroad(); const md1 = d.monDay(); const md2 = d.monDay(); const c2 = d.city(); const c3 = d.city();
    return [`Itinerary: arrives ${c1} (${k1}) ${md1}, then ${c2} for ${d.int(4, 10)} nights, flies home from ${c3} ${md2}.`, [c1, md1, c2, c3, md2]];
  }],
  ['itinerary range and country', (d) => {
    const [c, k] = d.abroad(); const r = d.range(); const t = d.town();
    return [`Traveling from ${t} to ${k}, staying mostly in ${c}, dates ${r}; rural exposure limited to day trips.`, [t, c, r]];
  }],
  ['VFR staying with relative in village', (d) => {
    const rel = d.relation(); const g = d.given(); const s = d.sur(); const v = d.village(); const [c, k] = d.abroad();
    return [`Purpose of travel: VFR. Will stay with ${rel} ${g} ${s} in ${v}, about ${d.int(20, 90)} km from ${c} (${k}); no bed net at the family home.`, [g, s, v, c]];
  }],
  ['accommodation hotel and lodge', (d) => {
    const h = d.hotel(); const c = d.city(); const l = d.hotel();
    return [`Accommodation: ${h} in ${c} (air-conditioned, screened), then ${l} for the safari portion; permethrin-treated nets per the tour operator.`, [h, c, l]];
  }],
  ['departure weekday and date too soon', (d) => {
    const w = d.weekday(); const md = d.slashMd();
    return [`Departs ${w} ${md}, only ${d.int(3, 9)} days from today; rabies PrEP cannot be completed, advised to avoid animal contact.`, [w, md]];
  }],
  ['referring doctor and practice', (d) => {
    const [doc, p] = d.doctor(); const t = d.town(); const pr = `${t} Family Medicine`; const t2 = d.town();
    return [`Referred by ${doc} of ${pr} in ${t2} for pre-travel advice and yellow fever vaccination.`, [...p, pr, t2]];
  }],
  ['river cruise age over 89 with companion', (d) => {
    const n = d.ageOver89(); const [who, pro] = d.pick([['woman', 'her'], ['man', 'his']] as const); const rel = d.relation(); const g = d.given(); const c = d.city(); const c2 = d.city();
    return [`${n}-year-old ${who} traveling with ${pro} ${rel} ${g} on a cruise calling at ${c} and ${c2}; fall precautions and DVT prophylaxis reviewed.`, [n, g, c, c2]];
  }],
  ['cruise ship and cabin', (d) => {
    const sh = d.ship(); const cb = d.cabin(); const c = d.city(); const dt = d.date();
    return [`Sailing on the ${sh}, cabin ${cb}, embarking in ${c} on ${dt}. Ship's medical center has no rabies immune globulin on board.`, [sh, cb, c, dt]];
  }],
  ['emergency contact abroad', (d) => {
    const rel = d.relation(); const g = d.given(); const s = d.sur(); const ph = d.intlPhone();
    return [`Emergency contact while abroad: ${g} ${s} (${rel}), WhatsApp ${ph}.`, [g, s, ph]];
  }],
  ['travel insurance and assistance line', (d) => {
    const pol = d.policy(); const [ph, p] = d.phone();
    return [`Travel insurance: ${d.pick(INSURERS)} policy #${pol}, includes medical evacuation; 24-h assistance line ${ph}.`, [pol, p]];
  }],
  ['passport number and expiry', (d) => {
    const pp = d.passport(); const [, k] = d.abroad(); const dt = d.date();
    return [`Passport no. ${pp} (issued by ${d.pick(['United States', 'Ghana', 'India', 'Nepal', 'Mexico', 'Canada'])}), expires ${dt}; entry to ${k} requires 6 months' validity.`, [pp, dt]];
  }],
  ['flight booking reference and ticket date', (d) => {
    const [a, f] = d.flight(); const td = d.ticketDate(); const pnr = d.pnr(); const st = d.seat();
    return [`${a} ${f} dep ${td} ${d.time()}, record locator ${pnr}, seat ${st}. Long-haul: compression stockings, aisle seat advised.`, [f, td, pnr, st]];
  }],
  ['prior travel and prior yellow fever dose', (d) => {
    const my = d.monthYear(); const c = d.city(); const cl = d.clinic();
    return [`Prior travel: ${my} to ${c}, uneventful. Yellow fever vaccine received at ${cl} in ${d.int(2004, 2018)}; ICVP lost.`, [my, c, cl]];
  }],
  ['altitude trek start town and date', (d) => {
    const t1 = d.pick(['Lukla', 'Huaraz', 'Cusco', 'Moshi', 'Namche Bazaar', 'Pokhara']); const md = d.monDay(); const t2 = d.pick(['Dingboche', 'Tengboche', 'Ollantaytambo', 'Marangu', 'Manang', 'Chacas']);
    return [`Trek begins in ${t1} ${md}; first night above 3,000 m at ${t2}. Acetazolamide 125 mg BID starting the day before ascent; Lake Louise score reviewed.`, [t1, md, t2]];
  }],
  // vaccine administration records
  ['vaccine administration table row', (d) => {
    const dt = d.date(); const lot = d.lot(); const ex = d.expiry(); const i = d.initials();
    return [`${dt} | ${d.vaccine()} | 0.5 mL IM | ${d.site()} | Lot ${lot} | Exp ${ex} | Given by ${i}`, [dt, lot, ex, i]];
  }],
  ['yellow fever dose with uniform stamp', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const lot = d.lot(); const st = d.stamp();
    return [`YF-VAX 0.5 mL SC R arm given ${dt} by ${g} ${s}, RN. Lot ${lot}. Uniform stamp ${st} applied to the ICVP; observed 15 min without reaction.`, [dt, g, s, lot, st]];
  }],
  ['ICVP certificate block', (d) => {
    const g = d.given(); const s = d.sur().toUpperCase(); const [dob, dt, vf] = d.icvpDates(); const pp = d.passport(); const cg = d.given(); const cs = d.sur(); const lot = d.lot(); const cl = d.clinic();
    return [`INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS\nThis is to certify that ${s} ${g}, date of birth ${dob}, national identification document ${pp}, has on the date indicated been vaccinated against yellow fever.\nDate: ${dt}   Clinician: ${cg} ${cs}, MD   Manufacturer and batch no.: Sanofi Pasteur ${lot}\nCertificate valid from ${vf} until life of person vaccinated.   Official stamp: ${cl}`, [s, g, dob, pp, dt, cg, cs, lot, vf, cl]];
  }],
  ['yellow fever medical waiver', (d) => {
    const my = d.monthYear(); const dt = d.date(); const s = d.sur();
    return [`Yellow fever vaccine contraindicated (thymectomy ${my}). Medical contraindication section of the ICVP completed ${dt} and signed by Dr. ${s}; waiver letter on clinic letterhead given.`, [my, dt, s]];
  }],
  ['rabies pre-exposure days', (d) => {
    const a = d.slashMd(); const b = d.slashMd(); const lot = d.lot();
    return [`Rabies PrEP (2-dose): Imovax 1 mL IM day 0 (${a}) and day 7 (${b}); lot ${lot}. No booster titer needed unless ongoing risk.`, [a, b, lot]];
  }],
  ['JE second dose with first dose date', (d) => {
    const dt = d.date(); const md = d.slashMd(); const c = d.city();
    return [`Ixiaro dose 2 given ${dt} (dose 1 on ${md}); indicated for more than a month in rural ${c} during rice season.`, [dt, md, c]];
  }],
  ['oral typhoid dispensed by pharmacist', (d) => {
    const dt = d.date(); const lot = d.lot(); const ex = d.expiry(); const g = d.given();
    return [`Vivotif (Ty21a) dispensed ${dt}, lot ${lot}, exp ${ex}. One capsule every other day x 4 with cool water; keep refrigerated. Counseled by ${g}, PharmD.`, [dt, lot, ex, g]];
  }],
  ['cholera vaccine at home on the ordinal', (d) => {
    const o = ordinal(d.int(1, 28)); const c = d.city();
    return [`Vaxchora taken at home on the ${o}; nothing to eat or drink 60 minutes before and after. Completed at least 10 days before departure for ${c}.`, [o, c]];
  }],
  ['registry submission', (d) => {
    const id = d.digitString(d.int(7, 10)); const dt = d.mdy();
    return [`Doses submitted to ${d.pick(REGISTRIES)} (client ID ${id}) on ${dt}; prior hepatitis A series found in the registry.`, [id, dt]];
  }],
  ['VIS editions given', (d) => {
    const a = d.date(); const b = d.date(); const g = d.given(); const s = d.sur();
    return [`VIS given: Yellow Fever (${a}); Typhoid (${b}). ${g} ${s} read the sheets and had questions answered.`, [a, b, g, s]];
  }],
  ['vaccine refusal witnessed', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Declined hepatitis A and typhoid vaccines after counseling; refusal form signed, witnessed by ${g} ${s}, MA, on ${dt}.`, [g, s, dt]];
  }],
  ['VAERS report', (d) => {
    const dt = d.date(); const id = d.digitString(7);
    return [`Fever 38.9 C and large local reaction 36 h after Ixchiq; VAERS report submitted ${dt}, VAERS ID ${id}.`, [dt, id]];
  }],
  ['refrigerator logger serial', (d) => {
    const sn = d.serial(); const w = d.weekday(); const i = d.initials();
    return [`Vaccine refrigerator 2, LogTag S/N ${sn}: min 2.9 C, max 7.4 C, no excursion. Checked ${w} AM by ${i}.`, [sn, w, i]];
  }],
  ['dose given at pharmacy and faxed', (d) => {
    const [ph, pp] = d.pharmacy(); const t = d.town(); const md = d.monDay(); const [fx, p] = d.phone();
    return [`Twinrix dose 2 given at ${ph} in ${t} on ${md}; pharmacy record faxed from ${fx}.`, [...pp, t, md, p]];
  }],
  ['ICVP replaced from records', (d) => {
    const dt = d.date(); const dt2 = d.date(); const lot = d.lot(); const st = d.stamp();
    return [`Lost ICVP reported ${dt}. Replacement certificate issued from clinic records: original dose ${dt2}, batch ${lot}, stamp ${st}.`, [dt, dt2, lot, st]];
  }],
  // malaria prophylaxis and travel prescriptions
  ['atovaquone-proguanil Rx to pharmacy', (d) => {
    const c = d.city(); const rx = d.rxNo(); const [ph, pp] = d.pharmacy(); const dt = d.date();
    return [`Atovaquone-proguanil 250/100 mg, 1 tab daily starting 1-2 days before arrival in ${c} and for 7 days after leaving; #${d.int(20, 40)}. Rx #${rx} sent to ${ph} ${dt}.`, [c, rx, ...pp, dt]];
  }],
  ['doxycycline with prescriber NPI', (d) => {
    const [doc, p] = d.doctor(); const npi = d.npi();
    return [`Doxycycline hyclate 100 mg PO daily, start 1-2 days before travel and continue 4 weeks after return; disp #${d.int(40, 70)}, 0 RF.\nPrescriber: ${doc}   NPI ${npi}`, [...p, npi]];
  }],
  ['mefloquine first dose weekday and date', (d) => {
    const w = d.weekday(); const md = d.monDay();
    return [`Mefloquine 250 mg weekly; first dose ${w}, ${md}, at least 2 weeks before departure to assess tolerance. No seizure or psychiatric history.`, [`${w}, ${md}`]];
  }],
  ['G6PD before tafenoquine drawn in town', (d) => {
    const md = d.slashMd(); const t = d.town();
    return [`G6PD quantitative 11.2 U/g Hb (normal) drawn ${md} at the ${d.pick(['Quest', 'LabCorp'])} patient service center in ${t}; tafenoquine (Arakoda) 200 mg daily x 3 loading days prescribed.`, [md, t]];
  }],
  ['standby emergency treatment village', (d) => {
    const v = d.village(); const [ph, pp] = d.pharmacy();
    return [`Standby emergency treatment: Coartem 20/120 mg, 4 tabs BID x 3 days, only if fever and no care within 24 h of ${v}. Filled at ${ph}.`, [v, ...pp]];
  }],
  ['traveler diarrhea Rx to pharmacy address', (d) => {
    const [ph, pp] = d.pharmacy(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Azithromycin 1 g PO x 1 for moderate to severe travelers' diarrhea. E-prescribed to ${ph}, ${st}, ${t}, ${d.state()} ${z}.`, [...pp, st, t, z]];
  }],
  // post-travel fever workups
  ['post-travel fever HPI', (d) => {
    const w = d.weekday(); const [c, k] = d.abroad(); const h = d.hotel(); const md = d.monDay();
    return [`${d.int(19, 78)} y/o returned ${w} from ${c}, ${k}, where ${d.pick(['she', 'he'])} stayed at ${h}; fever onset ${md}, day ${d.int(2, 6)} of illness. No prophylaxis taken.`, [w, c, h, md]];
  }],
  ['malaria smear result and reader', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const acc = d.accession();
    return [`Thick and thin smears ${dt} ${d.time()}: Plasmodium falciparum, parasitemia 2.4%. Read by ${g} ${s}, MLS(ASCP). Accession ${acc}.`, [dt, g, s, acc]];
  }],
  ['repeat smears on two dates', (d) => {
    const a = d.slashMd(); const b = d.slashMd();
    return [`Repeat smears #2 and #3 (${a} and ${b}) negative; BinaxNOW malaria antigen negative. Malaria excluded.`, [a, b]];
  }],
  ['dengue serology sent on', (d) => {
    const sp = d.specimen(); const dt = d.date();
    return [`Dengue NS1 antigen and IgM/IgG sent to the CDC Dengue Branch via the state public health lab; specimen ${sp}, collected ${dt}.`, [sp, dt]];
  }],
  ['freshwater exposure at named site', (d) => {
    const site = d.site2(); const c = d.city(); const md = d.monDay();
    return [`Swam in a freshwater pool at ${site} near ${c} on ${md}; schistosomiasis serology to be drawn at least 8 weeks after exposure.`, [site, c, md]];
  }],
  ['monkey bite abroad and first rabies dose', (d) => {
    const site = d.site2(); const c = d.city(); const dt = d.date(); const fh = d.foreignHospital(c); const named = fh.includes(c);
    return [`Monkey bite to L hand at ${site}${named ? '' : ` in ${c}`} on ${dt}; wound washed, first rabies vaccine dose (no RIG) given at ${fh}. Continue series here on day 3, 7 and 14.`, [site, ...(named ? [] : [c]), dt, fh]];
  }],
  ['hospital stay abroad patient number', (d) => {
    const [c, k] = d.abroad(); const fh = d.foreignHospital(c); const r = d.range(); const no = d.digitString(d.int(6, 9));
    const at = fh.includes(c) ? `${fh} (${k})` : `${fh}, ${c}`;
    return [`Hospitalized at ${at}, ${r} for dengue with warning signs; discharge summary (hospital no. ${no}) scanned to media.`, [fh, ...(fh.includes(c) ? [] : [c]), r, no]];
  }],
  ['air ambulance transfer', (d) => {
    const c = d.city(); const dt = d.date(); const tl = d.tail(); const g = d.given(); const s = d.sur();
    return [`Air ambulance transfer from ${c} on ${dt}, aircraft ${tl}; flight nurse ${g} ${s} gave report on arrival.`, [c, dt, tl, g, s]];
  }],
  ['infectious disease consult artesunate', (d) => {
    const s = d.sur(); const dt = d.date();
    return [`ID consulted (Dr. ${s}): parasitemia > 5%, IV artesunate requested through the CDC Malaria Hotline and released ${dt} at ${d.time()}.`, [s, dt]];
  }],
  ['health department report', (d) => {
    const cd = d.countyDept(); const dt = d.date(); const cs = `${pad2(d.int(19, 25))}-${d.digitString(5)}`;
    return [`Confirmed P. falciparum reported to ${cd} on ${dt}, case #${cs}.`, [cd, dt, cs]];
  }],
  ['measles exposure on flight', (d) => {
    const [a, f] = d.flight(); const dt = d.date(); const st = d.seat();
    return [`Notified of measles exposure: passenger on ${a} ${f} on ${dt}, seat ${st}, two rows from the index case. Measles IgG drawn.`, [f, dt, st]];
  }],
  // returned-traveller lab slips
  ['returned traveller lab requisition', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.dob(); const [doc, p] = d.doctor(); const acct = d.digitString(d.int(8, 10)); const dt = d.mdy(); const sp = d.specimen();
    return [`LAB REQUISITION - RETURNED TRAVELER\nPatient: ${s}, ${g}   DOB: ${dob}\nOrdering: ${doc}   Account: ${acct}\nTests: CBC w/diff, CMP, malaria smear x3, blood cx x2\nCollected: ${dt} ${d.time()}   Specimen ID: ${sp}`, [s, g, dob, ...p, acct, dt, sp]];
  }],
  ['stool kits return date and hospital lab', (d) => {
    const w = d.weekday(); const h = d.hospital(); const md = d.slashMd();
    return [`Stool O&P x3 and GI PCR panel: kits given ${w}; return to the lab at ${h} by ${md}.`, [w, h, md]];
  }],
  ['eosinophilia follow-up order', (d) => {
    const dt = d.date(); const o = d.digitString(d.int(8, 10));
    return [`Eosinophils 1,450/uL on ${dt}; Strongyloides IgG and Schistosoma antibody pending at ${d.pick(['ARUP', 'Quest', 'LabCorp'])} (order ${o}).`, [dt, o]];
  }],
  // passport, visa and immigration forms
  ['I-693 civil surgeon and numbers', (d) => {
    const [doc, p] = d.doctor(); const cl = d.clinic(); const an = d.aNumber(); const rc = d.receipt();
    return [`Form I-693 completed and sealed by civil surgeon ${doc} (${cl}). USCIS A-Number ${an}; receipt number ${rc}.`, [...p, cl, an, rc]];
  }],
  ['I-693 applicant address and SSN', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip(); const ss = d.ssn();
    return [`Applicant: ${g} ${s}\nAddress: ${st}, ${t}, ${d.state()} ${z}\nU.S. Social Security Number: ${ss}`, [g, s, st, t, z, ss]];
  }],
  ['panel physician exam ids', (d) => {
    const umi = d.digitString(8); const dt = d.date(); const cl = d.clinic(); const hap = d.digitString(9);
    return [`Immigration medical exam: Canada UMI ${umi}; Australia HAP ID ${hap}. Chest x-ray ${dt} at ${cl}, no active TB.`, [umi, hap, dt, cl]];
  }],
  ['Hajj meningococcal certificate', (d) => {
    const dt = d.date(); const ct = d.certificate();
    return [`MenACWY (MenQuadfi) given ${dt} for Hajj/Umrah visa; certificate no. ${ct} issued, valid 5 years.`, [dt, ct]];
  }],
  ['study abroad clearance', (d) => {
    const u = d.university(); const c = d.city(); const sid = d.digitString(d.int(7, 9)); const g = d.given(); const s = d.sur();
    return [`Study abroad health clearance for the ${u} semester program in ${c}; student ID ${sid}. Form returned to program coordinator ${g} ${s}.`, [u, c, sid, g, s]];
  }],
  ['work posting employer and id', (d) => {
    const e = d.employer(); const t = d.town(); const eid = `E${d.digitString(6)}`; const c = d.city(); const my = d.monthYear();
    return [`Employer: ${e}, ${t}; employee ID ${eid}. Posted to ${c} for 6 months starting ${my}; occupational rabies and JE risk.`, [e, t, eid, c, my]];
  }],
  ['mission trip church and leader', (d) => {
    const ch = d.church(); const v = d.village(); const r = d.range(); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Mission trip with ${ch} to ${v}, ${r}; group leader ${g} ${s} (${em}) requested a group vaccine day.`, [ch, v, r, g, s, em]];
  }],
  // letters for airlines
  ['fitness to fly letter', (d) => {
    const g = d.given(); const s = d.sur(); const pnr = d.pnr(); const [a, f] = d.flight(); const md = d.monDay();
    return [`To: ${a} Special Assistance\nRe: ${d.title()} ${g} ${s}, booking reference ${pnr}, flight ${f} on ${md}\nThis passenger is medically fit to fly. No supplemental oxygen is required.`, [g, s, pnr, f, md]];
  }],
  ['MEDIF with concentrator serial', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const sn = d.serial();
    return [`MEDIF part 2 completed ${dt} for ${g} ${s}: WCHC, oxygen 2 L/min by Inogen One G5 portable concentrator, S/N ${sn}; 150% battery for flight time.`, [dt, g, s, sn]];
  }],
  ['letter for carried medicines and sensor', (d) => {
    const g = d.given(); const s = d.sur(); const pp = d.passport(); const sn = d.serial();
    return [`To whom it may concern: ${g} ${s} (passport ${pp}) is under my care and must carry insulin pens, pen needles and a Dexcom G7 sensor (serial ${sn}) in hand luggage.`, [g, s, pp, sn]];
  }],
  // portal messages and letters
  ['portal message leaving on a holiday', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const c = d.city(); const hd = d.holiday();
    return [`MyChart message ${dt} ${d.time()} from ${g} ${s}: "I leave for ${c} on ${hd} - is it too late for the typhoid shot?"`, [dt, g, s, c, hd.replace(/^the /, '')]];
  }],
  ['portal reply signed by nurse', (d) => {
    const g = d.given(); const w = d.weekday(); const g2 = d.given(); const s2 = d.sur(); const cl = d.clinic();
    return [`Hi ${g}, we have an opening ${w} at 2:40. Please bring your yellow card and passport.\n- ${g2} ${s2}, RN\n${cl}`, [g, w, g2, s2, cl]];
  }],
  ['portal message from hotel abroad', (d) => {
    const c = d.city(); const h = d.hotel(); const rm = d.room(); const fh = d.foreignHospital(c); const named = fh.includes(c);
    return [`Patient messaged from ${named ? h : `${c} (${h}`}, room ${rm}${named ? '' : ')'} with a photo of a spreading rash and fever; advised to go to ${fh} today.`, [...(named ? [] : [c]), h, rm, fh]];
  }],
  ['video visit log with IP', (d) => {
    const dt = d.date(); const ip = d.ip(); const c = d.city();
    return [`Video visit started ${dt} ${d.time()}; session IP ${ip}. Patient located in ${c}; verbal consent for telehealth documented.`, [dt, ip, c]];
  }],
  ['appointment reminder text', (d) => {
    const g = d.given(); const [m, dd] = d.md(); const when = `${d.weekday()}, ${MONTHS[m - 1]!} ${dd}`; const cl = d.clinic(); const [ph, p] = d.phone();
    return [`Reminder: ${g}, your travel vaccine appointment is ${when} at ${d.int(8, 11)}:15 at ${cl}. Call ${ph} to reschedule.`, [g, when, cl, p]];
  }],
  ['clinic letterhead with fax and web', (d) => {
    const cl = d.clinic(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const [fx, pf] = d.phone(); const u = d.url();
    return [`${cl}\n${st}, ${t}, ${d.state()} ${z}\nTel ${ph}   Fax ${fx}\n${u}`, [cl, st, t, z, p, pf, u]];
  }],
  ['self-pay receipt and account', (d) => {
    const rc = d.digitString(6); const acct = d.digitString(d.int(8, 10)); const mid = d.memberId();
    return [`Travel vaccines not covered (member ID ${mid}); self-pay receipt #${rc} posted to account ${acct}. Superbill given for HSA.`, [mid, rc, acct]];
  }],
  ['returned on holiday fever', (d) => {
    const hd = d.holiday(); const c = d.city(); const dt = d.date();
    return [`Returned on ${hd} from ${c}; fever, retro-orbital headache and rash began two days later. Seen in urgent care ${dt}.`, [hd.replace(/^the /, ''), c, dt]];
  }],
  ['family travel consult siblings', (d) => {
    const g1 = d.given(); const g2 = d.given(); const s = d.sur();
    return [`family visit: parents and children ${g1} and ${g2} ${s} seen together; pediatric atovaquone-proguanil dosed by weight.`, [g1, g2, s]];
  }],
];

/** The names of the wave's frames. */
export const travelFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function travelWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10903, rounds);
}

/** Look-alikes in travel medicine style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // diseases and organisms named for places and people
  ['Japanese encephalitis vaccine recommended for rural stays.', 'Japanese encephalitis'], ['Rift Valley fever reported in the region.', 'Rift Valley'],
  ['Lassa fever is endemic in parts of West Africa.', 'Lassa'], ['Marburg virus outbreak advisory reviewed.', 'Marburg'], ['No exposure to Ebola cases.', 'Ebola'],
  ['Zika virus counseling: avoid pregnancy for 2 months.', 'Zika'], ['Chagas disease serology negative.', 'Chagas'], ['Katayama syndrome considered.', 'Katayama'],
  ['St. Louis encephalitis IgM negative.', 'St. Louis'], ['Rocky Mountain spotted fever unlikely.', 'Rocky Mountain'], ['Ross River virus serology pending.', 'Ross River'],
  ['Kyasanur Forest disease not a risk on this itinerary.', 'Kyasanur Forest'], ["Weil's disease (leptospirosis) after rafting.", "Weil's"], ['Salmonella Typhi, blood culture', 'Typhi'],
  ['Salmonella Paratyphi A', 'Paratyphi'], ['West Nile virus', 'West Nile'], ['Chikungunya arthralgia persisting.', 'Chikungunya'], ['Crimean-Congo hemorrhagic fever', 'Crimean-Congo'],
  ['Lyme disease', 'Lyme'], ["Hansen's disease", "Hansen's"], ['Trypanosoma brucei rhodesiense', 'rhodesiense'], ['Leishmania braziliensis', 'braziliensis'],
  ['Plasmodium knowlesi', 'knowlesi'], ['Schistosoma mansoni eggs', 'mansoni'], ['Strongyloides stercoralis', 'Strongyloides'], ['Oropouche virus', 'Oropouche'],
  // stains, tests and vaccine strains
  ['Giemsa-stained thick smear', 'Giemsa'], ['BinaxNOW Malaria antigen test', 'BinaxNOW'], ['Widal test not recommended.', 'Widal'], ['Kato-Katz stool exam', 'Kato-Katz'],
  ['Baermann concentration for larvae', 'Baermann'], ['QuantiFERON-TB Gold Plus negative', 'QuantiFERON-TB Gold Plus'], ['17D live attenuated strain', '17D'],
  ['Ty21a oral vaccine', 'Ty21a'], ['Vero cell-derived JE vaccine', 'Vero'], ['Dengue NS1 antigen', 'NS1'],
  // vaccine and drug brands
  ['YF-VAX 0.5 mL SC', 'YF-VAX'], ['Stamaril supplied under expanded access', 'Stamaril'], ['Ixiaro 0.5 mL IM', 'Ixiaro'], ['Typhim Vi 0.5 mL IM', 'Typhim Vi'],
  ['Imovax Rabies 1 mL IM', 'Imovax Rabies'], ['RabAvert series', 'RabAvert'], ['Twinrix accelerated schedule', 'Twinrix'], ['Heplisav-B 2-dose series', 'Heplisav-B'],
  ['MenQuadfi single dose', 'MenQuadfi'], ['Qdenga not available in the US', 'Qdenga'], ['Ixchiq live chikungunya vaccine', 'Ixchiq'], ['Dukoral (not licensed in US)', 'Dukoral'],
  ['Malarone 250/100 mg', 'Malarone'], ['Arakoda 100 mg tablets', 'Arakoda'], ['Krintafel single dose', 'Krintafel'], ['Coartem 20/120 mg', 'Coartem'],
  ['Diamox 125 mg BID', 'Diamox'], ['Xifaxan 200 mg TID', 'Xifaxan'], ['Pepto-Bismol 2 tabs QID', 'Pepto-Bismol'], ['Transderm Scop patch', 'Transderm Scop'],
  ['DEET 30% on exposed skin', 'DEET 30%'], ['picaridin 20%', 'picaridin 20%'], ['permethrin 0.5% for clothing', 'permethrin 0.5%'], ['IV artesunate 2.4 mg/kg', '2.4 mg/kg'],
  // scores, schedules, measures and lab values
  ['Lake Louise AMS score 4', 'Lake Louise'], ['qSOFA 2', 'qSOFA 2'], ['Meets WHO severe malaria criteria.', 'WHO severe malaria'], ['Rabies PrEP day 0 and day 7', 'day 7'],
  ['Ixiaro day 0, 28', 'day 0, 28'], ['Twinrix day 0, 7, 21-30 and 12 months', '21-30'], ['dose 2 of 3', '2 of 3'], ['Sleeping altitude 3,440 m', '3,440 m'],
  ['parasitemia 2.4%', '2.4%'], ['platelets 48 K/uL', '48 K/uL'], ['Temp 39.4 C', '39.4 C'], ['eosinophils 1,450/uL', '1,450/uL'], ['ALT 88 U/L', '88 U/L'],
  ['G6PD 11.2 U/g Hb', '11.2 U/g Hb'], ['incubation period 7-30 days', '7-30 days'], ['start 1-2 days before travel', '1-2 days'],
  // codes
  ['ICD-10 Z23 encounter for immunization', 'Z23'], ['Z71.84 travel health counseling', 'Z71.84'], ['B50.9 P. falciparum malaria', 'B50.9'], ['A90 dengue fever', 'A90'],
  ['CPT 90717 yellow fever vaccine', '90717'], ['CVX 37', 'CVX 37'], ['CPT 90632 hep A adult', '90632'], ['NDC 49281-915-01', '49281-915-01'],
  // forms, documents and bodies
  ['ICVP reviewed and signed.', 'ICVP'], ['International Health Regulations (2005)', 'International Health Regulations'], ['Per the CDC Yellow Book', 'Yellow Book'],
  ['Form I-693 sealed envelope', 'I-693'], ['MEDIF form for the airline', 'MEDIF'], ['IATA guidance on oxygen', 'IATA'], ['Reported to GeoSentinel.', 'GeoSentinel'],
  ['VAERS report not indicated.', 'VAERS'], ['Certified in Travel Health (CTH)', 'CTH'], ['Hajj and Umrah requirements', 'Hajj'],
  // generic places, countries, states and regions
  ['Seen in the travel clinic today.', 'travel clinic'], ['Contact the embassy if hospitalized.', 'embassy'], ['Arrived at the airport febrile.', 'airport'],
  ['Staying in a rural village with family.', 'rural village'], ['Mosquito nets at the safari lodge.', 'safari lodge'], ['Trip to Kenya and Tanzania.', 'Tanzania'],
  ['Family lives in Ghana.', 'Ghana'], ['Returned from India.', 'India'], ['Travel to Peru and Bolivia.', 'Bolivia'], ['Malaria risk in sub-Saharan Africa.', 'sub-Saharan Africa'],
  ['Dengue is common in Southeast Asia.', 'Southeast Asia'], ['River trip in the Amazon basin.', 'Amazon basin'], ['Moving to Colorado next year.', 'Colorado'],
  // airlines, insurers, chains and labs
  ['Flying Kenya Airways both ways.', 'Kenya Airways'], ['Flying Emirates.', 'Emirates'], ['Insured through GeoBlue.', 'GeoBlue'], ['Evacuation coverage with Medjet.', 'Medjet'],
  ['Vaccines given at Passport Health previously.', 'Passport Health'], ['Filled at Walgreens.', 'Walgreens'], ['Serology sent to ARUP.', 'ARUP'], ['Registry: ImmTrac2', 'ImmTrac2'],
  // relations, ages, years, durations
  ['Her husband is traveling with her.', 'husband'], ['The patient is a 72-year-old man.', '72'], ['Age 60 or older: YF precaution.', '60'], ['Yellow fever vaccine in 2011.', '2011'],
  ['Three-week trip.', 'Three-week'], ['Return visit in 4 weeks.', '4 weeks'], ['Departure at 06:15.', '06:15'],
  // everyday words that are also names or towns
  ['Patient has hope of completing the series.', 'hope'], ['Faith-based mission group.', 'Faith'], ['Will return for dose 2.', 'Will'], ['The price of rabies vaccine was discussed.', 'price'],
  ['No bath in river water.', 'bath'], ['Reached the summit without symptoms.', 'summit'], ['A rocky trail on day 3.', 'rocky'], ['The bill was sent to insurance.', 'bill'],
  ['Kidney stone history; hydrate well at altitude.', 'stone'], ['Golden yellow crusts on the ankle lesion (impetigo).', 'Golden'],
];

export const travelKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedTravelKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(travelKeepCases(), find);

export function scoreTravelWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => travelWaveCases(seed)), find);
}
