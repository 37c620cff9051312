// A blind wave of infection control and public-health documentation in the clinical record: communicable disease
// report forms (the reportable condition, the reporter, the local health department and its nurse, state case and
// investigation numbers, onset and diagnosis dates, fax covers), contact tracing notes (named contacts and household
// members, workplaces, schools, daycares, churches, gyms, bars, dormitories and shelters, parties at an address, dates of
// exposure, of symptom onset and of the end of isolation or quarantine), travel histories (flights with their carrier,
// flight number and seat, connections, cruise ships and cabins, hotels, towns and villages abroad, dates of travel),
// TB case management (DOT logs and video DOT links, DOT workers, clinic sites, dose dates, RVCT numbers, IGRA and AFB
// accessions), STI partner notification (partners named with their address or known by an app handle, DIS field
// records, EPT), outbreak line lists (rows with residents, rooms, onset and culture dates, outbreak numbers, food
// histories), employee health exposure reports (the employee, badge and employee numbers, the source patient and their
// MRN, exclusion periods, supervisors), immunization registry entries (lot numbers, VIS edition dates, expiry dates,
// registry IDs, clinics), animal-bite reports (the owner and address, the animal control officer, rabies tags,
// licences, veterinary clinics, quarantine end dates, bat specimens) and lab specimen and accession numbers, phones,
// faxes, e-mails and portal links; in mixed case, ALL CAPS and lower case. Names are given names and surnames that are
// everyday words (Hope, Price, Church) or faker names of several locales; towns include towns that are everyday words
// (Bath, Salem, Union, Liberty), real small towns and towns and villages abroad. Dates are written every way such notes
// write them ('03/04/2024', '3/4/24', '3/4', 'Mar 4', 'March 4th', 'Sunday, March 3', 'Tues', 'the 14th', ranges as
// '3/1-3/8' or 'March 2-9', 'Exp 12/2025'). A list of look-alikes in the same style must not be touched. Written
// without reading the engine's rules or any gold data. `scorePublichealthWave`.
// Decisions: a person's given name and surname are planted, a middle initial and a credential ('RN', 'PHN', 'DIS',
// 'MD', 'LPN', 'ACO') are not; a named health department, clinic, hospital, school, daycare, church, gym, bar,
// restaurant, employer, dormitory, college, shelter, hotel, nursing home, veterinary clinic or airport is planted whole
// with its kind word ('Essex County Health Department', 'Salem Board of Health', 'Hadley Hall', 'Hotel Las Palmas'),
// and its town is planted apart when written apart; a county is planted with the word 'County'; a street address is
// planted as its number, street and suffix (an apartment number with it), the town and ZIP apart, the state is kept;
// cities and towns abroad and at home (flight origins and destinations, villages) are planted, a country is kept; a
// flight is planted as its carrier code and number ('UA 1234', 'DL1187'), the airline's name ('Delta') is kept, a seat
// is planted; a cruise ship's name, a cabin number, a hotel or dorm room and a nursing-home resident's room are planted,
// a hospital unit ('5 West') is kept; every date element is planted, including weekdays alone, VIS edition dates and a
// lot's expiry, a weekday next to a date is planted apart from it when a word or a comma separates them, a range is
// planted as written; times ('14:10') and durations ('day 5 of isolation', '10 days') are kept; ages over 89 are
// planted, 89 and under kept; case, investigation, outbreak, field record, registry, RVCT, accession, specimen, lot,
// badge, employee, rabies tag and licence numbers, MRNs and app handles are planted (without the '@' or '#'); an
// app's name ('Grindr') and a vaccine's brand are kept; the animal's own name is not planted; phones, faxes, extensions,
// e-mails and URLs are planted, a phone's leading '(' need not be covered. Kept (look-alikes): organisms and diseases
// named for places or people (Salmonella Newport and Heidelberg, Norwalk, Lyme, West Nile, Rocky Mountain spotted
// fever, Coxsackie, Powassan, Marburg, Ebola, Chagas, Hansen), stains and tests (Ziehl-Neelsen, Mantoux, Gram,
// Cary-Blair, Lowenstein-Jensen, Koplik), codes (ICD-10, CVX, NDC, CPT, LOINC), lab values and titres, doses, vaccine
// brands, durations and counts, ages of 89 and under, years alone, generic places and relations without names,
// everyday words that are also names, airlines and apps, states and countries.
// Measured before rules (engine at 2e5a850): 0.815 recall on seeds 5, 11, 23 (4007/4914), 0.805 on fresh seeds 41, 42, 43
// (3957/4914); 8/100 look-alikes touched ("Coxsackie", "Marburg", "Ct value 24.3" as a street 'Ct', "the TB clinic",
// "Delta", "Guatemala", "Haiti", "Nigeria").
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, mx, br, vi, ind, ng, frca, gb];
/** Fakers of places abroad (their towns for travel histories). */
const ABROAD_FAKERS = [mx, br, vi, ind, ng];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Grace', 'Faith', 'Joy', 'Patience', 'Charity', 'May', 'Summer', 'Autumn', 'Robin', 'Wren', 'Pearl', 'Ruby', 'Crystal', 'Misty', 'Destiny', 'Trinity', 'Honor', 'Bill', 'Buck', 'Gale', 'Stormy', 'Rocky', 'Dusty', 'Rich', 'Guy', 'Lance', 'Forrest', 'Clay', 'Miles', 'Chance', 'Major', 'Deacon', 'Hunter', 'Mercy'];
const WORD_SUR = ['Price', 'Church', 'Hall', 'Fox', 'Swan', 'Baker', 'Miller', 'Cook', 'Carpenter', 'Fisher', 'Gardner', 'Walker', 'Wise', 'Good', 'Best', 'Sweet', 'Love', 'Day', 'Woods', 'Rivers', 'Banks', 'Lake', 'Stone', 'Steele', 'Waters', 'Shepherd', 'Pope', 'Dean', 'Monday', 'Friday', 'Person', 'Moss', 'Bush', 'Field', 'House'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Bath', 'Salem', 'Union', 'Liberty', 'Hope', 'Harmony', 'Unity', 'Freedom', 'Friendship', 'Justice', 'Paradise', 'Eden', 'Bliss', 'Loyal', 'Plain', 'Plainview', 'Fairview', 'Midway', 'Center', 'Commerce', 'Industry', 'Energy', 'Canton', 'Athens', 'Sparta', 'Troy', 'Milan', 'Rome', 'Lebanon', 'Jasper', 'Marion', 'Florence', 'Warren', 'Franklin', 'Clinton', 'Jackson', 'Hazard', 'Normal', 'Gas', 'Rugby'];
const REAL_TOWNS = ['Greenfield', 'Holyoke', 'Chicopee', 'Amherst', 'Ware', 'Palmer', 'Athol', 'Orange', 'Montague', 'Lowell', 'Lawrence', 'Haverhill', 'Brockton', 'Taunton', 'Attleboro', 'Quincy', 'Framingham', 'Marlborough', 'Southbridge', 'Webster', 'Gloucester', 'Dover', 'Rochester', 'Laconia', 'Claremont', 'Berlin', 'Presque Isle', 'St. Albans', 'Barre', 'Willimantic', 'Norwich', 'Westerly'];
const COUNTY_WORDS = ['Essex', 'Franklin', 'Hampshire', 'Hampden', 'Berkshire', 'Bristol', 'Plymouth', 'Worcester', 'Middlesex', 'Norfolk', 'Union', 'Lake', 'Orange', 'Grant', 'Marion', 'Liberty', 'Summit', 'Washington', 'Lincoln', 'Story', 'Cass', 'Strafford', 'Merrimack', 'Cheshire', 'Coos', 'Windham'];
const STATES = ['MA', 'NH', 'ME', 'VT', 'RI', 'CT', 'NY', 'Massachusetts', 'New Hampshire'];
const SAINTS = ['Agnes', 'Vincent', 'Luke', 'Mary', 'Anne', 'Joseph', 'Francis', 'Jude', 'Patrick', 'Michael', 'Mark', 'Rose', 'Stanislaus', 'Casimir'];
const STREETS = ['Elm', 'Oak', 'Maple', 'Pine', 'Main', 'Church', 'School', 'Mill', 'Water', 'Pleasant', 'Prospect', 'Union', 'Spring', 'Chestnut', 'Walnut', 'Highland', 'Park', 'Summer', 'Winter', 'Bridge', 'Railroad', 'Depot', 'Cottage', 'Liberty', 'Hope', 'Federal', 'Washington', 'Meadow', 'Orchard', 'Cherry'];
const STREET_SUFFIX = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Lane', 'Dr', 'Drive', 'Ct', 'Way', 'Terrace', 'Pl'];
const US_CITIES = ['Boston', 'Newark', 'Atlanta', 'Houston', 'Miami', 'Chicago', 'Charlotte', 'Dallas', 'Orlando', 'Hartford', 'Providence', 'Philadelphia', 'Fort Lauderdale', 'Manchester'];
const CITIES_ABROAD = ['Lagos', 'Accra', 'Manila', 'Delhi', 'Lima', 'Guatemala City', 'San Salvador', 'Port-au-Prince', 'Santo Domingo', 'Mumbai', 'Dhaka', 'Kinshasa', 'Nairobi', 'Tegucigalpa', 'Lisbon', 'Frankfurt', 'Cancun', 'Punta Cana', 'Sao Paulo', 'Praia', 'Kingston', 'Montego Bay', 'Addis Ababa'];
const VILLAGES = ['Chichicastenango', 'Todos Santos', 'Jacmel', 'Hinche', 'Ouidah', 'Kisumu', 'Mbale', 'Ilorin', 'Juchitan', 'Ocotal', 'Esteli', 'Barahona', 'Sylhet', 'Anand', 'Tamale', 'Kumasi', 'Bo', 'Gonaives', 'San Marcos', 'Santa Rosa', 'Soyapango', 'Valladolid', 'Hoi An', 'Can Tho', 'Siem Reap', 'Ibadan', 'Eldoret', 'Mirebalais', 'Fogo', 'Mindelo'];
const COUNTRIES = ['Guatemala', 'Haiti', 'Nigeria', 'Ghana', 'India', 'Bangladesh', 'Honduras', 'El Salvador', 'Dominican Republic', 'Mexico', 'Kenya', 'Uganda', 'Cape Verde', 'Vietnam', 'Philippines', 'Brazil', 'Peru', 'Jamaica', 'Ethiopia'];
const SHIPS = ['Coral Princess', 'Carnival Breeze', 'Norwegian Joy', 'Royal Princess', 'Celebrity Edge', 'MSC Seaside', 'Allure of the Seas', 'Viking Star', 'Ruby Princess', 'Diamond Princess', 'Carnival Glory', 'Norwegian Gem', 'Grand Princess', 'Oasis of the Seas'];
const CARRIERS = ['UA', 'DL', 'AA', 'B6', 'WN', 'NK', 'TP', 'LH', 'AM', 'AV', 'KQ', 'ET', 'CM'];
const AIRLINES = ['United', 'Delta', 'American', 'JetBlue', 'Southwest', 'Spirit', 'TAP', 'Lufthansa', 'Aeromexico', 'Avianca', 'Kenya Airways', 'Ethiopian', 'Copa'];
const AIRPORTS = ['Logan International Airport', 'Bradley International Airport', 'T.F. Green Airport', 'Manchester-Boston Regional Airport', 'Newark Liberty International Airport', 'Hartsfield-Jackson Atlanta International Airport', 'Portland International Jetport'];
const HOTEL_WORDS = ['Las Palmas', 'Casa Blanca', 'del Sol', 'Miramar', 'Plaza Real', 'Golden Tulip', 'Sunrise', 'Bella Vista', 'Colonial', 'Paraiso', 'Seaview', 'Continental'];
const DAYCARE_WORDS = ['Little Sprouts', 'Bright Beginnings', 'Kiddie Kastle', 'Rainbow Kids', 'Tiny Treasures', 'Busy Bees', 'Sunshine', 'Happy Days', 'Little Acorns', 'ABC Kids'];
const GYM_WORDS = ['Iron Works', 'Peak Performance', 'Anytime Strong', 'Summit', 'Riverside', 'Powerhouse', 'Core', 'Titan', 'Evolve'];
const BAR_NAMES = ['The Rusty Anchor', "O'Malley's Pub", 'The Thirsty Moose', 'The Blue Note', 'Lucky Dog Saloon', 'The Tap Room', 'Red Lantern Lounge', 'The Dugout', 'Harbor Lights Tavern'];
const FOODS = ['chicken salad', 'raw oysters', 'potato salad', 'undercooked hamburger', 'sprouts', 'deli turkey', 'soft cheese (queso fresco)', 'fried rice', 'unpasteurized cider'];
const CONDITIONS = ['Salmonellosis', 'Campylobacteriosis', 'Shiga toxin-producing E. coli', 'Pertussis', 'Hepatitis A', 'Legionellosis', 'Measles', 'Mumps', 'Invasive meningococcal disease', 'Shigellosis', 'Varicella', 'Tuberculosis, active pulmonary', 'Syphilis, primary', 'Giardiasis', 'Cryptosporidiosis', 'Babesiosis'];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'mother', 'father', 'sister', 'brother', 'grandmother', 'partner', 'roommate', 'boyfriend', 'girlfriend', 'cousin'];
/** Spouses and partners, for the household frame. */
const RELATIVES_SPOUSE = ['wife', 'husband', 'partner', 'fiancee'];
const APPS = ['Grindr', 'Tinder', 'Jack\'d', 'Hinge', 'Scruff', 'Snapchat', 'Instagram', 'Facebook Messenger', 'Bumble'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_SHORT = ['Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'aol.com', 'icloud.com', 'comcast.net'];
const ORG_DOMAINS = ['baystatehealth.org', 'mercyhealth.org', 'valleymed.org', 'northshorehealth.org', 'cooleydickinson.org', 'heywood.org', 'umassmemorial.org'];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.75 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return `${this.pick(COUNTY_WORDS)} County`;
  }
  /** A local health department's name. */
  healthDept(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Board of Health`;
    if (k === 1) return `${this.town()} Health Department`;
    if (k === 2) return `${this.county()} Health Department`;
    if (k === 3) return `${this.county()} Department of Public Health`;
    return `${this.town()} Public Health Division`;
  }
  /** A clinic: a TB, travel, STD or community clinic. */
  clinic(kind = this.pick(['TB Clinic', 'Travel Clinic', 'Community Health Center', 'Family Health Center', 'Sexual Health Clinic', 'Pediatrics'])): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} ${kind}`;
    if (k === 1) return `${this.pick(STREETS)} Street ${kind}`;
    return `${this.pick(['Valley', 'Riverside', 'Hilltown', 'Harbor', 'Lakeside', 'Pioneer Valley', 'North Shore'])} ${kind}`;
  }
  school(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.sur()} Elementary School`;
    if (k === 1) return `${this.town()} Middle School`;
    if (k === 2) return `${this.town()} Regional High School`;
    return `St. ${this.pick(SAINTS)} School`;
  }
  daycare(): string {
    return this.r() < 0.7 ? `${this.pick(DAYCARE_WORDS)} ${this.pick(['Daycare', 'Child Care Center', 'Learning Center', 'Preschool'])}` : `${this.given()}'s Family Daycare`;
  }
  church(): string {
    const k = this.int(0, 3);
    if (k === 0) return `St. ${this.pick(SAINTS)}'s Church`;
    if (k === 1) return `First Baptist Church of ${this.town()}`;
    if (k === 2) return `${this.town()} Congregational Church`;
    return `Iglesia ${this.pick(['Pentecostal', 'Bautista', 'Evangelica'])} ${this.pick(['Monte Sion', 'Casa de Dios', 'Fuente de Vida', 'El Buen Pastor'])}`;
  }
  gym(): string {
    return `${this.pick(GYM_WORDS)} ${this.pick(['Gym', 'Fitness', 'CrossFit', 'Athletic Club'])}`;
  }
  employer(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.sur()} Poultry`;
    if (k === 1) return `${this.town()} Meat Packing`;
    if (k === 2) return `${this.sur()} & Sons Landscaping`;
    if (k === 3) return `${this.town()} Distribution Center`;
    return `${this.sur()} Farms`;
  }
  restaurant(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.sur()}'s Diner`;
    if (k === 1) return `${this.pick(['Golden Dragon', 'El Rancho', 'Pho Saigon', 'Bella Napoli', 'Taj Palace', 'Blue Plate'])} Restaurant`;
    if (k === 2) return `${this.town()} House of Pizza`;
    return `The ${this.pick(['Lobster Pot', 'Clam Shack', 'Sandwich Board', 'Corner Grill'])}`;
  }
  dorm(): string {
    return `${this.sur()} ${this.pick(['Hall', 'House', 'Residence Hall', 'Tower'])}`;
  }
  college(): string {
    return this.r() < 0.5 ? `${this.town()} State University` : `${this.sur()} College`;
  }
  shelter(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Emergency Shelter`;
    if (k === 1) return `${this.pick(['Open Door', 'Friendly House', 'Safe Harbor', 'Grace House', 'Loaves and Fishes'])} Shelter`;
    return `${this.town()} Family Inn`;
  }
  nursingHome(): string {
    return this.r() < 0.5 ? `${this.town()} Nursing and Rehabilitation Center` : `${this.pick(['Willow', 'Cedar', 'Maple', 'Chestnut Hill', 'Heritage', 'Sunny Acres'])} ${this.pick(['Manor', 'Healthcare', 'Care Center', 'Rest Home'])}`;
  }
  vet(): string {
    return `${this.town()} ${this.pick(['Animal Hospital', 'Veterinary Clinic', 'Veterinary Associates'])}`;
  }
  hotel(): string {
    const k = this.int(0, 2);
    if (k === 0) return `Hotel ${this.pick(HOTEL_WORDS)}`;
    if (k === 1) return `${this.pick(['Posada', 'Hostal', 'Residencial'])} ${this.pick(HOTEL_WORDS)}`;
    return `${this.pick(HOTEL_WORDS)} ${this.pick(['Inn', 'Resort', 'Guest House', 'Suites'])}`;
  }
  hospital(): string {
    return this.r() < 0.3 ? `St. ${this.pick(SAINTS)}'s Hospital` : `${this.town()} ${this.pick(['General Hospital', 'Medical Center', 'Memorial Hospital', 'Community Hospital'])}`;
  }
  /** A town or village abroad. */
  abroad(): string {
    return this.r() < 0.6 ? this.pick(VILLAGES) : this.pick(ABROAD_FAKERS).location.city();
  }
  country(): string {
    return this.pick(COUNTRIES);
  }
  street(): string {
    return `${this.int(1, 999)} ${this.pick(STREETS)} ${this.pick(STREET_SUFFIX)}`;
  }
  /** A street address, sometimes with its apartment. */
  address(): string {
    const s = this.street();
    return this.r() < 0.3 ? `${s} ${this.pick(['Apt', 'Apt.', 'Unit', '#'])} ${this.int(1, 30)}${this.pick(['', 'B', 'L', 'R'])}` : s;
  }
  zip(): string {
    return `0${this.digitString(4)}`;
  }
  /** A full date in one of the forms notes and forms use. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}/${d}/${y}` : `${pad2(m)}-${pad2(d)}-${y}`);
  }
  /** m/d/yy. */
  mdyy(): string {
    const [m, d] = this.md();
    return `${m}/${d}/${pad2(this.year() % 100)}`;
  }
  /** A month and day without the year: '3/4', 'Mar 4', 'March 4th', '4-Mar'. */
  md2(): string {
    const [m, d] = this.md();
    const k = this.int(0, 4);
    if (k === 0) return `${m}/${d}`;
    if (k === 1) return `${MON[m - 1]!} ${d}`;
    if (k === 2) return `${MONTHS[m - 1]!} ${ordinal(d)}`;
    if (k === 3) return `${MONTHS[m - 1]!} ${d}`;
    return `${d}-${MON[m - 1]!}`;
  }
  /** A short range within one month, written as one: '3/1-3/8', 'March 2-9', 'Mar 2 - Mar 9'. */
  range(): string {
    const m = this.int(1, 12);
    const a = this.int(1, 18);
    const b = a + this.int(3, 10);
    const k = this.int(0, 2);
    if (k === 0) return `${m}/${a}-${m}/${b}`;
    if (k === 1) return `${MONTHS[m - 1]!} ${a}-${b}`;
    return `${MON[m - 1]!} ${a} - ${MON[m - 1]!} ${b}`;
  }
  weekday(): string {
    return this.r() < 0.7 ? this.pick(WEEKDAYS) : this.pick(WEEKDAYS_SHORT);
  }
  dob(lo = 1935, hi = 2020): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  time(): string {
    return `${pad2(this.int(6, 23))}:${pad2(this.int(0, 59))}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  /** A state case or investigation number. */
  caseNo(): string {
    const y = this.year();
    const k = this.int(0, 4);
    if (k === 0) return this.digitString(9);
    if (k === 1) return `${y}-${this.digitString(5)}`;
    if (k === 2) return `CI-${y}-${String(this.int(1, 99999)).padStart(5, '0')}`;
    if (k === 3) return `INV${this.digitString(7)}`;
    return `${pad2(y % 100)}-${this.digitString(6)}`;
  }
  /** A lab accession or specimen number. */
  accession(): string {
    const yy = pad2(this.year() % 100);
    const k = this.int(0, 4);
    if (k === 0) return `${this.pick(['M', 'W', 'S', 'V'])}${yy}${this.digitString(6)}`;
    if (k === 1) return `${yy}-${this.pick(['MB', 'QF', 'VI', 'E', 'AFB'])}-${String(this.int(1, 99999)).padStart(5, '0')}`;
    if (k === 2) return `${yy}-${String(this.int(1, 365)).padStart(3, '0')}-${this.digitString(4)}`;
    if (k === 3) return this.digitString(10);
    return `${this.letters(2)}${this.digitString(8)}`;
  }
  /** A vaccine lot. */
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(1)}${this.digitString(5)}`;
    if (k === 1) return `${this.letters(2)}${this.digitString(4)}${this.letters(1)}`;
    if (k === 2) return `${this.digitString(3)}${this.letters(1)}${this.digitString(2)}${this.letters(1)}`;
    return `${this.letters(1)}${this.digitString(3)}${this.letters(2)}`;
  }
  badge(): string {
    return this.digitString(this.int(5, 6));
  }
  employeeId(): string {
    return this.r() < 0.5 ? `E${String(this.int(1, 999999)).padStart(7, '0')}` : this.digitString(6);
  }
  rabiesTag(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.year()}-${this.digitString(4)}`;
    if (k === 1) return this.digitString(5);
    return `${pad2(this.year() % 100)}-${this.digitString(4)}`;
  }
  flight(): string {
    return `${this.pick(CARRIERS)}${this.pick([' ', ''])}${this.int(10, 2999)}`;
  }
  seat(): string {
    return `${this.int(3, 44)}${this.pick([...'ABCDEF'])}`;
  }
  cabin(): string {
    return `${this.int(2, 15)}${String(this.int(1, 399)).padStart(3, '0')}`;
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  /** A personal e-mail. */
  email(g: string, s: string): string {
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'lee';
    return `${this.pick([`${a}.${b}`, `${a}${b}${this.int(1, 99)}`, `${a[0]!}${b}`, `${b}${a}`])}@${this.pick(EMAIL_DOMAINS)}`;
  }
  /** A work e-mail at a hospital. */
  workEmail(g: string, s: string): string {
    return `${asciiLetters(g) || 'pat'}.${asciiLetters(s) || 'lee'}@${this.pick(ORG_DOMAINS)}`;
  }
  /** An app or social handle (without its '@'). */
  handle(): string {
    const w = asciiLetters(this.given()) || 'sam';
    const k = this.int(0, 3);
    if (k === 0) return `${w}${this.int(1, 99)}`;
    if (k === 1) return `${this.pick(['big', 'lil', 'dtla', 'bos', 'real', 'its'])}_${w}`;
    if (k === 2) return `${this.pick(['bear', 'jock', 'otter', 'cub', 'vibes', 'kitty'])}${this.int(10, 999)}`;
    return `${w}.${this.pick(['xo', 'fit', 'nyc', 'mass', 'official'])}`;
  }
  url(): string {
    const k = this.int(0, 3);
    if (k === 0) return `https://mychart.${this.pick(ORG_DOMAINS)}/MyChart/Messages/${this.digitString(8)}`;
    if (k === 1) return `https://portal.${this.pick(['maven', 'mdphnet', 'nhphis', 'ctedss'])}.org/case/${this.digitString(7)}`;
    if (k === 2) return `https://vdot.${this.pick(['emocha', 'sureadhere', 'vdot'])}.com/session/${this.letters(3).toLowerCase()}${this.digitString(6)}`;
    return `www.${this.pick(ORG_DOMAINS)}/results?token=${this.letters(4)}${this.digitString(5)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // communicable disease report forms
  ['morbidity report header with reporter', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const dt = d.mdy();
    return [`CONFIDENTIAL MORBIDITY REPORT\nCondition: ${d.pick(CONDITIONS)}\nReporter: ${g} ${s}, RN, Infection Prevention\nReporter phone: ${ph}\nDate reported: ${dt}`, [g, s, p, dt]];
  }],
  ['report form patient demographics', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.dob(); const a = d.address(); const t = d.town(); const z = d.zip();
    return [`Patient name (Last, First, MI): ${s}, ${g} ${d.mi()}\nDOB: ${dob}   Sex: ${d.pick(['F', 'M'])}\nAddress: ${a}, ${t}, ${d.state()} ${z}`, [s, g, dob, a, t, z]];
  }],
  ['reported by phone to health department nurse', (d) => {
    const h = d.healthDept(); const g = d.given(); const s = d.sur(); const md = d.md2();
    return [`Case reported by phone to ${h} (PHN ${g} ${s}) on ${md} at ${d.time()}.`, [h, g, s, md]];
  }],
  ['state case and investigation numbers', (d) => {
    const c = d.caseNo(); const i = d.caseNo(); const dt = d.date();
    return [`State Case ID: ${c}\nInvestigation #: ${i}\nInvestigation opened: ${dt}\nStatus: Confirmed`, [c, i, dt]];
  }],
  ['onset diagnosis and admit dates on form', (d) => {
    const a = d.mdy(); const b = d.mdy(); const c = d.mdyy();
    return [`Symptom onset date: ${a}\nDiagnosis date: ${b}\nHospitalized: Yes   Admit date: ${c}   Died: No`, [a, b, c]];
  }],
  ['local health department contact block', (d) => {
    const g = d.given(); const s = d.sur(); const h = d.healthDept(); const [ph, p] = d.phone(); const e = d.ext();
    const em = `${d.pick(['epi', 'cdnurse', 'publichealth', 'boh', 'nursing'])}@${asciiLetters(h.split(' ')[0]!)}${d.pick(['health.org', '-ma.gov', 'ct.gov', 'nh.gov'])}`;
    return [`LHD contact: ${g} ${s}, PHN\n${h}\nTel ${ph} ext ${e}\n${em}`, [g, s, h, p, e, em]];
  }],
  ['fax cover to board of health', (d) => {
    const h = d.healthDept(); const [fx, p] = d.phone(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`FAX\nTo: ${h}, Attn: Communicable Disease Nurse\nFax: ${fx}\nFrom: ${g} ${s}, CIC, Infection Control\nDate: ${dt}\nPages (incl. cover): 4`, [h, p, g, s, dt]];
  }],
  ['reportable within 24 hours narrative', (d) => {
    const c = d.pick(['Pertussis', 'Measles', 'Hepatitis A', 'Meningococcal disease']); const h = d.healthDept(); const w = d.weekday(); const s = d.sur();
    return [`${c} is reportable immediately. Called ${h} on ${w} and spoke with Nurse ${s}, who will follow up with the family.`, [h, w, s]];
  }],
  ['report form age over 89', (d) => {
    const n = d.ageOver89(); const t = d.town(); const dt = d.mdyy();
    return [`Age: ${n}   Sex: ${d.pick(['F', 'M'])}   Residence: ${t}\nCondition: Legionnaires' disease   Urine antigen positive ${dt}`, [n, t, dt]];
  }],
  // contact tracing
  ['household contacts with ages', (d) => {
    const g = d.given(); const g2 = d.given(); const g3 = d.given(); const s3 = d.sur(); const n = d.ageOver89();
    return [`Household contacts: ${d.pick(RELATIVES_SPOUSE)} ${g} (41), son ${g2} (12), and grandmother ${g3} ${s3} (${n}), all asymptomatic.`, [g, g2, g3, s3, n]];
  }],
  ['workplace contact with manager', (d) => {
    const e = d.employer(); const t = d.town(); const md = d.md2(); const g = d.given(); const s = d.sur();
    return [`Works as a line worker at ${e} in ${t}; last worked ${md}. Coworkers notified by the plant manager, ${g} ${s}.`, [e, t, md, g, s]];
  }],
  ['school exposure with teacher and last day', (d) => {
    const sc = d.school(); const s = d.sur(); const w = d.weekday(); const md = d.md2();
    return [`Child attends ${sc}, grade 2 (Mrs. ${s}'s class). Last day in school ${w} ${md}; school nurse aware.`, [sc, s, w, md]];
  }],
  ['daycare exposure window', (d) => {
    const dc = d.daycare(); const t = d.town(); const r = d.range(); const g = d.given(); const s = d.sur();
    return [`Attends ${dc} in ${t} full time. Exposure window ${r}. Director ${g} ${s} sent a letter to parents of the toddler room.`, [dc, t, r, g, s]];
  }],
  ['church services and choir', (d) => {
    const ch = d.church(); const t = d.town(); const md = d.md2(); const w = d.weekday();
    return [`Attended services at ${ch} (${t}) on Sunday, ${md}, and choir practice on ${w} evening while symptomatic.`, [ch, t, md, w]];
  }],
  ['gym classes exposure', (d) => {
    const gy = d.gym(); const a = d.street(); const m1 = d.md2(); const m2 = d.md2();
    return [`Reports attending spin classes at ${gy}, ${a}, on ${m1} and ${m2} during the infectious period.`, [gy, a, m1, m2]];
  }],
  ['bar night with friends', (d) => {
    const b = d.pick(BAR_NAMES); const t = d.town(); const w = d.pick(WEEKDAYS); const o = ordinal(d.int(1, 28)); const g = d.given(); const g2 = d.given();
    return [`Was at ${b} in ${t} on the night of ${w} the ${o} with friends ${g} and ${g2}; shared drinks and a vape.`, [b, t, w, o, g, g2]];
  }],
  ['dormitory room and roommate', (d) => {
    const h = d.dorm(); const rm = String(d.int(101, 612)); const c = d.college(); const g = d.given(); const s = d.sur();
    return [`Resides in ${h}, room ${rm}, at ${c}. Roommate ${g} ${s} started prophylaxis with ciprofloxacin.`, [h, rm, c, g, s]];
  }],
  ['shelter resident and director', (d) => {
    const sh = d.shelter(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const md = d.md2();
    return [`Patient has been staying at ${sh} since ${md}. Shelter director ${g} ${s} notified at ${ph}; bed list requested.`, [sh, md, g, s, p]];
  }],
  ['contact tracing interview and infectious period', (d) => {
    const dt = d.mdyy(); const g = d.given(); const s = d.sur(); const on = d.md2(); const r = d.range();
    return [`CT interview completed ${dt} by ${g} ${s}, contact tracer. Index symptom onset ${on}; infectious period ${r}.`, [dt, g, s, on, r]];
  }],
  ['isolation end date', (d) => {
    const w = d.weekday(); const md = d.md2();
    return [`Isolation may end ${w}, ${md}, if fever-free for 24 hours without antipyretics and symptoms are improving.`, [w, md]];
  }],
  ['quarantine letter for close contact', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(); const a = d.date(); const b = d.date();
    return [`This letter confirms that ${g} ${s} (DOB ${dob}) was identified as a close contact on ${a} and should remain in quarantine through ${b}.`, [g, s, dob, a, b]];
  }],
  ['contact table row', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const md = d.md2();
    return [`Contact 3 | ${g} ${s} | ${d.pick(RELATIONS)} | ${ph} | last exposure ${md} | symptomatic: N | tested: pending`, [g, s, p, md]];
  }],
  ['party at an address', (d) => {
    const a = d.street(); const t = d.town(); const md = d.md2(); const g = d.given(); const s = d.sur();
    return [`Attended a birthday party at ${a}, ${t}, on ${md} (about 25 attendees); host ${g} ${s} will share the guest list.`, [a, t, md, g, s]];
  }],
  // travel histories
  ['flight with carrier number and seat', (d) => {
    const f = d.flight(); const o = d.pick(CITIES_ABROAD); const c = d.pick(US_CITIES); const st = d.seat(); const dt = d.date();
    return [`Returned on ${d.pick(AIRLINES)} flight ${f} from ${o} to ${c}, seat ${st}, arriving ${dt}. Febrile on the flight.`, [f, o, c, st, dt]];
  }],
  ['connecting flights itinerary', (d) => {
    const m1 = d.md2(); const f1 = d.flight(); const o = d.pick(CITIES_ABROAD); const via = d.pick(US_CITIES); const m2 = d.md2(); const f2 = d.flight(); const t = d.pick(['Boston', 'Hartford', 'Providence', 'Manchester', 'Portland']);
    return [`Itinerary:\n${m1}  ${f1}  ${o} -> ${via}\n${m2}  ${f2}  (connection) -> ${t}`, [m1, f1, o, via, m2, f2, t]];
  }],
  ['cruise ship cabin and cabin mate', (d) => {
    const sh = d.pick(SHIPS); const r = d.range(); const cb = d.cabin(); const g = d.given();
    return [`Passenger on the ${sh} (sailing ${r}), cabin ${cb}. Cabin mate ${g} also had vomiting and diarrhea; ship's infirmary visit x1.`, [sh, r, cb, g]];
  }],
  ['hotel stay abroad', (d) => {
    const h = d.hotel(); const t = d.abroad(); const a = d.md2(); const b = d.md2(); const rm = String(d.int(101, 940));
    return [`Stayed at ${h}, room ${rm}, in ${t}, ${d.country()}, from ${a} to ${b}; ate at the hotel buffet and street stalls.`, [h, rm, t, a, b]];
  }],
  ['village visit with relatives abroad', (d) => {
    const v = d.abroad(); const c = d.pick(CITIES_ABROAD); const dt = d.md2();
    return [`Visited family in the village of ${v}, about 2 hours from ${c}, for 3 weeks; returned ${dt}. Drank well water, no bednet, no malaria prophylaxis.`, [v, c, dt]];
  }],
  ['travel dates on form', (d) => {
    const a = d.mdy(); const b = d.mdy(); const t = d.abroad();
    return [`Travel outside the US in the 30 days before onset? Y\nCountry: ${d.country()}   City/town: ${t}\nDeparted: ${a}   Returned: ${b}`, [t, a, b]];
  }],
  ['measles exposure at airport', (d) => {
    const ap = d.pick(AIRPORTS); const dt = d.date(); const w = d.pick(WEEKDAYS);
    return [`Potential measles exposure at ${ap}, Terminal E arrivals, ${w} ${dt} between 3:00 PM and 7:30 PM.`, [ap, w, dt]];
  }],
  ['pre-travel visit at travel clinic', (d) => {
    const c = d.clinic('Travel Clinic'); const md = d.md2(); const lot = d.lot(); const v = d.abroad();
    return [`Seen at ${c} on ${md} for pre-travel consult before a trip to ${v}; typhoid Vi given IM (lot ${lot}).`, [c, md, v, lot]];
  }],
  // TB case management
  ['DOT log entry with worker', (d) => {
    const md = d.md2(); const g = d.given(); const s = d.sur();
    return [`DOT ${md}: INH/RIF/PZA/EMB taken, observed by ${g} ${s} (DOT worker) at patient's home. No side effects.`, [md, g, s]];
  }],
  ['video DOT session link', (d) => {
    const u = d.url(); const w = d.weekday(); const md = d.md2(); const s = d.sur();
    return [`vDOT session ${u} recorded ${w} ${md}; dose 23 observed and verified by ${s}.`, [u, w, md, s]];
  }],
  ['TB case manager and clinic site', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.clinic('TB Clinic'); const a = d.street(); const [ph, p] = d.phone();
    return [`TB case manager: ${g} ${s}, RN\nClinic site: ${c}, ${a}\nPhone: ${ph}`, [g, s, c, a, p]];
  }],
  ['TB contact investigation at workplace', (d) => {
    const e = d.employer(); const a = d.md2(); const b = d.md2();
    return [`Contact investigation at ${e}: 34 employees screened with IGRA on ${a}, repeat testing ${b} (8 weeks after last exposure).`, [e, a, b]];
  }],
  ['TB doses completed and phases', (d) => {
    const a = d.mdyy(); const b = d.mdyy(); const c = d.mdyy();
    return [`Intensive phase doses 1-40 completed ${a} to ${b}. Continuation phase (INH/RIF) began ${c}.`, [a, b, c]];
  }],
  ['IGRA and sputum accessions', (d) => {
    const q = d.accession(); const md = d.md2(); const a1 = d.accession(); const a2 = d.accession();
    return [`QFT-Plus accession ${q} collected ${md}: positive. Sputum AFB smear x2 (${a1}, ${a2}): negative, cultures pending.`, [q, md, a1, a2]];
  }],
  ['RVCT state case number', (d) => {
    const y = d.year(); const n = `${y}${d.pick(['MA', 'NH', 'CT', 'RI'])}${d.digitString(6)}`; const dt = d.date();
    return [`RVCT state case number: ${n}   Date counted: ${dt}   Verification criteria: positive culture`, [n, dt]];
  }],
  // STI partner notification
  ['partner named with address', (d) => {
    const g = d.given(); const s = d.sur(); const a = d.address(); const t = d.town(); const md = d.md2();
    return [`Partner 1: ${g} ${s}, ${a}, ${t}. Last sexual contact ${md}. Referred to DIS for notification.`, [g, s, a, t, md]];
  }],
  ['partner known by app handle', (d) => {
    const app = d.pick(APPS); const h = d.handle(); const w = d.pick(WEEKDAYS); const md = d.md2();
    return [`Partner 2: met on ${app}, profile name "${h}", no last name known. Last contact ${w} ${md}.`, [h, w, md]];
  }],
  ['DIS field record', (d) => {
    const fr = `FR-${pad2(d.year() % 100)}-${d.digitString(4)}`; const g = d.given(); const s = d.sur(); const dt = d.mdy();
    return [`Field record #${fr} assigned to DIS ${g} ${s}. Interview date ${dt}; 3 partners elicited, 2 locatable.`, [fr, g, s, dt]];
  }],
  ['EPT provided for partner', (d) => {
    const g = d.given(); const [ph, p] = d.phone(); const md = d.md2();
    return [`EPT (cefixime 800 mg + doxycycline) provided for partner ${g}, cell ${ph}, on ${md}.`, [g, p, md]];
  }],
  ['partner social handle and email', (d) => {
    const h = d.handle(); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Partner known only as @${h} on Instagram; patient gave an e-mail, ${em}, to DIS for internet partner notification.`, [h, em]];
  }],
  // outbreak line lists
  ['line list row', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given(); const on = d.md2(); const col = d.md2();
    return [`| 7 | ${s}, ${g} | 67 | F | Unit 3B | onset ${on} | stool collected ${col} | norovirus GII PCR + |`, [s, g, on, col]];
  }],
  ['outbreak number and facility', (d) => {
    const n = `OB-${d.year()}-${String(d.int(1, 999)).padStart(4, '0')}`; const f = d.nursingHome(); const t = d.town(); const dt = d.date();
    return [`Outbreak #${n}: GI illness at ${f}, ${t}. First case onset ${dt}; 14 residents and 5 staff ill.`, [n, f, t, dt]];
  }],
  ['line list resident over 89 with room', (d) => {
    const g = d.given(); const s = d.sur(); const n = d.ageOver89(); const rm = `${d.int(1, 3)}${pad2(d.int(1, 40))}${d.pick(['A', 'B'])}`; const w = d.pick(WEEKDAYS_SHORT); const md = d.md2();
    return [`Resident: ${g} ${s}, ${n}${d.pick(['F', 'M'])}, Rm ${rm}, onset ${w} ${md}, vomiting x3, no fever.`, [g, s, n, rm, w, md]];
  }],
  ['food history with companions', (d) => {
    const r = d.restaurant(); const t = d.town(); const w = d.pick(WEEKDAYS); const md = d.md2(); const g = d.given(); const g2 = d.given();
    return [`Food history: ate ${d.pick(FOODS)} at ${r} (${t}) on ${w} ${md} with ${g} and ${g2}, who were also ill.`, [r, t, w, md, g, g2]];
  }],
  // employee health
  ['needlestick exposure report header', (d) => {
    const g = d.given(); const s = d.sur(); const b = d.badge(); const e = d.employeeId(); const dt = d.mdy();
    return [`EMPLOYEE EXPOSURE REPORT\nEmployee: ${g} ${s}   Badge #: ${b}   Employee ID: ${e}\nUnit: 6 North   Job: RN\nDate/time of exposure: ${dt} 02:15\nType: percutaneous (hollow-bore needle)`, [g, s, b, e, dt]];
  }],
  ['source patient information', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn(); const md = d.md2();
    return [`Source patient: ${s}, ${g}   MRN ${mrn}\nSource consented to testing ${md}; HIV Ag/Ab, HBsAg, HCV Ab sent.`, [s, g, mrn, md]];
  }],
  ['employee health nurse follow up', (d) => {
    const g = d.given(); const s = d.sur(); const e = d.ext(); const dt = d.mdyy();
    return [`Seen in Employee Health by ${g} ${s}, RN (ext ${e}) on ${dt}; baseline labs drawn, PEP declined.`, [g, s, e, dt]];
  }],
  ['employee exclusion period', (d) => {
    const e = d.employeeId(); const r = d.range();
    return [`Employee #${e} is non-immune to measles and is excluded from work from day 5 through day 21 after exposure (${r}).`, [e, r]];
  }],
  ['supervisor notified by email', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.md2(); const em = d.workEmail(d.given(), d.sur());
    return [`Nurse manager ${g} ${s} (5 West) notified ${md}; exposure report copied to the employee health nurse at ${em}.`, [g, s, md, em]];
  }],
  // immunization registry
  ['registry entry lot VIS and expiry', (d) => {
    const lot = d.lot(); const exp = `${pad2(d.int(1, 12))}/${d.int(2025, 2028)}`; const vis = d.mdy(); const dt = d.mdyy(); const g = d.given(); const s = d.sur(); const c = d.clinic('Pediatrics');
    return [`Tdap (Boostrix) 0.5 mL IM L deltoid\nLot: ${lot}   Exp: ${exp}   VIS: ${vis}\nGiven: ${dt} by ${g} ${s}, LPN, at ${c}`, [lot, exp, vis, dt, g, s, c]];
  }],
  ['registry record ID and dose history', (d) => {
    const id = d.digitString(d.int(7, 9)); const a = d.mdy(); const c = d.clinic(); const t = d.town();
    return [`MIIS ID: ${id}\nMMR dose 2 of 2 administered ${a} at ${c} (${t}); source: historical record.`, [id, a, c, t]];
  }],
  ['flu clinic at senior center', (d) => {
    const t = d.town(); const md = d.md2(); const lot = d.lot(); const g = d.given(); const s = d.sur();
    return [`Influenza vaccine given at the ${t} Senior Center flu clinic on ${md}; lot ${lot}; administered by ${g} ${s}, RN.`, [t, md, lot, g, s]];
  }],
  ['PPD placed and read', (d) => {
    const m1 = d.md2(); const lot = d.lot(); const s = d.sur(); const m2 = d.md2();
    return [`PPD placed ${m1} L volar forearm (Tubersol lot ${lot}) by ${s}; read ${m2} at 48 h: 0 mm.`, [m1, lot, s, m2]];
  }],
  // animal bites
  ['animal bite owner and address', (d) => {
    const g = d.given(); const s = d.sur(); const a = d.address(); const t = d.town(); const [ph, p] = d.phone(); const dt = d.date();
    return [`ANIMAL BITE REPORT   Date of bite: ${dt}\nAnimal: dog (pit mix, "Biscuit")\nOwner: ${g} ${s}, ${a}, ${t}\nOwner phone: ${ph}`, [dt, g, s, a, t, p]];
  }],
  ['animal control officer and quarantine', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town(); const md = d.md2(); const end = d.md2();
    return [`ACO ${g} ${s} (${t} Animal Control) notified ${md}; dog to be confined at the owner's home for 10 days, through ${end}.`, [g, s, t, md, end]];
  }],
  ['rabies tag and licence', (d) => {
    const tag = d.rabiesTag(); const dt = d.mdy(); const v = d.vet(); const lic = d.digitString(d.int(4, 6));
    return [`Rabies tag #${tag}; last rabies vaccine ${dt} at ${v}. Town dog license #${lic}.`, [tag, dt, v, lic]];
  }],
  ['bat found in bedroom', (d) => {
    const a = d.street(); const w = d.pick(WEEKDAYS); const sp = d.accession(); const md = d.md2();
    return [`Bat found in child's bedroom at ${a} on ${w} morning; bat submitted to the State Lab (specimen ${sp}) on ${md}. Negative for rabies.`, [a, w, sp, md]];
  }],
  // labs, portals, phones
  ['specimen and accession with collected received', (d) => {
    const sp = d.accession(); const ac = d.accession(); const a = d.mdyy(); const b = d.mdyy();
    return [`Specimen ID: ${sp}\nAccession: ${ac}\nCollected: ${a} 08:15   Received: ${b} 10:02\nTest: Stool culture with STEC EIA`, [sp, ac, a, b]];
  }],
  ['isolate forwarded to state lab', (d) => {
    const n = d.accession(); const md = d.md2(); const g = d.given(); const s = d.sur();
    return [`Isolate forwarded to the State Public Health Laboratory for PFGE/WGS; SPHL # ${n}, shipped ${md} by ${g} ${s}, MLS.`, [n, md, g, s]];
  }],
  ['portal results link', (d) => {
    const u = d.url(); const dt = d.date();
    return [`Your test results from ${dt} are available in the patient portal: ${u}`, [dt, u]];
  }],
  ['send line list updates to infection preventionist', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.workEmail(g, s); const [fx, p] = d.phone();
    return [`Please send daily line list updates to ${em} or fax them to Infection Prevention at ${fx}.`, [em, p]];
  }],
  ['voicemail left for patient', (d) => {
    const [ph, p] = d.phone(); const w = d.weekday(); const md = d.md2(); const h = d.healthDept();
    return [`Voicemail left on patient's cell ${ph} on ${w} ${md} asking her to call ${h} back.`, [p, w, md, h]];
  }],
  ['county of residence on form', (d) => {
    const c = d.county(); const t = d.town(); const z = d.zip();
    return [`County of residence: ${c}   City/town: ${t}   ZIP: ${z}   Country of birth: ${d.country()}`, [c, t, z]];
  }],
];

/** The names of the wave's frames. */
export const publichealthFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function publichealthWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 9677, rounds);
}

/** Look-alikes in public-health documentation style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // organisms and diseases named for places or people
  ['Stool culture grew Salmonella Newport.', 'Newport'], ['Serotype: Salmonella Heidelberg', 'Heidelberg'], ['Norwalk-like virus outbreak suspected.', 'Norwalk'],
  ['Lyme disease, early localized', 'Lyme'], ['West Nile virus IgM positive', 'West Nile'], ['Rocky Mountain spotted fever serology pending', 'Rocky Mountain'],
  ['Coxsackie virus suspected (hand, foot and mouth disease)', 'Coxsackie'], ['Powassan virus testing sent to CDC', 'Powassan'], ['No exposure to Marburg or Ebola.', 'Marburg'],
  ['Chagas serology negative', 'Chagas'], ['Hansen disease ruled out', 'Hansen'], ['Legionella urine antigen positive', 'Legionella'],
  ['Salmonella Enteritidis, outbreak strain', 'Enteritidis'], ['Shigella sonnei, ESBL', 'Shigella sonnei'], ['E. coli O157:H7 isolated', 'O157:H7'],
  // stains, tests and media
  ['Ziehl-Neelsen stain: no AFB seen', 'Ziehl-Neelsen'], ['Mantoux test 12 mm induration', 'Mantoux'], ['Gram stain: gram-negative diplococci', 'Gram stain'],
  ['Sent in Cary-Blair transport medium', 'Cary-Blair'], ['Lowenstein-Jensen slant growing', 'Lowenstein-Jensen'], ['Koplik spots on buccal mucosa', 'Koplik'],
  ['Weil-Felix test is obsolete.', 'Weil-Felix'], ['Tzanck smear not done', 'Tzanck'],
  // codes
  ['ICD-10 A15.0 pulmonary TB', 'A15.0'], ['CVX 115 (Tdap)', 'CVX 115'], ['NDC 58160-842-11', '58160-842-11'], ['CPT 86580 PPD', '86580'], ['LOINC 94500-6', '94500-6'],
  ['ICD-10 W54.0XXA dog bite', 'W54.0XXA'],
  // lab values, titres and measures
  ['SARS-CoV-2 PCR Ct value 24.3', 'Ct value 24.3'], ['QFT TB1 0.45 IU/mL', '0.45 IU/mL'], ['RPR 1:32, TP-PA reactive', 'RPR 1:32'], ['CD4 350 cells/uL', '350 cells/uL'],
  ['HIV viral load <20 copies/mL', '<20 copies/mL'], ['Induration 15 mm', '15 mm'], ['Temperature 101.4 F', '101.4 F'], ['Measles IgG index 0.6', '0.6'],
  // doses and vaccine brands
  ['Isoniazid 300 mg PO daily', '300 mg'], ['Rifampin 600 mg daily', 'Rifampin'], ['Benzathine penicillin G 2.4 million units IM x1', '2.4 million units'],
  ['Doxycycline 100 mg BID x 7 days', '100 mg BID'], ['Ceftriaxone 500 mg IM once', 'Ceftriaxone'], ['HRIG 20 IU/kg infiltrated at the wound', '20 IU/kg'],
  ['Tdap (Boostrix) 0.5 mL IM', 'Boostrix'], ['Prevnar 20 given', 'Prevnar 20'], ['Shingrix dose 2 of 2', 'Shingrix'], ['RabAvert 1 mL IM deltoid', 'RabAvert'], ['Imovax Rabies', 'Imovax'],
  // durations, counts and ordinals that are not dates
  ['Day 5 of isolation', 'Day 5'], ['Reportable within 24 hours', '24 hours'], ['Quarantine for 10 days', '10 days'], ['Dose 40 of 56', 'Dose 40 of 56'],
  ['Sputum #3 of 3', '#3 of 3'], ['Contact 3 of 12', 'Contact 3 of 12'], ['8-week window period', '8-week'], ['2nd dose due in 28 days', '28 days'],
  // ages, years, times
  ['A 67-year-old woman with diarrhea', '67'], ['Age 4, attends daycare', '4'], ['89 yo resident, afebrile', '89'], ['Vaccinated in 2019', '2019'],
  ['Treated for latent TB in 2008', '2008'], ['Called at 14:10', '14:10'], ['Season 2023-2024 influenza vaccine', '2023-2024'],
  // generic places and relations without names
  ['Reported to the local board of health.', 'the local board of health'], ['The daycare was notified.', 'The daycare'], ['Lives in a college dormitory.', 'college dormitory'],
  ['Staying at a homeless shelter.', 'homeless shelter'], ['Goes to the gym three times a week.', 'the gym'], ['Was on a cruise ship last month.', 'cruise ship'],
  ['The school nurse was informed.', 'school nurse'], ['Seen in employee health.', 'employee health'], ['Specimen sent to the state lab.', 'state lab'], ['Referred to the TB clinic.', 'the TB clinic'],
  ["The patient's wife is asymptomatic.", 'wife'], ['Her roommate was also ill.', 'roommate'], ['The index case worked as a cook.', 'index case'], ['The source patient is HIV negative.', 'source patient'],
  ['Works on 5 West.', '5 West'], ['Unit 3B, room on contact precautions', 'Unit 3B'],
  // everyday words that are also names
  ['Will return for the second dose.', 'Will'], ['Hope to complete therapy in the spring.', 'Hope'], ['Brown recluse spider bite suspected.', 'Brown'],
  ['She attends church weekly.', 'church'], ['Young children in the household', 'Young'], ['Rose spots on the trunk', 'Rose spots'], ['Black widow spider', 'Black widow'],
  ['Bat in the house, no known contact.', 'Bat'], ['Patient is in long-term care.', 'long-term care'], ['Grace period for the school vaccine requirement', 'Grace period'],
  // airlines, apps, states and countries
  ['Flew Delta, nonstop, in economy.', 'Delta'], ['Met partners on Grindr.', 'Grindr'], ['Uses Tinder', 'Tinder'],
  ['Resident of Massachusetts', 'Massachusetts'], ['Recently returned from Guatemala', 'Guatemala'], ['Born in Haiti, in the US since age 9', 'Haiti'], ['Traveled to Nigeria', 'Nigeria'],
  // precautions and forms
  ['Airborne isolation with N95', 'N95'], ['Contact plus precautions', 'Contact plus'], ['Category A infectious substance', 'Category A'], ['Form RVCT page 2', 'RVCT'],
];

export const publichealthKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedPublichealthKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(publichealthKeepCases(), find);

export function scorePublichealthWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => publichealthWaveCases(seed)), find);
}
