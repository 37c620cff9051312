// A blind wave of veterans' and military health records: VistA-style VA medical center and CBOC progress notes (note
// headers with the author as 'LAST,FIRST M', patient banners with the SSN and the last-four identifier, ICN and EDIPI
// lines, PACT teams, /es/ signature blocks and receipts), military history taken at intake (branch, MOS, the bases,
// posts, air stations and ships where the patient served with the ship's hull number, the foreign towns, FOBs and air
// bases of deployments, Guard armories), copies of service treatment records (sick call and line-of-duty dates in
// military form, '06DEC2006', a date-time group '061430ZDEC06'), DD-214 abstracts ('19880614'), legacy service numbers
// ('RA 12 345 678', 'O-1234567'), dog-tag lines, JLV links to DoD records (DoD ID / EDIPI, the military treatment
// facility), TRICARE and CHAMPVA numbers, compensation and pension exams (DBQ headers with the VA file number, claim
// numbers, rating decisions, Board appeals with docket numbers and the judge), VSO representatives and posts, the
// caregiver program (the family caregiver by relation and name, the coordinator, the home), VA police reports
// (officer, badge, report number, plate), behavioral flags, chaplains (VA and military, with a rank), next of kin, a
// child on active duty with an APO address, a spouse at an FPO or overseas phone, DSN phones, community care referrals,
// CMOP mail-outs with tracking numbers, prosthetic, hearing aid and CPAP serials, adaptive vehicle VINs, VA Video
// Connect links and IPs, HUD-VASH vouchers and GPD beds, suicide prevention and MST coordinators, Vet Centers, state
// veterans homes, burn pit registry ids, SCI hubs, a CDL, and ages over 89 of WWII and Korea veterans, in mixed case,
// ALL CAPS and lower case. Dates are written in every form VA and DoD records use ('03/04/2024', '3/4/24', '4 March
// 2024', 'MAR 04, 2024', '04MAR2024', '04 MAR 24', '20240304', '4 Mar', '4MAR', '3/4', 'the 4th', 'Tuesday',
// 'JUN 1969', 'Veterans Day'). Given names and surnames are often everyday words (Hope, Rocky, Major, Stone, Banks,
// Marshall) and towns are often everyday words (Liberty, Union, Hope, Eden, Normal). A list of look-alikes in the same
// style must not be touched. Written without reading the engine's rules or any gold data. `scoreVeteransWave`.
// Decisions: a person's given name and surname are planted; a middle initial, a rank or rate with or without the name
// ('SSG', 'GySgt', 'LCDR', 'CW3', 'Sgt. Maj.', 'HM2'), a retired tag ('(Ret)'), a branch ('USMC', 'USN') and a
// credential are kept, as is 'Chaplain'; a named base, post, camp, air base, air station, naval station, armory, FOB or
// COP where the patient served is a facility smaller than a state and is planted whole with its kind word ('Fort
// Campbell', 'MCAS Miramar', 'Ramstein AB', 'FOB Salerno', 'Camp Humphreys'), so is a ship ('USS Kitty Hawk', 'USS'
// included) and, apart, its hull number ('CV-63'), a homeport town and a foreign town of deployment ('Fallujah', 'Dak
// To'); a country, theater, war or era ('Iraq', 'Southwest Asia', 'Vietnam', 'Korea', 'Gulf War') is kept, and so is a
// unit designation ('1st Cavalry Division', '2/7 Marines', '173rd Airborne Brigade', 'VFA-14'), which names an
// organization of hundreds or thousands, not a place or a person; an MOS, AFSC or rating ('11B', '0311', '2A3X3', 'HM')
// is kept. A VA medical center, CBOC, VA clinic, Vet Center, state veterans home, military treatment facility, VSO post
// ('VFW Post 1503'), shelter or community care business is planted whole with its kind words; 'the VA', 'the CBOC',
// 'VAMC', 'the CLC', 'the DOM', a VISN, a VSO named alone (DAV, VFW, American Legion) and a program (PCAFC, HUD-VASH,
// GPD, MOVE!, Whole Health) are kept. An APO/FPO address plants its box line ('Unit 3050 Box 1234', 'PSC 473 Box 12',
// 'CMR 480 Box 1234') and its ZIP; 'APO AE' and 'FPO AP' are kept like a state. SSNs, the last-four identifier ('H6789'),
// the ICN, EDIPI / DoD ID, DoD benefits number, CHAMPVA id, VA file number (with its 'C-' when written), claim number,
// Board docket number, legacy service number (with its 'RA', 'US', 'NG', 'ER', 'AF' or 'O-' prefix), community care
// referral, Rx and tracking numbers, VA police report and badge numbers, HUD-VASH voucher, registry id, service ticket,
// NPI and CDL are planted; device serials, a VIN and a licence plate are planted, models ('AirSense 11', 'Audéo P90-R')
// kept. Every date element but the year alone is planted: a date-time group is planted whole (its time inside it); in
// a VistA date 'MAR 04, 2024@14:30' the date is planted and '@14:30' kept; a time alone ('1430 hrs') is kept, as are
// years and service-year ranges ('1968-1970'); a month with its year ('JUN 1969') is planted; a weekday naming one day
// and a holiday that fixes a day ('Veterans Day', 'Fourth of July', 'Christmas Eve') are planted, a standing schedule
// ('Tuesdays') kept. A DSN phone's digits are planted ('DSN' kept), its seven-digit form too; a foreign phone is planted
// from its country code; a phone's leading '(' need not be covered; the Veterans Crisis Line ('988, press 1') is kept.
// Percent ratings, diagnostic codes ('DC 9411'), priority groups, combined ratings, scales (PCL-5, PHQ-9), VA forms
// ('21-526EZ', 'DD-214'), awards (Purple Heart, CIB), blood types and religious preferences on dog tags are kept. Ages
// over 89 are planted, ages of 89 and under kept. An e-mail, a VVC link and an IP are planted whole.
// Measured before rules (engine at 033a5a5): 0.821 recall on seeds 5, 11, 23 (2974/3621), 0.820 on fresh seeds 41, 42,
// 43 (2973/3624), 0.812 on seeds 101, 202; 10/122 look-alikes touched ("Desert Storm", "Southwest Asia", "the CBOC",
// "Vet Center", "Grant and Per Diem", "Sergeant Major", "2/7 Marines", "Phonak Audéo", "grant", "Tuesdays").
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, de, pl, gb, it, vi];

/** Given names and surnames that are everyday words (several of them military words). */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Mercy', 'Honor', 'Justice', 'Liberty', 'Glory', 'Star', 'Ginger', 'Crystal', 'Sunny', 'Autumn', 'Dawn', 'Rocky', 'Buck', 'Chase', 'Lance', 'Major', 'Duke', 'King', 'Gunner', 'Ranger', 'Hunter', 'Chip', 'Bud', 'Rusty', 'Dusty', 'Will', 'Bill', 'Mark', 'Grant', 'Art', 'Guy', 'Cliff', 'Dale', 'Glen', 'Clay', 'Wade'];
const WORD_SUR = ['Stone', 'Banks', 'Marshall', 'Sargent', 'Major', 'Captain', 'Private', 'Bishop', 'Knight', 'Castle', 'Fort', 'Gunn', 'Shields', 'Armstrong', 'Steel', 'Hill', 'Rivers', 'Lake', 'Wells', 'Fields', 'Brooks', 'Street', 'Lane', 'Hardy', 'Strong', 'Bravo', 'Noble', 'Bond', 'Cash', 'Price', 'Best', 'Sweet', 'Frost', 'Winter', 'Hale', 'Payne', 'Fox', 'Wolf', 'Hawk', 'Crane', 'Parks', 'Walker', 'Baker', 'Cook', 'Chambers', 'Guard'];
/** Towns that are everyday words, and real towns of VA medical centers and clinics. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Concord', 'Harmony', 'Independence', 'Freedom', 'Victory', 'Eden', 'Normal', 'Commerce', 'Friendship', 'Paradise', 'Reading', 'Bath', 'Dover', 'Marion', 'Salem', 'Canton', 'Athens', 'Florence', 'Temple', 'Orange', 'Sparta', 'Eureka', 'Hazard', 'Globe', 'Surprise', 'Mobile', 'Fairview', 'Loyal', 'Patriot', 'Chance', 'Warren', 'Bountiful'];
const REAL_TOWNS = ['Muskogee', 'Poplar Bluff', 'Mountain Home', 'Biloxi', 'Tuskegee', 'Dublin', 'Fayetteville', 'Beckley', 'Huntington', 'Martinsburg', 'Chillicothe', 'Danville', 'Marion', 'Tomah', 'Sheridan', 'Fort Harrison', 'Hot Springs', 'Prescott', 'Walla Walla', 'Roseburg', 'White City', 'Temple', 'Kerrville', 'Big Spring', 'Bonham', 'Alexandria', 'Shreveport', 'Lake City', 'Gainesville', 'Bay Pines', 'Leeds', 'Northampton', 'Togus', 'Coatesville', 'Wilkes-Barre', 'Altoona', 'Erie', 'Batavia', 'Canandaigua', 'Bath'];
const STATES = ['AR', 'MO', 'MS', 'AL', 'GA', 'NC', 'WV', 'OH', 'IL', 'WI', 'TX', 'LA', 'FL', 'PA', 'NY', 'KY', 'TN', 'Arkansas', 'Texas', 'Ohio'];
const STREET_WORDS = ['Main', 'Church', 'Mill', 'Spring', 'Walnut', 'Cedar', 'Pine', 'Oak', 'Veterans', 'Memorial', 'Liberty', 'Freedom', 'Eagle', 'Patriot', 'Flag', 'Union', 'Depot', 'Ridge', 'Sunset', 'Hickory'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Lane', 'Dr', 'Drive', 'Ct', 'Blvd', 'Hwy', 'Pike'];
/** VA medical centers by their honorees' names (real names, used as a clinician writes them). */
const NAMED_VAMCS = ['Jesse Brown VA Medical Center', 'Edward Hines Jr. VA Hospital', 'Hines VA Hospital', "James A. Haley Veterans' Hospital", 'Michael E. DeBakey VA Medical Center', 'Wm. Jennings Bryan Dorn VA Medical Center', 'Dorn VAMC', 'Audie L. Murphy Memorial VA Hospital', "Harry S. Truman Memorial Veterans' Hospital", 'John D. Dingell VA Medical Center', 'Louis Stokes Cleveland VA Medical Center', 'Robley Rex VA Medical Center', 'Ralph H. Johnson VA Medical Center', 'Charlie Norwood VA Medical Center', 'Hunter Holmes McGuire VA Medical Center', 'Bay Pines VA Healthcare System', 'Lexington VA Health Care System', 'John J. Pershing VA Medical Center', 'Jack C. Montgomery VA Medical Center', 'Hershel "Woody" Williams VA Medical Center', 'Olin E. Teague Veterans\' Medical Center', 'Fayetteville VA Coastal Health Care System'];
const VA_KINDS = ['VA Medical Center', 'VAMC', 'VA Hospital', 'VA Health Care System', 'VA Healthcare System'];
const CBOC_KINDS = ['CBOC', 'VA Clinic', 'Community Based Outpatient Clinic', 'VA Outpatient Clinic', 'VA Community Clinic'];
/** Military treatment facilities. */
const MTFS = ['Womack Army Medical Center', 'Walter Reed National Military Medical Center', 'Brooke Army Medical Center', 'Naval Medical Center San Diego', 'Naval Medical Center Portsmouth', 'Tripler Army Medical Center', 'Landstuhl Regional Medical Center', 'Madigan Army Medical Center', 'Carl R. Darnall Army Medical Center', 'Blanchfield Army Community Hospital', 'Evans Army Community Hospital', 'Naval Hospital Camp Lejeune', 'David Grant USAF Medical Center', 'Wilford Hall Ambulatory Surgical Center', 'Martin Army Community Hospital', 'Ireland Army Community Hospital', 'Naval Hospital Okinawa', 'Brian D. Allgood Army Community Hospital'];
/** Stateside bases, posts and stations. */
const BASES = ['Fort Hood', 'Fort Cavazos', 'Fort Bragg', 'Fort Liberty', 'Fort Campbell', 'Fort Carson', 'Fort Drum', 'Fort Riley', 'Fort Polk', 'Fort Stewart', 'Fort Benning', 'Fort Moore', 'Fort Knox', 'Fort Sill', 'Fort Leonard Wood', 'Fort Bliss', 'Fort Lewis', 'Joint Base Lewis-McChord', 'JBLM', 'Camp Lejeune', 'Camp Pendleton', 'Twentynine Palms', 'MCAS Miramar', 'MCAS Cherry Point', 'MCRD Parris Island', 'Naval Station Norfolk', 'NAS Pensacola', 'Naval Air Station Whidbey Island', 'Naval Station Great Lakes', 'Lackland AFB', 'Wright-Patterson AFB', 'Minot AFB', 'Eglin AFB', 'Nellis AFB', 'Tinker AFB', 'Schofield Barracks', 'Fort Jackson', 'Fort Wainwright', 'Camp Shelby', 'Camp Atterbury'];
/** Bases and camps abroad, in peacetime tours and deployments. */
const BASES_ABROAD = ['Ramstein AB', 'Ramstein Air Base', 'Kadena AB', 'Osan AB', 'Kunsan AB', 'Camp Humphreys', 'Camp Casey', 'Camp Red Cloud', 'Grafenwoehr', 'Baumholder', 'Vilseck', 'Camp Arifjan', 'Camp Buehring', 'Bagram Airfield', 'Kandahar Airfield', 'Joint Base Balad', 'LSA Anaconda', 'Al Asad Air Base', 'Camp Victory', 'Karshi-Khanabad Air Base', 'Camp Bondsteel', 'Camp Bastion', 'Naval Station Rota', 'Camp Lemonnier', 'Al Udeid AB'];
const FOB_NAMES = ['Salerno', 'Falcon', 'Warhorse', 'Speicher', 'Hammer', 'Shank', 'Lightning', 'Fenty', 'Delhi', 'Kalsu', 'Marez', 'Sharana', 'Ramrod', 'Wilson', 'Orgun-E'];
const IRAQ_TOWNS = ['Fallujah', 'Ramadi', 'Mosul', 'Tikrit', 'Baqubah', 'Kirkuk', 'Haditha', 'Samarra', 'Tal Afar', 'Hit', 'Al Qaim', 'Karbala', 'Najaf', 'Balad'];
const AFGHAN_TOWNS = ['Kandahar', 'Sangin', 'Marjah', 'Khost', 'Jalalabad', 'Gardez', 'Musa Qala', 'Lashkar Gah', 'Asadabad', 'Ghazni', 'Sharana'];
const VIETNAM_TOWNS = ['Da Nang', 'Khe Sanh', 'Pleiku', 'Cu Chi', 'Chu Lai', 'Bien Hoa', 'Dak To', 'Phu Bai', 'Long Binh', 'Cam Ranh Bay', 'Tay Ninh', 'An Khe', 'Dong Ha'];
/** Ships with their hull numbers, by era. */
const SHIPS_WW2: readonly (readonly [string, string])[] = [
  ['Hancock', 'CV-19'], ['Intrepid', 'CV-11'], ['Bennington', 'CV-20'], ['Missouri', 'BB-63'], ['New Jersey', 'BB-62'], ['Franklin', 'CV-13'],
  ['Essex', 'CV-9'], ['Yorktown', 'CV-10'], ['Bunker Hill', 'CV-17'], ['Indianapolis', 'CA-35'], ['Saratoga', 'CV-3'], ['Enterprise', 'CV-6'],
];
const SHIPS_VIETNAM: readonly (readonly [string, string])[] = [
  ['Kitty Hawk', 'CV-63'], ['Ranger', 'CV-61'], ['Hancock', 'CV-19'], ['Oriskany', 'CV-34'], ['Coral Sea', 'CV-43'], ['Midway', 'CV-41'],
  ['Constellation', 'CV-64'], ['Forrestal', 'CV-59'], ['Enterprise', 'CVN-65'], ['New Jersey', 'BB-62'], ['Bennington', 'CVS-20'], ['Intrepid', 'CVS-11'],
  ['Saratoga', 'CV-60'], ['Independence', 'CV-62'], ['Newport News', 'CA-148'], ['Boston', 'CAG-1'],
];
const SHIPS_MODERN: readonly (readonly [string, string])[] = [
  ['Nimitz', 'CVN-68'], ['Theodore Roosevelt', 'CVN-71'], ['Abraham Lincoln', 'CVN-72'], ['Carl Vinson', 'CVN-70'], ['Ronald Reagan', 'CVN-76'],
  ['John C. Stennis', 'CVN-74'], ['Dwight D. Eisenhower', 'CVN-69'], ['George Washington', 'CVN-73'], ['Kitty Hawk', 'CV-63'], ['Cole', 'DDG-67'],
  ['Stark', 'FFG-31'], ['Bataan', 'LHD-5'], ['Wasp', 'LHD-1'], ['Tarawa', 'LHA-1'], ['Blue Ridge', 'LCC-19'], ['Mount Whitney', 'LCC-20'],
  ['Kearsarge', 'LHD-3'], ['Boxer', 'LHD-4'], ['Iwo Jima', 'LHD-7'], ['Bonhomme Richard', 'LHD-6'], ['Arleigh Burke', 'DDG-51'], ['Vella Gulf', 'CG-72'],
];
const HOMEPORTS = ['Norfolk', 'San Diego', 'Bremerton', 'Mayport', 'Yokosuka', 'Pearl Harbor', 'Everett', 'Alameda', 'Sasebo', 'Long Beach', 'Charleston'];
const ARMY_UNITS = ['1st Cavalry Division', '101st Airborne Division', '82nd Airborne', '173rd Airborne Brigade', '3rd Infantry Division', '10th Mountain Division', '25th Infantry Division', '4th Infantry Division', '1st Armored Division', '75th Ranger Regiment', '2nd Brigade, 1st ID', 'an MP company', 'an aviation brigade'];
const MARINE_UNITS = ['2/7 Marines', '3rd Battalion, 5th Marines', '1/8 Marines', '1st Marine Division', '2nd Marine Division', '3/1 Marines', 'Weapons Company, 2/4', 'a combat engineer battalion'];
const ARMY_MOS = ['11B', '11C', '13B', '19D', '68W', '88M', '91B', '12B', '31B', '25U', '92Y'];
const RANKS = ['PVT', 'PFC', 'SPC', 'CPL', 'SGT', 'SSG', 'SFC', 'MSG', '1SG', 'SGM', 'CSM', '2LT', '1LT', 'CPT', 'MAJ', 'LTC', 'COL', 'CW2', 'CW3', 'Sgt.', 'SSgt', 'GySgt', 'MSgt', 'LCpl', 'Cpl.', 'Capt.', 'Maj.', 'Lt. Col.', 'PO2', 'PO1', 'CPO', 'SCPO', 'HM2', 'HM1', 'LCDR', 'CDR', 'LT', 'ENS', 'TSgt', 'SrA', 'A1C', 'SMSgt'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HOLIDAYS = ['Veterans Day', 'Fourth of July', 'Christmas Eve', 'Christmas Day', "New Year's Eve", "New Year's Day", 'Independence Day', 'Flag Day'];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'niece', 'nephew', 'mother', 'father', 'granddaughter', 'grandson', 'fiancée', 'partner', 'stepson'];
const BLOOD = ['O POS', 'O NEG', 'A POS', 'A NEG', 'B POS', 'AB POS'];
const RELIGION = ['NO PREF', 'NO REL PREF', 'CATHOLIC', 'BAPTIST', 'METHODIST', 'LUTHERAN', 'CHRISTIAN', 'JEWISH', 'PROTESTANT'];
const COUNTRIES = ['Germany', 'Japan', 'South Korea', 'Italy', 'Kuwait', 'Qatar', 'Bahrain', 'Poland', 'Spain', 'Djibouti'];
const CARS = ['silver Ford F-150', 'black Chevrolet Silverado', 'white Dodge Ram 1500', 'gray Toyota Tacoma', 'red Jeep Wrangler', 'blue Honda Accord', 'maroon Buick LaCrosse'];
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

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
  rank(): string {
    return this.pick(RANKS);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  /** A VA medical center or health care system. */
  vamc(): string {
    const x = this.r();
    if (x < 0.4) return this.pick(NAMED_VAMCS);
    if (x < 0.85) return `${this.town()} ${this.pick(VA_KINDS)}`;
    return `VA ${this.town()} ${this.pick(['Healthcare System', 'Health Care System'])}`;
  }
  cboc(): string {
    return `${this.town()} ${this.pick(CBOC_KINDS)}`;
  }
  /** A VA facility of either kind. */
  facility(): string {
    return this.r() < 0.6 ? this.vamc() : this.cboc();
  }
  vetCenter(): string {
    return `${this.town()} Vet Center`;
  }
  stateHome(): string {
    return `${this.town()} ${this.pick(['State Veterans Home', 'Veterans Home', "Veterans' Home", 'State Veterans Nursing Home'])}`;
  }
  mtf(): string {
    return this.pick(MTFS);
  }
  /** A stateside base or post; a generated fort or camp one time in four. */
  base(): string {
    const x = this.r();
    if (x < 0.75) return this.pick(BASES);
    if (x < 0.88) return `${this.pick(['Fort', 'Camp'])} ${this.sur()}`;
    return `${this.town()} ${this.pick(['AFB', 'Air Force Base', 'Air National Guard Base'])}`;
  }
  baseAbroad(): string {
    return this.r() < 0.7 ? this.pick(BASES_ABROAD) : `${this.pick(['FOB', 'FOB', 'COP', 'Camp'])} ${this.pick(FOB_NAMES)}`;
  }
  fob(): string {
    return `${this.pick(['FOB', 'FOB', 'COP', 'Forward Operating Base'])} ${this.pick(FOB_NAMES)}`;
  }
  /** A town of a deployment with its country (kept). */
  warTown(): readonly [string, string] {
    return this.r() < 0.55 ? [this.pick(IRAQ_TOWNS), 'Iraq'] : [this.pick(AFGHAN_TOWNS), 'Afghanistan'];
  }
  ship(era: 'ww2' | 'vietnam' | 'modern'): readonly [string, string] {
    const [n, h] = this.pick(era === 'ww2' ? SHIPS_WW2 : era === 'vietnam' ? SHIPS_VIETNAM : SHIPS_MODERN);
    return [`USS ${n}`, h];
  }
  armory(): string {
    return `${this.town()} ${this.pick(['Armory', 'Readiness Center', 'National Guard Armory', 'Army Reserve Center'])}`;
  }
  vsoPost(): string {
    const n = this.int(1, 12999);
    return this.pick([`VFW Post ${n}`, `American Legion Post ${this.int(1, 999)}`, `AMVETS Post ${this.int(1, 199)}`, `DAV Chapter ${this.int(1, 150)}`]);
  }
  shelter(): string {
    return this.pick([`${this.pick(['Hope', 'Faith', 'Freedom', 'Liberty', 'Patriot', 'Eagle', 'Victory'])} House`, `${this.town()} Rescue Mission`, `Veterans Village of ${this.town()}`, `${this.town()} Veterans Haven`]);
  }
  business(): string {
    const x = this.int(0, 5);
    if (x === 0) return `${this.sur()} Orthopedics`;
    if (x === 1) return `${this.town()} Physical Therapy`;
    if (x === 2) return `${this.town()} Sleep Center`;
    if (x === 3) return `${this.sur()} Family Dentistry`;
    if (x === 4) return `${this.town()} Imaging Center`;
    return `${this.sur()} Eye Associates`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(30004, 79999));
    return this.r() < 0.25 ? `${z}-${this.digitString(4)}` : z;
  }
  /** An APO/FPO box line, its military post office and region (kept) and its ZIP. */
  apo(): readonly [string, string, string] {
    const k = this.int(0, 2);
    if (k === 0) return [`Unit ${this.digitString(4)} Box ${this.digitString(this.int(3, 4))}`, 'APO AE', `09${this.digitString(3)}`];
    if (k === 1) return [`CMR ${this.digitString(3)} Box ${this.digitString(this.int(3, 4))}`, 'APO AE', `09${this.digitString(3)}`];
    return [`PSC ${this.digitString(3)} Box ${this.digitString(this.int(2, 4))}`, this.pick(['FPO AP', 'APO AP']), `96${this.int(200, 699)}${this.r() < 0.3 ? `-${this.digitString(4)}` : ''}`];
  }
  override year(): number {
    return this.int(2008, 2025);
  }
  time(): string {
    return `${pad2(this.int(0, 23))}${pad2(this.int(0, 59))}`;
  }
  colonTime(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms VA and DoD records use. */
  date(y = this.year()): string {
    const [m, d] = this.md();
    const k = this.int(0, 13);
    const yy = pad2(y % 100);
    const M = MON[m - 1]!.toUpperCase();
    if (k === 8) return `${pad2(d)}${M}${y}`;
    if (k === 9) return `${pad2(d)} ${M} ${yy}`;
    if (k === 10) return `${d} ${MON[m - 1]!} ${y}`;
    if (k === 11) return `${M} ${pad2(d)}, ${y}`;
    if (k === 12) return `${pad2(d)}${M}${yy}`;
    return writtenDate(k, m, d, y) ?? `${m}/${d}/${y}`;
  }
  /** A date as service treatment records write it ('06DEC2006', '06 DEC 06', '6 Dec 06', '20061206'). */
  milDate(y = this.int(1985, 2015)): string {
    const [m, d] = this.md();
    const M = MON[m - 1]!.toUpperCase();
    const yy = pad2(y % 100);
    return this.pick([`${pad2(d)}${M}${y}`, `${pad2(d)}${M}${yy}`, `${pad2(d)} ${M} ${yy}`, `${d} ${MON[m - 1]!} ${yy}`, `${y}${pad2(m)}${pad2(d)}`, `${pad2(d)} ${M} ${y}`]);
  }
  /** A date-time group ('061430ZDEC06', '061430Z DEC 06'). */
  dtg(): string {
    const [m, d] = this.md();
    const M = MON[m - 1]!.toUpperCase();
    const yy = pad2(this.int(2003, 2014) % 100);
    const z = `${pad2(d)}${pad2(this.int(0, 23))}${pad2(this.int(0, 59))}Z`;
    return this.r() < 0.7 ? `${z}${M}${yy}` : `${z} ${M} ${yy}`;
  }
  /** A VistA date ('MAR 04, 2024'), written before '@time'. */
  vistaDate(): string {
    const [m, d] = this.md();
    return `${MON[m - 1]!.toUpperCase()} ${pad2(d)}, ${this.year()}`;
  }
  /** A DD-214 block date ('19880614', '1988 06 14'). */
  dd214Date(lo: number, hi: number): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.75 ? `${y}${pad2(m)}${pad2(d)}` : `${y} ${pad2(m)} ${pad2(d)}`;
  }
  override mdy(): string {
    const [m, d] = this.md();
    return this.r() < 0.6 ? `${pad2(m)}/${pad2(d)}/${this.year()}` : `${m}/${d}/${pad2(this.year() % 100)}`;
  }
  /** A month and day without a year ('3/14', 'Mar 14', '14 Mar', '14MAR', 'March 14th'). */
  monthDay(): string {
    const [m, d] = this.md();
    const k = this.int(0, 4);
    if (k === 0) return `${m}/${d}`;
    if (k === 1) return `${MON[m - 1]!} ${d}`;
    if (k === 2) return `${d} ${MON[m - 1]!}`;
    if (k === 3) return `${pad2(d)}${MON[m - 1]!.toUpperCase()}`;
    return `${MONTHS[m - 1]!} ${ordinal(d)}`;
  }
  /** A month with its year ('JUN 1969', 'June 1969', '06/1969'). */
  monthYear(y = this.year()): string {
    const m = this.int(1, 12);
    const k = this.int(0, 2);
    if (k === 0) return `${MON[m - 1]!.toUpperCase()} ${y}`;
    if (k === 1) return `${MONTHS[m - 1]!} ${y}`;
    return `${pad2(m)}/${y}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1925, hi = 1990): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.pick([`${pad2(m)}/${pad2(d)}/${y}`, `${m}/${d}/${y}`, `${MON[m - 1]!.toUpperCase()} ${d},${y}`]);
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  ssn(): string {
    const a = String(this.int(100, 665));
    const b = pad2(this.int(1, 99));
    const c = String(this.int(1, 9999)).padStart(4, '0');
    return this.pick([`${a}-${b}-${c}`, `${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]);
  }
  /** VistA's last-four identifier: the surname's initial and the SSN's last four digits. */
  lastFour(surname: string): string {
    const first = asciiLetters(surname).charAt(0).toUpperCase() || 'X';
    return `${first}${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  edipi(): string {
    return this.digitString(10);
  }
  icn(): string {
    return `10${this.digitString(8)}V${this.digitString(6)}`;
  }
  dbn(): string {
    return this.digitString(11);
  }
  /** A VA file number ('C-12345678', 'C 12345678', '12345678'). */
  cFile(): string {
    const n = this.digitString(8);
    return this.pick([`C-${n}`, `C ${n}`, `C${n}`, n, this.digitString(9)]);
  }
  claim(): string {
    return this.r() < 0.6 ? `600${this.digitString(9)}` : this.digitString(this.int(9, 10));
  }
  /** A Board of Veterans' Appeals docket number (AMA '220315-245678', legacy '17-12 345'). */
  docket(): string {
    const [m, d] = this.md();
    const yy = pad2(this.int(19, 25));
    return this.r() < 0.6 ? `${yy}${pad2(m)}${pad2(d)}-${this.digitString(5)}` : `${pad2(this.int(10, 18))}-${pad2(this.int(1, 99))} ${this.digitString(3)}`;
  }
  /** A legacy service number with its prefix. */
  serviceNo(): string {
    const k = this.int(0, 6);
    const n = this.digitString(8);
    if (k === 0) return `RA ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`;
    if (k === 1) return `US${n}`;
    if (k === 2) return `US ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`;
    if (k === 3) return `O-${this.digitString(this.int(6, 7))}`;
    if (k === 4) return `AF${n}`;
    if (k === 5) return `NG ${n}`;
    return `ER${n}`;
  }
  /** A community care network referral number. */
  referral(): string {
    return this.r() < 0.7 ? `VA00${this.digitString(8)}` : `VA${this.digitString(10)}`;
  }
  rx(): string {
    return this.r() < 0.7 ? this.digitString(this.int(7, 8)) : `${this.digitString(7)}${this.pick(['A', 'B', 'C'])}`;
  }
  tracking(): string {
    if (this.r() < 0.7) {
      const n = `94${this.digitString(20)}`;
      return this.r() < 0.5 ? n : (n.match(/.{1,4}/g) ?? [n]).join(' ');
    }
    return `1Z${this.letters(3)}${this.digitString(3)}${this.digitString(10)}`;
  }
  uor(): string {
    return this.pick([`${this.year()}-${String(this.int(1, 9999)).padStart(5, '0')}`, `UOR-${pad2(this.int(15, 25))}-${this.digitString(4)}`, `${this.digitString(2)}-${this.digitString(5)}`]);
  }
  badge(): string {
    return this.digitString(this.int(3, 4));
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.digitString(4)}${this.letters(1)}${this.digitString(4)}`;
    if (k === 1) return this.digitString(this.int(8, 11));
    if (k === 2) return `${this.letters(2)}${this.digitString(7)}`;
    return `${this.digitString(3)}-${this.digitString(6)}`;
  }
  vin(): string {
    return `${this.pick(['1FT', '1GC', '3C6', '5TF', '1C4', '1HG', '1G4'])}${this.lettersOf(VIN_CHARS, 14)}`;
  }
  plate(): string {
    return this.pick([`DV ${this.digitString(4)}`, `${this.letters(3)}-${this.digitString(4)}`, `${this.digitString(3)} ${this.letters(3)}`, `VET ${this.digitString(3)}`, `${this.letters(2)}${this.digitString(4)}`]);
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
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
  /** A DSN phone in its ten-digit form ('312-555-1234') or its seven-digit form ('480-1234'). */
  dsn(seven = this.r() < 0.4): string {
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (seven) return this.r() < 0.8 ? `${b}-${c}` : `${b}.${c}`;
    return `${this.pick(['312', '314', '315', '318', '317', '313'])}${this.pick(['-', '-', '.', ' '])}${b}-${c}`;
  }
  /** A foreign phone from its country code. */
  intlPhone(): string {
    return this.pick([`+49 ${this.int(30, 9999)} ${this.digitString(6)}`, `+81 98 ${this.digitString(3)} ${this.digitString(4)}`, `+82 10-${this.digitString(4)}-${this.digitString(4)}`, `+39 0${this.int(10, 99)} ${this.digitString(7)}`, `011-49-${this.int(631, 6371)}-${this.digitString(6)}`]);
  }
  /** A VA e-mail ('First.Last@va.gov') or a personal one, its name drawn apart from the names a frame writes out. */
  email(work: boolean): string {
    const g = asciiLetters(this.given()) || 'pat';
    const s = asciiLetters(this.sur()) || 'lee';
    if (work) return this.pick([`${g}.${s}@va.gov`, `${g}.${s}${this.int(2, 9)}@va.gov`, `${g}.${this.letters(1).toLowerCase()}.${s}.mil@mail.mil`, `${g}.${s}.civ@army.mil`]);
    return `${this.pick([`${g}${s}${this.int(1, 99)}`, `${g.charAt(0)}${s}${this.int(60, 99)}`, `${s}.${g}`, `${g}_${s}`])}@${this.pick(['gmail.com', 'yahoo.com', 'hotmail.com', 'aol.com', 'outlook.com', 'icloud.com'])}`;
  }
  vvcUrl(): string {
    const host = this.pick(['care2.va.gov', 'care.va.gov', 'vvc.va.gov']);
    return `https://${host}/vvc-app/?join=1&media=1&escalate=1&conference=VVC${this.digitString(7)}@care2.evn.va.gov&pin=${this.digitString(6)}#`;
  }
  ip(): string {
    return this.r() < 0.6 ? `10.${this.int(1, 254)}.${this.int(0, 254)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 254)}.${this.int(0, 254)}.${this.int(1, 254)}`;
  }
  /** A doctor as a note names one, with its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`Dr. ${s}`, [s]];
    if (k === 1) return [`Dr. ${g} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${this.mi()} ${s}, MD`, [g, s]];
    return [`${g} ${s}, ${this.pick(['DO', 'NP', 'PA-C', 'MD'])}`, [g, s]];
  }
  /** A service member named with a rank ('SSG Rocky Hill', 'Sgt. Hill'), with its parts. */
  ranked(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const r = this.rank();
    const k = this.int(0, 2);
    if (k === 0) return [`${r} ${g} ${s}`, [g, s]];
    if (k === 1) return [`${r} ${s}`, [s]];
    return [`${r} ${s.toUpperCase()}, ${g.toUpperCase()}`, [s.toUpperCase(), g.toUpperCase()]];
  }
}

const NOTE_TITLES = ['PRIMARY CARE NOTE', 'MENTAL HEALTH OUTPATIENT NOTE', 'SOCIAL WORK NOTE', 'NURSING TRIAGE NOTE', 'CHAPLAIN NOTE', 'PACT RN CARE MANAGER NOTE', 'CAREGIVER SUPPORT NOTE', 'HOME BASED PRIMARY CARE NOTE'];
const CREDS = ['MD', 'DO', 'NP', 'PA-C', 'RN', 'LCSW', 'PhD', 'PsyD', 'PharmD'];

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // VistA headers, banners and signatures
  ['VistA note header with author', (d) => {
    const a = d.vistaDate(); const b = d.vistaDate(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase();
    return [`LOCAL TITLE: ${d.pick(NOTE_TITLES)}\nDATE OF NOTE: ${a}@${d.colonTime()}     ENTRY DATE: ${b}@${d.colonTime()}\n      AUTHOR: ${s},${g} ${d.mi().charAt(0)}   EXP COSIGNER:\n     URGENCY:                  STATUS: COMPLETED`, [a, b, s, g]];
  }],
  ['patient banner SSN DOB and PCP', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const ssn = d.ssn(); const dob = d.dob(); const ps = d.sur().toUpperCase(); const pg = d.given().toUpperCase();
    return [`PATIENT: ${s},${g} ${d.mi().charAt(0)}   SSN: ${ssn}   DOB: ${dob}\nPCP: ${ps},${pg}   TEAM: ${d.pick(['BLUE', 'RED', 'TEAL', 'PACT 3', 'PACT B'])}`, [s, g, ssn, dob, ps, pg]];
  }],
  ['clinic list with last-four id', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const l4 = d.lastFour(s); const c = d.cboc();
    return [`${d.time()}  ${s},${g}  (${l4})  ${d.pick(['F/U', 'NEW', 'VVC', 'TEL', 'RTC'])}  ${c} PACT`, [s, g, l4, c]];
  }],
  ['ICN and EDIPI identifiers', (d) => {
    const icn = d.icn(); const e = d.edipi(); const f = d.vamc();
    return [`ICN: ${icn}   EDIPI: ${e}\nCMOR: ${f}   Patient type: SC VETERAN`, [icn, e, f]];
  }],
  ['enrollment date and priority group', (d) => {
    const dt = d.date(); const f = d.facility();
    return [`Enrolled ${dt} at ${f}; Priority Group ${d.int(1, 8)}, ${d.pick([10, 30, 50, 70, 100])}% SC, combat veteran status expired.`, [dt, f]];
  }],
  ['PCP and RN care manager at CBOC', (d) => {
    const [doc, p] = d.doctor(); const c = d.cboc(); const g = d.given(); const s = d.sur(); const e = d.ext();
    return [`PCP: ${doc}, ${d.pick(['Gold', 'Blue', 'Green', 'Red'])} PACT team, ${c}. RN Care Manager ${g} ${s}, RN, ext. ${e}.`, [...p, c, g, s, e]];
  }],
  ['/es/ signature block', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.mdy(); const npi = d.npi();
    return [`/es/ ${g} ${d.mi()} ${s}, ${d.pick(CREDS)}\n${d.pick(['Staff Physician', 'Nurse Practitioner', 'Staff Psychologist', 'Clinical Pharmacist Practitioner'])}\nNPI ${npi}\nSigned: ${dt} ${d.colonTime()}`, [g, s, npi, dt]];
  }],
  ['receipt acknowledged by additional signer', (d) => {
    const a = d.vistaDate(); const g = d.given().toUpperCase(); const s = d.sur().toUpperCase();
    return [`Receipt Acknowledged By:\n${a}@${d.colonTime()}       /es/ ${g} ${s}\n                        ${d.pick(['SOCIAL WORKER', 'RN CARE MANAGER', 'PRIMARY CARE PROVIDER', 'PSYCHIATRIST'])}`, [a, g, s]];
  }],
  // military history
  ['Army history with bases and deployment town', (d) => {
    const b1 = d.base(); const b2 = d.base(); const [t, c] = d.warTown(); const y = d.int(1985, 2010);
    return [`Military hx: US Army ${y}-${y + d.int(3, 20)}, ${d.pick(ARMY_MOS)} with the ${d.pick(ARMY_UNITS)}, ${d.pick(['SSG', 'SGT', 'SFC', 'SPC'])} at ETS. Stationed at ${b1} and ${b2}; deployed to ${t}, ${c} ${y + 2}.`, [b1, b2, t]];
  }],
  ['Marine history with unit and two towns', (d) => {
    const t1 = d.pick(IRAQ_TOWNS); const t2 = d.pick(IRAQ_TOWNS); const y = d.int(1995, 2008);
    return [`Served USMC ${y}-${y + 8} (0311) with ${d.pick(MARINE_UNITS)}; combat tours in ${t1} and ${t2}, Iraq. ${d.pick(['Purple Heart', 'Combat Action Ribbon', 'Navy Achievement Medal w/ V'])}.`, [t1, t2]];
  }],
  ['Navy ship hull number and homeport', (d) => {
    const [sh, h] = d.ship('modern'); const hp = d.pick(HOMEPORTS); const y = d.int(1984, 2012);
    return [`Navy ${d.pick(['machinist\'s mate', 'boatswain\'s mate', 'aviation ordnanceman', 'hospital corpsman', 'electrician\'s mate'])}, served aboard ${sh} (${h}) ${y}-${y + 4}, homeported in ${hp}.`, [sh, h, hp]];
  }],
  ['Blue Water Navy ship with month-years', (d) => {
    const [sh] = d.ship('vietnam'); const a = d.monthYear(d.int(1964, 1969)); const b = d.monthYear(d.int(1970, 1975));
    return [`Blue Water Navy: aboard the ${sh} in the offshore waters of the Republic of Vietnam ${a} to ${b}; presumptive Agent Orange exposure.`, [sh, a, b]];
  }],
  ['Air Force base and burn pit deployment', (d) => {
    const b = d.base(); const ab = d.baseAbroad(); const y = d.int(2003, 2012);
    return [`USAF ${d.pick(['2A3X3', '3P0X1', '4N0X1', '1N0X1', '2W1X1'])} ${y - 4}-${y + 6}; stationed at ${b}; deployed to ${ab} ${y}, daily burn pit exposure.`, [b, ab]];
  }],
  ['Vietnam in-country town', (d) => {
    const t = d.pick(VIETNAM_TOWNS); const y = d.int(1965, 1971);
    return [`In-country Vietnam ${y}-${y + 1} with the ${d.pick(['173rd Airborne Brigade', '1st Cavalry Division', '25th Infantry Division', '3rd Marine Division', '101st Airborne Division'])}, near ${t}; reports being sprayed with Agent Orange.`, [t]];
  }],
  ['Guard armory and annual training', (d) => {
    const a = d.armory(); const b = d.base();
    return [`Army National Guard ${d.int(2001, 2019)}-present: drills monthly at the ${a}; annual training at ${b}. Activated twice for hurricane response.`, [a, b]];
  }],
  ['overseas tour with spouse', (d) => {
    const b = d.pick(BASES_ABROAD.slice(0, 10)); const g = d.given();
    return [`Tour at ${b} ${d.int(1980, 2015)}; met his wife ${g} there. Denies combat; noise exposure on the flight line without hearing protection.`, [b, g]];
  }],
  ['IED strike with date-time group', (d) => {
    const f = d.fob(); const t = d.dtg();
    return [`Per STRs: IED strike vs. convoy 4 km from ${f}, ${t}; +LOC ~2 min, seen at the Role 2, returned to duty in 72 hrs.`, [f, t]];
  }],
  ['STR sick call in military date', (d) => {
    const dt = d.milDate(); const b = d.base();
    return [`STR entry ${dt}: seen at the BAS, ${b}, for L knee pain after a 12-mile ruck march; profile x 14 days.`, [dt, b]];
  }],
  ['line of duty determination date', (d) => {
    const dt = d.milDate(); const s = d.sur();
    return [`Line of Duty determination (DA Form 2173) dated ${dt}, signed by CPT ${s}: injury incurred in line of duty.`, [dt, s]];
  }],
  ['DD-214 abstract dates', (d) => {
    const y = d.int(1968, 2005); const a = d.dd214Date(y, y); const b = d.dd214Date(y + 2, y + 22);
    return [`DD-214 reviewed: date entered AD this period ${a}; separation date this period ${b}; character of service HONORABLE; RE code 1.`, [a, b]];
  }],
  ['legacy service number', (d) => {
    const n = d.serviceNo();
    return [`Service number ${n} (pre-1969); records partially destroyed in the 1973 NPRC fire, reconstructed from morning reports.`, [n]];
  }],
  ['dog tag block', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const id = d.r() < 0.5 ? d.ssn() : d.edipi();
    return [`Dog tag worn on chain:\n${s}\n${g} ${d.mi().charAt(0)}\n${id}\n${d.pick(BLOOD)}\n${d.pick(RELIGION)}`, [s, g, id]];
  }],
  ['dog tag single line', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const ssn = d.ssn();
    return [`Tags in personal effects: ${s} ${g} ${d.mi().charAt(0)} / ${ssn} / ${d.pick(BLOOD)} / ${d.pick(RELIGION)}. Returned to ${d.relation()}.`, [s, g, ssn]];
  }],
  ['JLV DoD ID and MTF records', (d) => {
    const e = d.edipi(); const m = d.mtf(); const a = d.date(d.int(2004, 2012)); const b = d.date(d.int(2013, 2016));
    return [`JLV reviewed: DoD ID ${e}; outpatient and inpatient records from ${m}, ${a} through ${b}.`, [e, m, a, b]];
  }],
  // TRICARE, CHAMPVA, claims and appeals
  ['TRICARE DBN', (d) => {
    const n = d.dbn(); const dt = d.mdy();
    return [`Other health insurance: TRICARE ${d.pick(['For Life', 'Prime', 'Select'])} (retiree), DoD benefits number ${n}, effective ${dt}.`, [n, dt]];
  }],
  ['CHAMPVA spouse', (d) => {
    const g = d.given(); const id = d.digitString(9); const t = d.town();
    return [`Spouse ${g} is covered under CHAMPVA, member ID ${id}; her own PCP is in ${t}.`, [g, id, t]];
  }],
  ['C&P DBQ header', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.cFile(); const dt = d.date();
    return [`DISABILITY BENEFITS QUESTIONNAIRE - ${d.pick(['PTSD (INITIAL)', 'HEARING LOSS AND TINNITUS', 'KNEE AND LOWER LEG', 'BACK (THORACOLUMBAR SPINE)', 'SLEEP APNEA', 'GULF WAR GENERAL MEDICAL'])}\nName of patient/Veteran: ${g} ${s}\nVA file number: ${c}\nDate of examination: ${dt}`, [g, s, c, dt]];
  }],
  ['claim number and received date', (d) => {
    const c = d.claim(); const dt = d.date();
    return [`Claim #${c} (VA Form 21-526EZ) received ${dt}; exams requested for tinnitus, L knee and sleep apnea secondary to PTSD.`, [c, dt]];
  }],
  ['rating decision dates', (d) => {
    const a = d.date(); const b = d.date();
    return [`The rating decision dated ${a} granted service connection for ${d.pick(['tinnitus at 10% (DC 6260)', 'PTSD at 70% (DC 9411)', 'lumbosacral strain at 20% (DC 5237)', 'IHD at 60% (DC 7005)'])}, effective ${b}. Combined rating ${d.pick([40, 70, 90, 100])}%.`, [a, b]];
  }],
  ['Board docket and judge', (d) => {
    const k = d.docket(); const w = d.weekday(); const s = d.sur();
    return [`Board of Veterans' Appeals, Docket No. ${k}; virtual tele-hearing held ${w} before Veterans Law Judge ${s}.`, [k, w, s]];
  }],
  ['VSO representative with phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Power of attorney: ${d.pick(['DAV', 'VFW', 'The American Legion', 'AMVETS', 'Vietnam Veterans of America'])}; service officer ${g} ${s}, ${ph}.`, [g, s, p]];
  }],
  ['VSO post in town', (d) => {
    const p = d.vsoPost(); const t = d.town();
    return [`Socially active: member of ${p} in ${t}, serves on the honor guard at funerals two or three times a month.`, [p, t]];
  }],
  // caregivers
  ['PCAFC primary family caregiver', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`PCAFC: Primary Family Caregiver is ${d.relation()} ${g} ${s}, approved ${dt} (Tier ${d.int(1, 2)}). Secondary caregiver: none.`, [g, s, dt]];
  }],
  ['caregiver support coordinator by phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const md = d.monthDay();
    return [`Caregiver Support Coordinator ${g} ${s}, LCSW, completed the annual reassessment by phone on ${md} (caregiver reached at ${ph}).`, [g, s, md, p]];
  }],
  ['caregiver home visit address', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Wellness contact completed in the home, ${st}, ${t}, ${d.state()} ${z}; caregiver present, home clean, ramp installed.`, [st, t, z]];
  }],
  // VA police and flags
  ['VA police report and badge', (d) => {
    const s = d.sur(); const b = d.badge(); const u = d.uor();
    return [`VA Police ${d.pick(['Officer', 'Ofc.', 'Sgt.', 'Lt.', 'Detective'])} ${s} (badge ${b}) responded to the ED lobby at ${d.time()} hrs; Uniform Offense Report #${u} filed.`, [s, b, u]];
  }],
  ['VA police vehicle plate', (d) => {
    const pl = d.plate();
    return [`VA Police noted the Veteran's ${d.pick(CARS)}, ${d.state()} plate ${pl}, parked in lot C overnight; welfare check done, Veteran asleep in the cab.`, [pl]];
  }],
  ['behavioral flag entered', (d) => {
    const y = d.year(); const dt = d.milDate(y); const my = d.monthYear(y + d.int(1, 2));
    return [`Category I Patient Record Flag (Behavioral) entered ${dt} on DBC recommendation; next review due ${my}.`, [dt, my]];
  }],
  // chaplains
  ['VA chaplain bedside with holiday', (d) => {
    const g = d.given(); const s = d.sur(); const h = d.holiday();
    return [`Chaplain ${g} ${s} (${d.pick(['Catholic', 'Protestant', 'Baptist', 'Jewish', 'Muslim'])}) visited at bedside in the CLC; Veteran asked for communion on ${h}.`, [g, s, h]];
  }],
  ['military chaplain with rank at base', (d) => {
    const s = d.sur(); const b = d.base();
    return [`Describes moral injury; was counseled by Chaplain (${d.pick(['CPT', 'MAJ', 'LT', 'LCDR', 'Capt'])}) ${s} while at ${b} but "never talked about it again."`, [s, b]];
  }],
  // family, APO and FPO
  ['son on active duty with APO address', (d) => {
    const [n, np] = d.ranked(); const [line, po, z] = d.apo();
    return [`Son, ${n}, is stationed in ${d.pick(COUNTRIES)}; mail to ${line}, ${po} ${z}.`, [...np, line, z]];
  }],
  ['spouse APO or FPO address block', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const [line, po, z] = d.apo();
    return [`Spouse mailing address:\n${g} ${s}\n${line}\n${po} ${z}`, [g, s, line, z]];
  }],
  ['NOK block', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const st = d.street().toUpperCase(); const t = d.town().toUpperCase(); const z = d.zip(); const [ph, p] = d.phone();
    return [`NOK: ${s},${g}   RELATIONSHIP: ${d.relation().toUpperCase()}\n     ${st}\n     ${t}, ${d.state().toUpperCase()} ${z}\n     PHONE: ${ph}`, [s, g, st, t, z, p]];
  }],
  ['spouse overseas phone', (d) => {
    const g = d.given(); const ph = d.intlPhone();
    return [`Wife ${g} is living near his last duty station; reach her at ${ph} (7 hrs ahead). Interpreter not needed.`, [g, ph]];
  }],
  // ages over 89
  ['WWII veteran age and ship', (d) => {
    const a = d.ageOver89(); const [sh] = d.ship('ww2'); const g = d.given();
    return [`${a}-year-old WWII Navy veteran (${sh}, Pacific theater) here with his ${d.relation()} ${g} for annual exam; lives alone.`, [a, sh, g]];
  }],
  ['Korea veteran age and daughter town', (d) => {
    const a = d.ageOver89(); const t = d.town();
    return [`Korean War veteran, age ${a}, admitted to the CLC for 14 days of respite; daughter lives in ${t} and visits weekly.`, [a, t]];
  }],
  // DSN and fax
  ['DSN phone to MTF records', (d) => {
    const m = d.mtf(); const ds = d.dsn(false); const [ph, p] = d.phone();
    return [`Records request sent to ${m} release of information, DSN ${ds}; commercial ${ph}.`, [m, ds, p]];
  }],
  ['unit surgeon DSN', (d) => {
    const b = d.base(); const s = d.sur(); const ds = d.dsn(true);
    return [`Active-duty referral: unit surgeon at ${b}, ${d.pick(['MAJ', 'CPT', 'LCDR', 'Maj.'])} ${s}, DSN ${ds}. Pt drills with a reserve unit.`, [b, s, ds]];
  }],
  ['fax records to CBOC attention MSA', (d) => {
    const c = d.cboc(); const [fx, p] = d.phone(); const g = d.given(); const s = d.sur();
    return [`Please fax community care records to the ${c} at ${fx}, Attn: ${g} ${s}, MSA.`, [c, p, g, s]];
  }],
  // community care, pharmacy, prosthetics
  ['community care referral', (d) => {
    const r = d.referral(); const b = d.business(); const dt = d.monthDay();
    return [`Community Care referral ${r} sent to ${b} on ${dt}; SEOC ${d.pick(['orthopedic surgery', 'physical therapy', 'sleep medicine', 'dental', 'optometry'])}, 180 days, 8 visits.`, [r, b, dt]];
  }],
  ['CMOP mail-out tracking', (d) => {
    const rx = d.rx(); const w = d.weekday(); const t = d.tracking();
    return [`Rx #${rx} ${d.pick(['sertraline 100 mg', 'prazosin 2 mg', 'metformin 500 mg', 'atorvastatin 40 mg'])} mailed by CMOP ${w}; tracking ${t}.`, [rx, w, t]];
  }],
  ['power wheelchair serial', (d) => {
    const sn = d.serial(); const md = d.monthDay();
    return [`Prosthetics: ${d.pick(['Permobil M3 Corpus', 'Quantum Q6 Edge 3', 'Pride Jazzy Elite'])} power wheelchair, serial ${sn}, delivered to the home ${md}.`, [sn, md]];
  }],
  ['hearing aid serials', (d) => {
    const a = d.serial(); const b = d.serial();
    return [`Audiology: issued ${d.pick(['Phonak Audéo P90-R', 'Oticon More 1', 'ReSound ONE 9', 'Starkey Evolv AI 2400'])} hearing aids, L serial ${a}, R serial ${b}; batteries via DALC.`, [a, b]];
  }],
  ['CPAP serial and download date', (d) => {
    const sn = d.serial(); const md = d.monthDay();
    return [`ResMed AirSense ${d.pick([10, 11])} AutoSet, SN ${sn}; compliance download ${md}: 6.2 h/night, AHI 2.1.`, [sn, md]];
  }],
  ['adaptive equipment VIN', (d) => {
    const v = d.vin();
    return [`Automobile adaptive equipment (VA Form 10-1394) approved for ${d.int(2012, 2024)} ${d.pick(CARS)}, VIN ${v}; hand controls and left-foot accelerator.`, [v]];
  }],
  ['beneficiary travel mileage from home', (d) => {
    const st = d.street(); const t = d.town(); const f = d.vamc();
    return [`Beneficiary travel: ${d.int(20, 180)} mi round trip from ${st}, ${t} to the ${f}; deductible waived (SC 30% or more).`, [st, t, f]];
  }],
  // telehealth and messages
  ['VVC link', (d) => {
    const w = d.weekday(); const u = d.vvcUrl();
    return [`VA Video Connect appointment ${w} at ${d.time()}. Join link: ${u}`, [w, u]];
  }],
  ['telehealth IPs and ticket', (d) => {
    const a = d.ip(); const b = d.ip(); const tk = `INC${d.digitString(d.int(7, 8))}`;
    return [`CVT session dropped x2; clinic cart IP ${a}, Veteran's home IP ${b}. OIT ticket ${tk} opened.`, [a, b, tk]];
  }],
  ['copies by e-mail', (d) => {
    const e1 = d.email(false); const e2 = d.email(true);
    return [`Veteran asked that copies go to his ${d.relation()}'s e-mail, ${e1}, and to the coordinator at ${e2}.`, [e1, e2]];
  }],
  // homeless programs, mental health
  ['HUD-VASH voucher and apartment', (d) => {
    const v = d.digitString(d.int(6, 8)); const dt = d.date(); const st = d.street(); const t = d.town();
    return [`HUD-VASH voucher #${v} issued ${dt}; lease signed for a 1-BR unit at ${st}, ${t}. Furniture from the donation closet.`, [v, dt, st, t]];
  }],
  ['GPD bed at shelter', (d) => {
    const sh = d.shelter(); const md = d.monthDay(); const g = d.given(); const s = d.sur();
    return [`Accepted to a Grant and Per Diem bed at ${sh} on ${md}; GPD liaison ${g} ${s}, LMSW.`, [sh, md, g, s]];
  }],
  ['suicide prevention and firearm storage', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const t = d.town();
    return [`HRS-PRF active. Suicide Prevention Coordinator ${g} ${s} reviewed the safety plan; firearms stored with ${d.relation()} ${g2} in ${t}. VCL (988, press 1) reviewed.`, [g, s, g2, t]];
  }],
  ['MST coordinator and base', (d) => {
    const g = d.given(); const s = d.sur(); const w = d.weekday(); const b = d.base();
    return [`MST Coordinator ${g} ${s}, PhD, met with Veteran ${w}; disclosed assault at ${b} in ${d.int(1975, 2015)}, not reported at the time.`, [g, s, w, b]];
  }],
  ['Vet Center referral', (d) => {
    const v = d.vetCenter(); const g = d.given(); const s = d.sur();
    return [`Referred to the ${v} for readjustment counseling (group on Tuesdays); counselor ${g} ${s}, LMFT.`, [v, g, s]];
  }],
  ['state veterans home admission', (d) => {
    const h = d.stateHome(); const dt = d.date(); const f = d.vamc();
    return [`Admitted to the ${h} on ${dt} from ${f}; per diem paid, SC 70%.`, [h, dt, f]];
  }],
  // registries, SCI, dates
  ['burn pit registry id', (d) => {
    const id = d.digitString(d.int(6, 7)); const dt = d.date(); const b = d.baseAbroad();
    return [`Airborne Hazards and Open Burn Pit Registry questionnaire completed ${dt} (registry ID ${id}); deployed to ${b}.`, [dt, id, b]];
  }],
  ['SCI annual evaluation at hub', (d) => {
    const f = d.vamc(); const my = d.monthYear();
    return [`SCI annual evaluation at the ${f} SCI/D center ${my}; C6 AIS B, bowel program reviewed.`, [f, my]];
  }],
  ['nightmares since holiday', (d) => {
    const h = d.pick(['Fourth of July', 'Independence Day', "New Year's Eve", "New Year's Day"]);
    return [`Nightmares worse since ${h} (${d.pick(['fireworks', 'fireworks next door', 'the neighbors\' fireworks'])}); PCL-5 today ${d.int(33, 70)}, prazosin increased to ${d.pick([2, 3, 4, 6])} mg qHS.`, [h]];
  }],
  ['labs from the ordinal', (d) => {
    const o = ordinal(d.int(1, 31));
    return [`A1c from the ${o} was 7.9%; metformin continued, MOVE! referral offered and declined.`, [o]];
  }],
  ['no-show weekday and month-day', (d) => {
    const w = d.weekday(); const md = d.monthDay(); const c = d.cboc();
    return [`No-show for ${c} appointment ${w} ${md}; 3 calls attempted, letter mailed per no-show policy.`, [c, w, md]];
  }],
  ['CDL and DOT card', (d) => {
    const cdl = d.r() < 0.5 ? `${d.letters(1)}${d.digitString(8)}` : d.digitString(d.int(8, 9)); const dt = d.date();
    return [`Works as a long-haul driver (CDL ${cdl}, ${d.state()}); DOT medical card expires ${dt}. OSA must be treated.`, [cdl, dt]];
  }],
  ['relative with rank visiting', (d) => {
    const [n, p] = d.ranked(); const md = d.monthDay();
    return [`Visited by ${d.relation()}, ${n}, on leave until ${md}; Veteran brighter, eating 75%.`, [...p, md]];
  }],
];

/** The names of the wave's frames. */
export const veteransFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function veteransWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10211, rounds);
}

/** Look-alikes in VA and military style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // conditions, programs and laws
  ['PTSD, chronic, combat-related', 'PTSD'], ['History of mild TBI from blast exposure', 'TBI'], ['MST screen positive; declines referral today', 'MST'],
  ['Eligible under the PACT Act for toxic exposure screening', 'PACT Act'], ['OEF/OIF/OND veteran', 'OEF/OIF/OND'], ['Gulf War Illness (chronic multisymptom illness)', 'Gulf War'],
  ['Agent Orange Registry exam completed', 'Agent Orange'], ['Blue Water Navy veteran', 'Blue Water Navy'], ['Served in Operation Desert Storm', 'Desert Storm'],
  ['Operation Enduring Freedom, 2 tours', 'Operation Enduring Freedom'], ['Operation Iraqi Freedom veteran', 'Iraqi Freedom'], ['Vietnam era veteran, did not serve in-country', 'Vietnam'],
  ['Deployed to Southwest Asia', 'Southwest Asia'], ['Served in Korea after the war', 'Korea'], ['Deployed to Iraq twice', 'Iraq'], ['Two tours in Afghanistan', 'Afghanistan'],
  // VA places and programs named generically
  ['Seen at the CBOC today', 'the CBOC'], ['Will follow up with the VA', 'the VA'], ['Transferred to the VAMC for admission', 'VAMC'], ['Admitted to the CLC for respite', 'CLC'],
  ['Referred to the DOM for residential treatment', 'DOM'], ['VISN 9 telehealth hub', 'VISN 9'], ['Referred to the Vet Center', 'Vet Center'], ['HUD-VASH program enrollment', 'HUD-VASH'],
  ['Applied to PCAFC; caregiver training complete', 'PCAFC'], ['MOVE! weight management group', 'MOVE!'], ['Whole Health coaching', 'Whole Health'], ['Home Based Primary Care team', 'Home Based Primary Care'],
  ['PACT RN care manager called', 'PACT'], ['Veterans Crisis Line: dial 988, press 1', '988, press 1'], ['Secure message sent through My HealtheVet', 'My HealtheVet'],
  ['Community Care Network approval pending', 'Community Care Network'], ['Grant and Per Diem program', 'Grant and Per Diem'],
  // VSOs and payers named alone
  ['Represented by the DAV', 'DAV'], ['Member of the VFW', 'VFW'], ['Active in the American Legion', 'American Legion'], ['TRICARE For Life as secondary', 'TRICARE For Life'],
  ['CHAMPVA covers the spouse', 'CHAMPVA'], ['Medicare Part B premium reimbursed', 'Medicare'],
  // ranks, rates and roles without names
  ['Retired as a Sergeant Major', 'Sergeant Major'], ['Was a Pfc. when injured', 'Pfc.'], ['Father was a career Army colonel', 'colonel'], ['Served as an HM2 with the Marines', 'HM2'],
  ['Chaplain visit requested', 'Chaplain'], ['VA Police called to the unit', 'VA Police'], ['The DBC reviewed the flag', 'DBC'], ['Discussed with the Suicide Prevention Coordinator', 'Suicide Prevention Coordinator'],
  ['MOS 11B (infantryman)', '11B'], ['MOS 68W combat medic', '68W'], ['USMC 0311 rifleman', '0311'], ['AFSC 2A3X3', '2A3X3'], ['Navy corpsman (HM)', 'corpsman'],
  // unit types and designations, branches
  ['Served in the infantry', 'infantry'], ['Field artillery, 13B', 'artillery'], ['Served with a Seabee battalion', 'Seabee'], ['Army National Guard, now retired', 'Army National Guard'],
  ['Served with the 82nd Airborne', '82nd Airborne'], ['Deployed with the 1st Cavalry Division', '1st Cavalry Division'], ['Served with 2/7 Marines', '2/7 Marines'], ['US Coast Guard 1990-1996', 'Coast Guard'],
  // ratings, codes and forms
  ['Service-connected 70% for PTSD', '70%'], ['Combined rating 100% P&T', '100% P&T'], ['TDIU granted', 'TDIU'], ['Priority Group 1', 'Priority Group 1'], ['DC 9411 PTSD', 'DC 9411'],
  ['Tinnitus, DC 6260, 10%', 'DC 6260'], ['VA Form 21-526EZ submitted', '21-526EZ'], ['DD-214 on file', 'DD-214'], ['Requested SF-180 from NPRC', 'SF-180'], ['VA Form 10-10EZ completed', '10-10EZ'],
  ['ICD-10 F43.10', 'F43.10'], ['CPT 90837', '90837'], ['Character of discharge: Honorable', 'Honorable'], ['RE code 1', 'RE code 1'],
  // scales and measures
  ['PCL-5 score 52', 'PCL-5'], ['PHQ-9 = 14', 'PHQ-9'], ['C-SSRS screen negative', 'C-SSRS'], ['AUDIT-C 6', 'AUDIT-C'], ['MoCA 24/30', '24/30'], ['CAPS-5 severity 38', 'CAPS-5'],
  ['TBI second-level evaluation, NSI 42', 'NSI 42'], ['BP 142/88, HR 76', '142/88'], ['AHI 2.1 on CPAP', 'AHI 2.1'], ['A1c 7.9%', '7.9%'],
  // drugs and devices
  ['prazosin 4 mg qHS', 'prazosin'], ['sertraline 100 mg daily', 'sertraline 100 mg'], ['naltrexone 50 mg', 'naltrexone'], ['Narcan kit issued', 'Narcan'], ['ResMed AirSense 11 AutoSet', 'AirSense 11'],
  ['Phonak Audéo hearing aids', 'Phonak Audéo'], ['Ottobock C-Leg knee', 'C-Leg'], ['Permobil power chair', 'Permobil'],
  // awards, dog-tag fields, eponyms
  ['Purple Heart recipient', 'Purple Heart'], ['Awarded the Bronze Star', 'Bronze Star'], ['Combat Infantryman Badge', 'Combat Infantryman Badge'], ['Blood type O POS', 'O POS'], ['Religion: NO PREF', 'NO PREF'],
  ["Parkinson's disease, presumptive", "Parkinson's"], ["Hodgkin's lymphoma", "Hodgkin's"], ["Bell's palsy resolved", "Bell's"], ['Epley maneuver performed', 'Epley'], ['Romberg negative', 'Romberg'],
  ["Meniere's disease", "Meniere's"], ["Raynaud's phenomenon", "Raynaud's"],
  // everyday words that are also names, ranks or towns; times, years, ages, relations, states
  ['Major depressive disorder, recurrent', 'Major'], ['Prefers a private room', 'private'], ['Will return to clinic in 3 months', 'Will'], ['Faith is a source of strength', 'Faith'],
  ['Expressed hope about the new job', 'hope'], ['Discussed the grant of service connection', 'grant'], ['Lost his liberty while in the brig', 'liberty'], ['Stands guard at night, checks locks', 'guard'],
  ['Group meets Tuesdays at 1400', 'Tuesdays'], ['Seen at 1430 hrs', '1430 hrs'], ['Served 1968-1970', '1968-1970'], ['Separated in 2004', '2004'],
  ['Patient is an 86-year-old veteran', '86'], ['His daughter is his caregiver', 'daughter'], ['Moved back to Texas after discharge', 'Texas'], ['Mail goes to an APO AE address', 'APO AE'],
  ['Calls home via DSN when traveling', 'DSN'], ['Zulu time used on the reports', 'Zulu'],
];

export const veteransKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedVeteransKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(veteransKeepCases(), find);

export function scoreVeteransWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => veteransWaveCases(seed)), find);
}
