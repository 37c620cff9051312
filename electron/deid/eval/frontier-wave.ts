// A blind wave of rural, frontier and tribal health documents: Indian Health Service and tribal clinic notes (the
// facility, the patient's health record number, tribal enrollment and census numbers, Purchased/Referred Care
// referrals with their authorization numbers and the PRC clerk, public health nurse home visits with rural route, HC
// route and PO box addresses, chapter houses and trading posts as message points and landmarks on Navajo land,
// reservations, counties and towns, itinerant providers who come once a month from another town, diabetes program
// notes), Alaska village clinic records (community health aide/practitioner encounters at the village clinic, tele
// consults to a named physician at a regional hospital, medevacs with the aircraft's tail number, weather holds in the
// hub town, patient travel escorts with an itinerary locator, relief aides from another village, fish camp and
// snowmachine injuries, Yup'ik-speaking elders with a relative interpreting, births in the village with the
// certificate number), ranch and farm injuries (horses, tractors, PTO shafts, grain bins, sale barns, co-op fertilizer
// plants, rattlesnakes, branding irons; the ranch or farm named, county roads, legal land descriptions, landing-zone
// coordinates, long drives out a highway past a town), critical access hospital records (swing-bed admissions,
// ground transfers by a town's volunteer ambulance, fixed-wing transfers with tail numbers and accepting physicians,
// transfer-center calls, courier send-outs, locum physicians, discharge follow-up at a named clinic), and the
// household's identifiers (phones shared by a household, 7-digit local numbers, neighbours who take messages,
// emergency contacts, letters to a PO box), in mixed case, ALL CAPS and lower case. Dates are written in many forms
// ('03/04/2021', '3/4/21', '4 March 2021', '04MAR21', '3.4.21', 'March 4th, 2021', 'Mar 4', '3/4', 'Tuesday', 'the
// 4th of March', 'March 2019', 'Christmas Eve'); ages over 89, phones, faxes, e-mails, SSNs, Medicaid ids, licences,
// DEA numbers, plates, serials, URLs, meeting ids and IPs are planted. Given names and surnames are often everyday
// words (Faith, Rocky, Dusty, Stone, Friday, Active) or Native surnames of several words (Two Bulls, Her Many Horses,
// Real Bird), and towns are often everyday words (Hope, Cut Bank, Bountiful, Winner, Faith, Interior, Circle, Eagle,
// Chicken, Roundup, Opportunity, Sundance). A list of look-alikes in the same style must not be touched. Written
// without reading the engine's rules or any gold data. `scoreFrontierWave`.
// Decisions: a person's given name and surname are planted (a multi-word surname whole: 'Her Many Horses'), a middle
// initial, a title and a credential ('CHA', 'CHP', 'PA-C', 'FNP', 'RN', 'LCSW') are not; signing initials are
// planted; a role or relation without a name ('the CHA', 'the itinerant dentist', 'her granddaughter') is kept; a
// clinic, IHS or tribal facility, critical access hospital, regional hospital, school, chapter house, trading post,
// sale barn, co-op, ranch or farm is planted whole with its kind words ('Lame Deer Indian Health Center', 'Kotlik
// Clinic', 'Many Farms Chapter House', 'Lazy T Ranch', 'Winner Livestock Auction'), and a regional hospital written
// as its initials ('ANMC', 'GIMC') is planted; a ranch's brand is its name in effect, so a brand naming a ranch or
// its iron ('the Rafter K iron') is planted, while branding as work, a freeze brand and the word 'brand' are kept; a
// town, village, hub, chapter (as a place) and city are planted, the state is kept; a county, borough, census area
// or reservation is planted by its name, the kind word ('County', 'Census Area', 'Reservation') need not be covered;
// a county, township or numbered ranch road is a street and planted ('CR 412', 'County Road 17', 'Road 2850'); a US,
// state, BIA or Navajo route alone ('Hwy 212', 'N-12', 'BIA 27') is kept, but a route with a mile marker or milepost
// is planted whole as one place ('Hwy 212 mm 58', 'Mile 201 Parks Hwy'); a rural route, HC route, star route or PO
// box is planted whole ('RR 2 Box 145', 'HC 61 Box 22', 'PO Box 318'), 'General Delivery' is kept; a legal land
// description ('SE1/4 Sec 22 T3S R41E') and a landing zone's coordinates are planted whole; an aircraft tail number,
// a plate, a serial, an itinerary locator, a meeting id and an IP are planted; the tribe or people ('Northern
// Cheyenne', 'Crow', "Yup'ik", 'Lakota', 'Navajo') is kept like an ethnicity; an agency or program ('IHS', 'Indian
// Health Service', 'PRC', 'CHAP', 'CHAM', 'EMS', 'VFD') and an air medical company named alone ('Guardian Flight')
// are kept; a recurring schedule ('the first Thursday of each month', 'Mon/Wed/Fri') is kept, a weekday naming one
// day is planted, a holiday that fixes a day ('Christmas Eve', 'Fourth of July', 'Thanksgiving') is planted; a month
// with its year is planted; the time next to a date is kept; an age over 89 is planted as its number.
// Kept (look-alikes): eponyms (Colles, Salter-Harris, Lisfranc, Jones, Smith, Hill-Sachs, Bankart, Ottawa ankle
// rules, Canadian C-spine rule, Kanavel, Parkland, Glasgow), diseases named for places (Rocky Mountain spotted fever,
// Colorado tick fever, Sin Nombre virus, West Nile, Lyme, Valley fever), snakebite and rabies products (CroFab,
// Anavip, Imovax, RabAvert, HRIG), drugs and doses, programs and agencies, generic places ('the clinic', 'the
// village', 'the ranch', 'the reservation', 'the chapter house', 'the Rez', 'the hub', 'fish camp', 'the
// washeteria'), peoples and tribes, animals' names ('his horse, Whiskey'; 'the heeler, Blue'), branding words,
// weather ('ground blizzard', 'Chinook wind', 'whiteout', 'breakup'), distances without places, aircraft and device
// models (King Air 200, PC-12, AFHCAN cart, LIFEPAK 1000), ICD-10 external cause codes, CPT codes and scores,
// routes alone, recurring schedules and seasons ('calving season'), everyday words that are towns or names ('cut
// bank', 'hope', 'faith', 'wall', 'interior', 'roundup'), ages of 89 and under, years alone and states.
// Measured before rules: 0.779 recall on seeds 5, 11, 23 (3132/4023), 0.777 on fresh seeds 41, 42, 43 (3131/4032); 9/134
// look-alikes touched ("Indian Health Service", "the regional hospital", "critical access hospital", "Northern Cheyenne",
// "Chinook" of a Chinook wind, "AFHCAN", "foreman", "2nd Tuesday of each month", "Mon/Wed/Fri") (engine at 033a5a5).
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as fi } from '@faker-js/faker/locale/fi';
import { faker as nb } from '@faker-js/faker/locale/nb_NO';
import { faker as nl } from '@faker-js/faker/locale/nl';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, ca, de, nb, fi, ie, nl];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Faith', 'Hope', 'Joy', 'Dawn', 'Star', 'Sky', 'Rain', 'Winter', 'Summer', 'Autumn', 'Sunny', 'Misty', 'Dusty', 'Rusty', 'Buck', 'Colt', 'Wade', 'Chance', 'Clay', 'Dale', 'Glen', 'Cody', 'Tex', 'Ranger', 'Hunter', 'Bill', 'Rocky', 'Jewel', 'Pearl', 'Ruby', 'Destiny', 'Harmony', 'Storm', 'Trace', 'Brandy', 'Will', 'Sage', 'Bo'];
const WORD_SUR = ['Stone', 'Hill', 'Rivers', 'Woods', 'Banks', 'Fields', 'Short', 'Little', 'Young', 'Strong', 'Bull', 'Crow', 'Wolf', 'Fox', 'Bird', 'Hawk', 'Bear', 'Coyote', 'Shepherd', 'Mills', 'Sage', 'Rock', 'Cash', 'Price', 'Walker', 'Driver', 'Cook', 'Baker', 'Friday', 'Active', 'Sterling', 'Gamble', 'Hardy', 'Church', 'Means', 'Pretty', 'Goodman', 'Moses'];
/** Native surnames, some of several words, some everyday words. */
const NATIVE_SUR = ['Two Bulls', 'Red Cloud', 'Yellow Horse', 'Her Many Horses', 'Iron Cloud', 'Little Thunder', 'Many Goats', 'Tsosie', 'Begay', 'Yazzie', 'Benally', 'Nez', 'Etsitty', 'Chee', 'Kills Enemy', 'Standing Bear', 'American Horse', 'White Eagle', 'Brings Plenty', 'Spotted Elk', 'Running Horse', 'Old Coyote', 'Real Bird', 'Plenty Hoops', 'Not Afraid', 'Bird In Ground', 'Two Moons', 'Little Wolf', 'Shoulderblade', 'Whiteman', 'Nanouk', 'Paniyak', 'Tulik', 'Kasayulie', 'Angaiak', 'Aguchak', 'Ivanoff', 'Kameroff', 'Ulroan', 'Pingayak', 'Hootch', 'Weyiouanna', 'Tocktoo', 'Kignak', 'Oscar', 'Jimmie'];
/** Frontier towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Hope', 'Cut Bank', 'Bountiful', 'Winner', 'Faith', 'Interior', 'Wall', 'Scenic', 'Circle', 'Eagle', 'Central', 'Chicken', 'Roundup', 'Recluse', 'Buffalo', 'Jordan', 'Mission', 'Porcupine', 'Harlem', 'Opportunity', 'Sunburst', 'Power', 'Paradise', 'Hungry Horse', 'Story', 'Manila', 'Wisdom', 'Sundance', 'Chinook', 'Box Elder', 'Big Timber', 'Ten Sleep', 'Medicine Bow', 'Two Dot', 'Bowman', 'Basin', 'Kyle', 'Hays', 'Platinum', 'Wales'];
const REAL_TOWNS = ['Broadus', 'Ekalaka', 'Plentywood', 'Wolf Point', 'Glasgow', 'Havre', 'Browning', 'Lodge Grass', 'Hardin', 'Lame Deer', 'Ashland', 'Poplar', 'Malta', 'Miles City', 'Baker', 'Lemmon', 'Philip', 'Martin', 'Mobridge', 'Eagle Butte', 'Fort Yates', 'Belcourt', 'New Town', 'Watford City', 'Hettinger', 'Lusk', 'Worland', 'Riverton', 'Lander', 'Chinle', 'Kayenta', 'Tuba City', 'Shiprock', 'Crownpoint', 'Whiteriver', 'Owyhee', 'Tok', 'Aniak', 'Galena', 'McGrath'];
/** Alaska villages (and one in Unicode). */
const VILLAGES = ['Kotlik', 'Hooper Bay', 'Emmonak', 'Tununak', 'Quinhagak', 'Noorvik', 'Kiana', 'Shungnak', 'Point Hope', 'Chevak', 'Akiachak', 'Nightmute', 'Togiak', 'Manokotak', 'Selawik', 'Ambler', 'Kivalina', 'Buckland', 'Deering', 'Shishmaref', 'Stebbins', 'St. Michael', 'Koyuk', 'Elim', 'Golovin', 'White Mountain', 'Savoonga', 'Gambell', 'Eek', 'Napaskiak', 'Kwethluk', 'Toksook Bay', 'Nunapitchuk', 'Marshall', 'Russian Mission', 'Pilot Station', 'Alakanuk', 'Noatak', 'Wainwright', 'Utqiaġvik'];
/** Hub towns with a regional hospital. */
const HUBS = ['Bethel', 'Nome', 'Kotzebue', 'Dillingham', 'Barrow', 'Utqiaġvik', 'Fairbanks', 'Anchorage', 'Gallup', 'Billings', 'Rapid City', 'Bismarck', 'Great Falls', 'Minot', 'Casper', 'Flagstaff'];
/** Regional centers with their cities; some are written as their initials. */
const CENTERS: readonly (readonly [string, string])[] = [
  ['Alaska Native Medical Center', 'Anchorage'], ['ANMC', 'Anchorage'], ['Providence Alaska Medical Center', 'Anchorage'], ['Yukon-Kuskokwim Delta Regional Hospital', 'Bethel'],
  ['YKDRH', 'Bethel'], ['Maniilaq Health Center', 'Kotzebue'], ['Norton Sound Regional Hospital', 'Nome'], ['Kanakanak Hospital', 'Dillingham'], ['Samuel Simmonds Memorial Hospital', 'Utqiaġvik'],
  ['Fairbanks Memorial Hospital', 'Fairbanks'], ['St. Vincent Healthcare', 'Billings'], ['Billings Clinic', 'Billings'], ['Benefis Hospital', 'Great Falls'], ['Sanford Medical Center', 'Bismarck'],
  ['CHI St. Alexius Health', 'Bismarck'], ['Trinity Health', 'Minot'], ['Monument Health Rapid City Hospital', 'Rapid City'], ['Avera McKennan Hospital', 'Sioux Falls'], ['Wyoming Medical Center', 'Casper'],
  ['Gallup Indian Medical Center', 'Gallup'], ['GIMC', 'Gallup'], ['Flagstaff Medical Center', 'Flagstaff'], ['Phoenix Indian Medical Center', 'Phoenix'], ['PIMC', 'Phoenix'],
  ['University of New Mexico Hospital', 'Albuquerque'], ['UNMH', 'Albuquerque'], ['Northern Navajo Medical Center', 'Shiprock'], ['Altru Hospital', 'Grand Forks'], ['St. Patrick Hospital', 'Missoula'],
];
const IHS_TOWNS = ['Lame Deer', 'Crow Agency', 'Browning', 'Harlem', 'Wolf Point', 'Poplar', 'Lodge Grass', 'Pryor', 'Fort Yates', 'Belcourt', 'Eagle Butte', 'Kyle', 'Wanblee', 'Pine Ridge', 'Rosebud', 'Chinle', 'Kayenta', 'Tuba City', 'Crownpoint', 'Whiteriver', 'Sells', 'Fort Washakie', 'Owyhee', 'Fort Hall', 'Box Elder', 'Heart Butte', 'Hays', 'Busby', 'Fort Thompson', 'Wagner'];
const IHS_KINDS = ['Indian Health Center', 'Health Center', 'IHS Clinic', 'Indian Hospital', 'Service Unit', 'Health Station', 'Comprehensive Health Care Facility', 'Healthcare Center', 'Tribal Health Clinic'];
const CHAPTERS = ['Many Farms', 'Rough Rock', 'Lukachukai', 'Round Rock', 'Tsaile', 'Ganado', 'Shonto', 'Dennehotso', 'Teec Nos Pos', 'Sweetwater', 'Red Valley', 'Crystal', 'Sanostee', 'Naschitti', 'Coyote Canyon', 'Piñon', 'Black Mesa', 'Forest Lake', 'Kaibeto', 'Leupp', 'Tolani Lake', 'Lupton', 'Chilchinbeto', 'Low Mountain', 'Nazlini'];
const RESERVATIONS = ['Fort Peck', 'Wind River', 'Rosebud', 'Pine Ridge', 'Standing Rock', 'Cheyenne River', 'Fort Belknap', "Rocky Boy's", 'Flathead', 'Fort Berthold', 'Turtle Mountain', 'Spirit Lake', 'Lower Brule', 'Crow Creek', 'Yankton', 'San Carlos', 'Fort Apache', 'Uintah and Ouray', 'Duck Valley', 'Fort Hall', 'Hopi', 'Tohono O\'odham'];
const COUNTIES = ['Big Horn', 'Powder River', 'Carter', 'Rosebud', 'Glacier', 'Roosevelt', 'Blaine', 'Phillips', 'Garfield', 'Petroleum', 'Treasure', 'Sheridan', 'Daniels', 'Harding', 'Perkins', 'Ziebach', 'Oglala Lakota', 'Todd', 'Jackson', 'Sioux', 'Slope', 'McKenzie', 'Niobrara', 'Crook', 'Hot Springs', 'Apache', 'Navajo', 'McKinley', 'San Juan', 'Owyhee'];
const AK_AREAS = ['Kusilvak', 'Bethel', 'Nome', 'Yukon-Koyukuk', 'Dillingham', 'Southeast Fairbanks'];
const AK_BOROUGHS = ['Northwest Arctic', 'North Slope', 'Lake and Peninsula', 'Denali', 'Matanuska-Susitna'];
const STATES = ['MT', 'SD', 'ND', 'WY', 'AZ', 'NM', 'NV', 'ID', 'Montana', 'South Dakota', 'Wyoming', 'N. Dak.'];
/** States as they are written, with the ZIP range of each. */
const STATE_ZIPS: readonly (readonly [string, number, number])[] = [
  ['MT', 59001, 59937], ['Montana', 59001, 59937], ['SD', 57001, 57799], ['South Dakota', 57001, 57799], ['ND', 58001, 58856], ['N. Dak.', 58001, 58856], ['WY', 82001, 83128],
  ['Wyoming', 82001, 83128], ['AZ', 85001, 86556], ['NM', 87001, 88439], ['NV', 88901, 89883], ['ID', 83201, 83876],
];
const STREET_WORDS = ['Main', 'Central', 'Custer', 'Railroad', 'Front', 'Division', 'Broadway', 'Agency', 'Mission', 'School', 'Pine', 'Cottonwood', 'Sage', 'Antelope', 'Buffalo', 'Eagle', 'Sitting Bull', 'Blue Bird', 'Crazy Horse', 'Red Shirt', 'Medicine Wheel', 'Meadowlark'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Dr', 'Loop', 'Circle', 'Ln', 'Way', 'Trail'];
const CREEKS = ['Otter', 'Pumpkin', 'Mizpah', 'Hanging Woman', 'Beaver', 'Sheep', 'Crazy Woman', 'Lodgepole', 'Sand', 'Dry', 'Box Elder', 'Hay', 'Rosebud', 'Lame Deer', 'Moccasin', 'Porcupine', 'Cedar', 'Muddy'];
/** Brands that name ranches. */
const BRANDS = ['Lazy T', 'Bar 7', 'Rafter K', 'Double J', 'Circle Diamond', 'Flying W', 'Quarter Circle U', 'Bar None', 'Lazy Heart', 'Diamond Bar', 'Rocking R', 'Triple C', 'Open A', 'Hat Creek', 'Pitchfork', 'Lone Tree', 'Bar X Bar', 'Box T', 'Lazy S Bar', 'JO'];
const HIGHWAYS = ['Hwy 212', 'US 212', 'MT-59', 'Hwy 2', 'US-2', 'SD-73', 'Hwy 18', 'BIA 27', 'N-12', 'US 191', 'WY-59', 'Hwy 87', 'ND-8', 'Hwy 85', 'US-160', 'Hwy 7', 'SD 63', 'MT 200'];
const AK_HIGHWAYS = ['Parks Hwy', 'Richardson Hwy', 'Dalton Hwy', 'Elliott Hwy', 'Steese Hwy', 'Glenn Hwy', 'Alaska Hwy', 'Taylor Hwy'];
const TRIBES = ['Northern Cheyenne', 'Crow', 'Assiniboine and Sioux', 'Oglala Lakota', 'Navajo', 'Blackfeet', 'Gros Ventre', 'Eastern Shoshone', 'Northern Arapaho', 'Standing Rock Sioux', 'Sicangu Lakota', 'Chippewa Cree', 'Hidatsa'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Eve", "New Year's Day", 'Fourth of July', 'Halloween', 'Veterans Day', 'Thanksgiving', 'Memorial Day', 'Labor Day', "Valentine's Day"];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'mother', 'father', 'auntie', 'uncle', 'grandson', 'granddaughter', 'niece', 'nephew', 'cousin', 'son-in-law', 'stepdad', 'grandma'];
const AREA_CODES = ['406', '605', '701', '307', '907', '928', '505', '208', '775'];
const COLORS = ['white', 'tan', 'blue', 'green', 'gray', 'yellow'];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    const x = this.r();
    return x < 0.3 ? this.pick(WORD_SUR) : x < 0.6 ? this.pick(NATIVE_SUR) : this.capitalizedSurname();
  }
  /** A faker surname (for a business named after a family). */
  plainSur(): string {
    return this.capitalizedSurname();
  }
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  village(): string {
    return this.pick(VILLAGES);
  }
  hub(): string {
    return this.pick(HUBS);
  }
  state(): string {
    return this.pick(STATES);
  }
  tribe(): string {
    return this.pick(TRIBES);
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  /** A county, borough or census area with its kind word, and the name that is planted. */
  countyWith(): readonly [string, string] {
    const x = this.r();
    if (x < 0.7) { const c = this.county(); return [`${c} ${this.pick(['County', 'Co.', 'county'])}`, c]; }
    if (x < 0.85) { const a = this.pick(AK_AREAS); return [`${a} Census Area`, a]; }
    const b = this.pick(AK_BOROUGHS); return [`${b} Borough`, b];
  }
  reservation(): string {
    return this.pick(RESERVATIONS);
  }
  chapter(): string {
    return this.pick(CHAPTERS);
  }
  /** A regional center's name (sometimes its initials). */
  center(): string {
    return this.pick(CENTERS)[0];
  }
  /** A regional center with its city when the name does not hold it: the text and its parts. */
  centerIn(): readonly [string, readonly string[]] {
    const [c, city] = this.pick(CENTERS);
    if (c.includes(city) || this.r() < 0.4) return [c, [c]];
    return [`${c} in ${city}`, [c, city]];
  }
  ihsFacility(): string {
    return `${this.pick(IHS_TOWNS)} ${this.pick(IHS_KINDS)}`;
  }
  /** A critical access hospital. */
  cah(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.county()} County ${this.pick(['Hospital', 'Memorial Hospital', 'Health Center'])}`;
    return `${this.town()} ${this.pick(['Memorial Hospital', 'Medical Center', 'Community Hospital', 'Health', 'Hospital & Nursing Home', 'Medical Center and Clinics'])}`;
  }
  villageClinic(): string {
    return `${this.village()} ${this.pick(['Clinic', 'Health Clinic', 'Subregional Clinic', 'Village Clinic'])}`;
  }
  /** A ranch or farm business. */
  ranch(): string {
    const k = this.int(0, 6);
    if (k === 0) return `${this.pick(BRANDS)} Ranch`;
    if (k === 1) return `${this.capitalizedSurname()} Ranch`;
    if (k === 2) return `${this.capitalizedSurname()} Land & Cattle`;
    if (k === 3) return `${this.sur()} Angus`;
    if (k === 4) return `${this.pick(BRANDS)} Cattle Co.`;
    if (k === 5) return `${this.pick(CREEKS)} Creek Ranch`;
    return `${this.capitalizedSurname()} Brothers Farms`;
  }
  farm(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.capitalizedSurname()} Farms`;
    if (k === 1) return `${this.capitalizedSurname()} Grain & Seed`;
    return `${this.pick(['Prairie View', 'Sunrise', 'Golden Valley', 'Sweetgrass', 'Plainview', 'Meadow Lark'])} Farm`;
  }
  /** A county, township or ranch road, planted as a street. */
  countyRoad(): string {
    const k = this.int(0, 6);
    if (k === 0) return `CR ${this.int(1, 999)}`;
    if (k === 1) return `County Road ${this.int(1, 120)}`;
    if (k === 2) return `Co. Rd. ${this.int(1, 400)}`;
    if (k === 3) return `Road ${this.int(100, 4999)}`;
    if (k === 4) return `Township Road ${this.int(10, 199)}`;
    if (k === 5) return `${this.pick(CREEKS)} Creek Road`;
    return `${this.int(80, 150)}th Ave ${this.pick(['NW', 'SW', 'NE', 'SE'])}`;
  }
  /** A highway with a mile marker or milepost, planted whole. */
  mileMarker(): string {
    const n = this.r() < 0.7 ? String(this.int(1, 240)) : `${this.int(1, 240)}.${this.int(1, 9)}`;
    const k = this.int(0, 4);
    if (k === 4) return `Mile ${n} ${this.pick(AK_HIGHWAYS)}`;
    const h = this.pick(HIGHWAYS);
    if (k === 0) return `${h} mm ${n}`;
    if (k === 1) return `${h} at mile marker ${n}`;
    if (k === 2) return `${h} MP ${n}`;
    return `mile marker ${n} on ${h}`;
  }
  legalLand(): string {
    const t = `T${this.int(1, 40)}${this.pick(['N', 'S'])}`;
    const rr = `R${this.int(1, 60)}${this.pick(['E', 'W'])}`;
    const sec = this.int(1, 36);
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(['NE', 'NW', 'SE', 'SW'])}1/4 Sec ${sec} ${t} ${rr}`;
    if (k === 1) return `Sec. ${sec}, ${t}, ${rr}`;
    return `Section ${sec}, Township ${t.slice(1, -1)} ${t.endsWith('N') ? 'North' : 'South'}, Range ${rr.slice(1, -1)} ${rr.endsWith('E') ? 'East' : 'West'}`;
  }
  /** Landing-zone coordinates, planted whole. */
  coords(): string {
    const ak = this.r() < 0.3;
    const lat = `${ak ? this.int(58, 70) : this.int(31, 48)}.${this.digitString(4)}`;
    const lon = `${ak ? this.int(141, 166) : this.int(100, 119)}.${this.digitString(4)}`;
    return this.r() < 0.5 ? `${lat} N, ${lon} W` : `${lat}, -${lon}`;
  }
  ruralRoute(): string {
    const box = `${this.int(1, 480)}${this.pick(['', '', '', 'A', 'B'])}`;
    const k = this.int(0, 4);
    if (k === 0) return `RR ${this.int(1, 4)} Box ${box}`;
    if (k === 1) return `Rural Route ${this.int(1, 4)}, Box ${box}`;
    if (k === 2) return `HC ${this.int(30, 88)} Box ${box}`;
    if (k === 3) return `HCR ${this.int(1, 99)}, Box ${this.int(1000, 3999)}`;
    return `Star Route Box ${box}`;
  }
  poBox(): string {
    const n = this.int(1, 2999);
    return this.pick([`PO Box ${n}`, `P.O. Box ${n}`, `Box ${n}`, `POB ${n}`, `P. O. Box ${n}`]);
  }
  /** A town street address. */
  street(): string {
    return `${this.int(1, 1999)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  /** A state as written and a ZIP of that state. */
  stateZip(): readonly [string, string] {
    const [st, lo, hi] = this.pick(STATE_ZIPS);
    const z = String(this.int(lo, hi));
    return [st, this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z];
  }
  akZip(): string {
    return String(this.int(99545, 99791));
  }
  /** A full date in one of the forms clinics and small hospitals write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 10);
    const w = writtenDate(k, m, d, y);
    if (w !== undefined) return w;
    if (k === 8) return `${pad2(d)}${MON[m - 1]!.toUpperCase()}${pad2(y % 100)}`;
    if (k === 9) return `${m}.${d}.${pad2(y % 100)}`;
    return `${MONTHS[m - 1]!} ${ordinal(d)}, ${y}`;
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
  dob(lo = 1928, hi = 2018): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    const k = this.int(0, 3);
    if (k === 0) return `${pad2(m)}/${pad2(d)}/${y}`;
    if (k === 1) return `${m}/${d}/${y}`;
    if (k === 2) return `${y}-${pad2(m)}-${pad2(d)}`;
    return `${pad2(d)}-${MON[m - 1]!.toUpperCase()}-${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 106));
  }
  time(): string {
    return `${pad2(this.int(0, 23))}${pad2(this.int(0, 59))}`;
  }
  /** An IHS health record number. */
  hrn(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(6);
    if (k === 1) return `0${this.digitString(5)}`;
    return `${this.digitString(3)}-${this.digitString(3)}`;
  }
  enrollment(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.digitString(3)}-${this.digitString(5)}`;
    if (k === 1) return `${this.letters(1)}-${this.digitString(5)}`;
    if (k === 2) return this.digitString(this.int(5, 7));
    return `${this.digitString(3)}U${this.digitString(6)}`;
  }
  census(): string {
    return this.digitString(this.int(6, 9));
  }
  prcAuth(): string {
    const yy = pad2(this.int(15, 25));
    const k = this.int(0, 2);
    if (k === 0) return `${yy}-${this.digitString(5)}`;
    if (k === 1) return `PRC-${this.digitString(6)}`;
    return this.digitString(7);
  }
  medicaid(): string {
    return this.r() < 0.6 ? this.digitString(this.int(9, 10)) : `${this.letters(2)}${this.digitString(7)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = this.pick(AREA_CODES);
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b}-${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  /** A seven-digit local number, as small towns write them. */
  localPhone(): string {
    return `${this.int(200, 999)}-${String(this.int(0, 9999)).padStart(4, '0')}`;
  }
  email(g: string, s: string): string {
    const dom = this.pick(['ihs.gov', 'gmail.com', 'yahoo.com', `${asciiLetters(this.village()) || 'village'}tribe.org`, 'hotmail.com', `${asciiLetters(this.town()) || 'range'}health.org`]);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    return `${this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}`, `${a}${this.int(10, 1999)}`])}@${dom}`;
  }
  /** An aircraft's FAA tail number. */
  tail(): string {
    return this.r() < 0.6 ? `N${this.int(1, 999)}${this.letters(2)}` : `N${this.digitString(4)}${this.letters(1)}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(7, 10));
    if (k === 2) return `${this.letters(3)}${this.digitString(6)}`;
    return `${this.digitString(4)}-${this.digitString(5)}`;
  }
  plate(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.int(1, 56)}-${this.digitString(4)}${this.letters(1)}`;
    if (k === 1) return `${this.letters(3)} ${this.digitString(3)}`;
    if (k === 2) return `${this.digitString(1)}${this.letters(2)}${this.digitString(3)}`;
    return `${this.letters(2)}-${this.digitString(4)}`;
  }
  driverLicence(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(9);
    if (k === 1) return `${this.letters(1)}${this.digitString(8)}`;
    return this.digitString(13);
  }
  licence(): string {
    const k = this.int(0, 3);
    if (k === 0) return `MED-PHYS-LIC-${this.digitString(5)}`;
    if (k === 1) return `PA-${this.digitString(4)}`;
    if (k === 2) return `RN${this.digitString(6)}`;
    return `APRN-${this.digitString(5)}`;
  }
  dea(): string {
    return `${this.pick(['A', 'B', 'F', 'M'])}${this.letters(1)}${this.digitString(7)}`;
  }
  meetingId(): string {
    return this.r() < 0.6 ? `${this.digitString(3)} ${this.digitString(4)} ${this.digitString(4)}` : this.digitString(10);
  }
  ip(): string {
    const k = this.int(0, 2);
    if (k === 0) return `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
    if (k === 1) return `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`;
    return `${this.int(23, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  locator(): string {
    return `${this.letters(3)}${this.digitString(1)}${this.letters(2)}`;
  }
  /** 'Dr. First Last' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, ${this.pick(['PA-C', 'FNP', 'DO', 'DPM', 'DDS'])}`, [g, s]];
    return [`Dr. ${s}`, [s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // IHS and tribal clinics
  ['IHS clinic visit header LAST FIRST HRN', (d) => {
    const f = d.ihsFacility(); const dt = d.date(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const h = d.hrn();
    return [`${f}\nOUTPATIENT ENCOUNTER   ${dt}\nPATIENT: ${s}, ${g} ${d.mi()}   HRN: ${h}   CLINIC: ${d.pick(['URGENT CARE', 'PRIMARY CARE', 'WALK-IN', 'DIABETES'])}`, [f, dt, s, g, h]];
  }],
  ['tribal enrollment and census numbers', (d) => {
    const md = d.slashMd(); const en = d.enrollment(); const cn = d.census();
    return [`Registration updated ${md}. Enrolled ${d.tribe()}; enrollment no. ${en}; census no. ${cn}. Eligible for PRC.`, [md, en, cn]];
  }],
  ['PRC referral authorization and clerk', (d) => {
    const prc = d.prcAuth(); const dt = d.date(); const [c, cp] = d.centerIn(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`PRC referral #${prc} approved ${dt} for orthopedic consult at ${c}. Questions to ${g} ${s}, PRC clerk, ${ph}.`, [prc, dt, ...cp, g, s, p]];
  }],
  ['lives on reservation with relative in town', (d) => {
    const g = d.given(); const t = d.town(); const res = d.reservation();
    return [`Pt lives with ${d.relation()} ${g} in ${t} on the ${res} ${d.pick(['Reservation', 'Indian Reservation', 'reservation'])}; no running water, hauls water weekly.`, [g, t, res]];
  }],
  ['chapter house message phone', (d) => {
    const ch = `${d.chapter()} Chapter House`; const [ph, p] = d.phone(); const g = d.given(); const s = d.sur();
    return [`No home phone. Messages can be left at the ${ch}, ${ph}, or with ${d.relation()} ${g} ${s}.`, [ch, p, g, s]];
  }],
  ['home visit directions from trading post', (d) => {
    const tp = d.r() < 0.5 ? `${d.chapter()} Trading Post` : `${d.plainSur()}'s Trading Post`; const ch = d.chapter();
    return [`Directions (${ch} chapter): from the ${tp} go ${d.int(2, 14)}.${d.int(1, 9)} mi ${d.pick(['west', 'north', 'NE', 'S'])} on the dirt road past the windmill; ${d.pick(COLORS)} hogan and trailer on the left, ${d.int(2, 5)} dogs.`, [ch, tp]];
  }],
  ['PHN home visit rural route address', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const rr = d.ruralRoute(); const t = d.town(); const [st, z] = d.stateZip();
    return [`Public health nurse ${g} ${s}, RN, home visit ${dt}. Address: ${rr}, ${t}, ${st} ${z}.`, [g, s, dt, rr, t, z]];
  }],
  ['itinerant provider monthly from town', (d) => {
    const [doc, p] = d.doctor(); const t = d.town();
    return [`Seen by ${doc} (itinerant ${d.pick(['podiatry', 'optometry', 'audiology', 'orthopedics', 'dental'])} out of ${t}), who comes the ${d.pick(['first', 'second', '3rd', 'last'])} ${d.weekday()} of each month.`, [...p, t]];
  }],
  ['diabetes program A1c and educator', (d) => {
    const md = d.slashMd(); const my = d.monthYear(); const g = d.given(); const s = d.sur();
    return [`Diabetes program: A1c 9.4% on ${md} (was 10.1% in ${my}). Seen with educator ${g} ${s}, RD, CDCES; monofilament intact bilaterally.`, [md, my, g, s]];
  }],
  ['mail order refills to PO box', (d) => {
    const b = d.poBox(); const t = d.town(); const [st, z] = d.stateZip();
    return [`Refills mailed to ${b}, ${t}, ${st} ${z}; pt picks up mail at the post office twice a week.`, [b, t, z]];
  }],
  ['elder over 89 lives alone outside town', (d) => {
    const n = d.ageOver89(); const t = d.town(); const g = d.given();
    return [`${n} y/o ${d.tribe()} elder, lives alone ${d.int(6, 40)} miles ${d.pick(['north', 'south', 'east', 'west'])} of ${t}; ${d.relation()} ${g} checks on her most days.`, [n, t, g]];
  }],
  // Alaska villages
  ['CHA encounter header at village clinic', (d) => {
    const c = d.villageClinic(); const dt = d.date(); const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); const dob = d.dob();
    return [`${c} - CHA/P ENCOUNTER\nDate: ${dt}   Time: ${d.time()}\nCHA: ${g} ${s}, CHA ${d.pick(['I', 'II', 'III', 'IV'])}\nPatient: ${g2} ${s2}   DOB: ${dob}`, [c, dt, g, s, g2, s2, dob]];
  }],
  ['tele consult to referral physician at center', (d) => {
    const s = d.sur(); const c = d.center(); const w = d.r() < 0.5 ? d.weekday() : d.monDay();
    return [`Case sent by tele to Dr. ${s} at ${c} ${w}; advised amoxicillin per CHAM and recheck in 48 hours.`, [s, c, w]];
  }],
  ['snowmachine travel between villages', (d) => {
    const v1 = d.village(); const v2 = d.village(); const g = d.given();
    return [`Traveled by snowmachine from ${v1} to ${v2} with ${d.relation()} ${g}; went through overflow about ${d.int(4, 30)} mi out, wet to the waist.`, [v1, v2, g]];
  }],
  ['medevac from village with tail number', (d) => {
    const dt = d.date(); const tl = d.tail(); const v = d.village(); const c = d.center();
    return [`Medevac ${dt}: ${d.pick(['King Air', 'fixed-wing', 'Learjet', 'PC-12'])} ${tl} departed ${v} at ${d.time()} for ${c}.`, [dt, tl, v, c]];
  }],
  ['weather hold in hub town', (d) => {
    const h = d.hub(); const w = d.weekday();
    return [`Weather hold: freezing fog and 1/4 mi visibility in ${h}; medevac unable to launch until ${w}. Pt stays in the clinic overnight with the CHA.`, [h, w]];
  }],
  ['patient travel escort and itinerary', (d) => {
    const g = d.given(); const s = d.sur(); const loc = d.locator(); const v = d.village(); const md = d.monDay();
    return [`Patient travel: escort is ${d.relation()} ${g} ${s}; itinerary ${loc}, departs ${v} ${md} on the morning flight.`, [g, s, loc, v, md]];
  }],
  ['referral to center in city with appointment', (d) => {
    const [c, cp] = d.centerIn(); const dt = d.date();
    return [`Referred to ${c} for ENT evaluation of chronic TM perforation; appointment ${dt}, patient hostel arranged.`, [...cp, dt]];
  }],
  ['general delivery address with census area', (d) => {
    const v = d.village(); const z = d.akZip(); const [a, ap] = d.countyWith();
    return [`Address: General Delivery, ${v}, AK ${z} (${a}).`, [v, z, ap]];
  }],
  ['field supervisor standing order by phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Discussed with field supervisor ${g} ${s}, CHP, at ${ph}; per standing order gave ceftriaxone 1 g IM.`, [g, s, p]];
  }],
  ['relief CHA from other village', (d) => {
    const g = d.given(); const s = d.sur(); const v = d.village(); const a = d.monDay(); const b = d.monDay();
    return [`Relief CHA ${g} ${s} from ${v} covering the clinic ${a} through ${b} while the regular aide is at session training.`, [g, s, v, a, b]];
  }],
  ['fish camp injury below village', (d) => {
    const v = d.village(); const g = d.given();
    return [`Fishhook embedded in R thumb at fish camp ${d.int(3, 25)} mi below ${v}; came up by skiff, ${d.relation()} ${g} ran the boat.`, [v, g]];
  }],
  ['birth in village with certificate number', (d) => {
    const v = d.village(); const dt = d.date(); const bc = `${d.int(100, 199)}-${d.year()}-${d.digitString(6)}`; const md = d.slashMd();
    return [`Precipitous delivery in ${v} ${dt}, CHA attending; birth certificate no. ${bc} filed ${md}.`, [v, dt, bc, md]];
  }],
  ['elder with relative interpreting', (d) => {
    const n = d.ageOver89(); const g = d.given(); const s = d.sur();
    return [`${n} yo Yup'ik-speaking elder; ${d.relation()} ${g} ${s} interpreting, as she speaks little English.`, [n, g, s]];
  }],
  ['CHA certification and training hub', (d) => {
    const g = d.given(); const s = d.sur(); const cert = d.r() < 0.5 ? `CHA-${d.digitString(4)}` : d.digitString(5); const h = d.hub();
    return [`${g} ${s}, CHA Level ${d.pick(['II', 'III', 'IV'])}, certification #${cert}, trained at the ${h} training center.`, [g, s, cert, h]];
  }],
  // ranch and farm injuries
  ['kicked by horse at named ranch', (d) => {
    const r = d.ranch(); const t = d.town(); const w = d.weekday();
    return [`${d.int(18, 80)} yo ${d.pick(['M', 'F'])} kicked in the chest by a colt while shoeing at the ${r} near ${t} on ${w}.`, [r, t, w]];
  }],
  ['tractor rollover on county road', (d) => {
    const cr = d.countyRoad(); const t = d.town(); const [c, cp] = d.countyWith();
    return [`Tractor rollover into the barrow pit on ${cr} about ${d.int(2, 30)} mi ${d.pick(['N', 'S', 'E', 'W'])} of ${t}, ${c}; no ROPS, not belted.`, [cr, t, cp]];
  }],
  ['grain bin entrapment at farm', (d) => {
    const f = d.farm(); const l = d.legalLand(); const t = d.town();
    return [`Engulfed to the chest in a corn bin at ${f} (${l}); extricated by ${t} VFD after ${d.int(20, 90)} min.`, [f, l, t]];
  }],
  ['ranch hand employer and foreman phone', (d) => {
    const r = d.ranch(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Employer: ${r}. Seasonal ranch hand, no insurance. Foreman ${g} ${s}, ${ph}.`, [r, g, s, p]];
  }],
  ['PTO entanglement found by relative', (d) => {
    const dt = d.date(); const g = d.given();
    return [`Arm caught in the PTO shaft of a baler ${dt}; found by his ${d.relation()} ${g} about ${d.int(10, 45)} min later, belt tourniquet placed in the field.`, [dt, g]];
  }],
  ['ATV rollover in legal land description', (d) => {
    const l = d.legalLand(); const [c, cp] = d.countyWith();
    return [`ATV rollover while checking heifers in ${l}, ${c}; his ${d.relation()} drove him ${d.int(5, 40)} mi to the highway to meet the ambulance.`, [l, cp]];
  }],
  ['lives far out on highway past town', (d) => {
    const t = d.town();
    return [`Lives ${d.int(20, 140)} miles out on ${d.pick(HIGHWAYS)} past ${t}; ${d.pick(['2 hr', '90 min', '3 hour', '2.5 hr'])} drive to clinic in good weather.`, [t]];
  }],
  ['directions from mile marker to county road', (d) => {
    const mm = d.mileMarker(); const cr = d.countyRoad();
    return [`Ambulance directions: turn ${d.pick(['south', 'north', 'left', 'right'])} at ${mm} onto ${cr}, ${d.int(3, 18)} miles to the second cattle guard.`, [mm, cr]];
  }],
  ['rattlesnake bite at ranch near town', (d) => {
    const r = d.ranch(); const t = d.town();
    return [`Prairie rattlesnake bite to L hand while moving irrigation pipe at the ${r}, ${t}; CroFab 6 vials started at ${d.time()}.`, [r, t]];
  }],
  ['crushed at sale barn weekday', (d) => {
    const b = `${d.town()} Livestock ${d.pick(['Auction', 'Sale Barn', 'Market'])}`; const w = d.weekday(); const md = d.slashMd();
    return [`Crushed against the alley gate by a cow at the ${b} ${w} ${md}; L ribs 5-8 tender.`, [b, w, md]];
  }],
  ['anhydrous ammonia at co-op', (d) => {
    const co = `${d.town()} ${d.pick(['Farmers Co-op', 'Grain Growers', 'Farmers Union Elevator', 'Ag Supply'])}`; const t = d.town();
    return [`Anhydrous ammonia splash to the face at the ${co} fertilizer plant; eyes irrigated 30 min by ${t} EMS before transport.`, [co, t]];
  }],
  ['landing zone coordinates at ranch', (d) => {
    const r = d.ranch(); const c = d.coords();
    return [`Helicopter LZ set up in the hayfield at the ${r}; LZ coordinates ${c}, no wires reported.`, [r, c]];
  }],
  ['branding iron naming brand', (d) => {
    const b = d.pick(BRANDS); const w = d.weekday();
    return [`2nd degree burn to the L forearm from the ${b} iron during branding ${w}; silver sulfadiazine applied.`, [b, w]];
  }],
  // critical access hospitals
  ['swing bed admission at CAH', (d) => {
    const h = d.cah(); const dt = d.date(); const c = d.center(); const g = d.given(); const s = d.sur();
    return [`Admitted to swing bed at ${h} ${dt} for PT/OT after hip ORIF at ${c}. Attending: ${g} ${s}, PA-C.`, [h, dt, c, g, s]];
  }],
  ['ground transfer by town volunteer ambulance', (d) => {
    const t = d.town(); const [c, cp] = d.centerIn();
    return [`Transferred by ${t} Volunteer Ambulance to ${c}; ETA ${d.int(2, 4)} hr over icy roads.`, [t, ...cp]];
  }],
  ['fixed wing transfer accepting physician', (d) => {
    const tl = d.tail(); const g = d.given(); const s = d.sur(); const c = d.center();
    return [`Fixed-wing ${tl} with flight RN and medic; accepting physician Dr. ${g} ${s} at ${c}; wheels up ${d.time()}.`, [tl, g, s, c]];
  }],
  ['transfer center call reference number', (d) => {
    const c = d.center(); const [ph, p] = d.phone(); const ref = d.digitString(d.int(6, 8)); const g = d.given(); const s = d.sur();
    return [`Called the ${c} transfer center at ${ph}, ref #${ref}; spoke with ${g} ${s}, RN, bed assigned.`, [c, p, ref, g, s]];
  }],
  ['discharge follow-up at clinic in town', (d) => {
    const [doc, p] = d.doctor(); const cl = d.r() < 0.5 ? `${d.plainSur()} Family Medicine` : `${d.pick(['Prairie', 'Big Sky', 'Sweetgrass', 'High Plains', 'Badlands', 'Frontier'])} Rural Health Clinic`; const t = d.town();
    return [`Follow up with ${doc} at ${cl} in ${t} in 1 week for wound check.`, [...p, cl, t]];
  }],
  ['courier send-out and callback', (d) => {
    const w = d.weekday(); const c = d.center(); const md = d.monDay(); const g = d.given();
    return [`Blood cultures x2 sent ${w} on the afternoon courier to the ${c} lab; Gram-positive cocci called back ${md} to ${g}, RN.`, [w, c, md, g]];
  }],
  ['locum ED physician from town', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town();
    return [`ED coverage this weekend by locum tenens ${g} ${s}, DO, from ${t}, ${d.state()}.`, [g, s, t]];
  }],
  ['CAH lab log military date and initials', (d) => {
    const [m, dd] = d.md(); const dt = `${pad2(dd)}${MON[m - 1]!.toUpperCase()}${pad2(d.year() % 100)}`; const i = d.initials(); const h = d.cah();
    return [`${dt} ${d.time()} CBC/CMP/lactate drawn by ${i}; run on site at ${h}, troponin sent out.`, [dt, i, h]];
  }],
  // households, relatives, addresses
  ['household phone shared', (d) => {
    const [ph, p] = d.phone(); const g = d.given(); const s = d.sur();
    return [`Phone: ${ph} (household phone, shared with ${d.relation()} ${g} ${s}; ask for pt by name).`, [p, g, s]];
  }],
  ['no phone message via neighbor or store', (d) => {
    const g = d.given(); const lp = d.localPhone(); const v = d.village();
    return [`No phone. Leave word with neighbor ${g} at ${lp} or at the ${v} store.`, [g, lp, v]];
  }],
  ['emergency contact block', (d) => {
    const g = d.given().toUpperCase(); const s = d.sur().toUpperCase(); const [ph, p] = d.phone(); const [ph2, p2] = d.phone(); const a = (d.r() < 0.5 ? d.ruralRoute() : d.poBox()).toUpperCase(); const t = d.town().toUpperCase(); const [st, z] = d.stateZip();
    return [`EMERGENCY CONTACT: ${g} ${s} (${d.relation().toUpperCase()})\nHOME: ${ph}   CELL: ${ph2}\n${a}, ${t} ${st.toUpperCase()} ${z}`, [g, s, p, p2, a, t, z]];
  }],
  ['HC route mailing and physical location', (d) => {
    const hc = d.ruralRoute(); const t = d.town(); const [st, z] = d.stateZip(); const t2 = d.town(); const cr = d.countyRoad();
    return [`Mailing: ${hc}, ${t}, ${st} ${z}. Physical: ${d.int(2, 25)} mi S of ${t2} on ${cr}, ${d.pick(COLORS)} house with a red barn.`, [hc, t, z, t2, cr]];
  }],
  ['housing street address in town', (d) => {
    const a = d.street(); const t = d.town();
    return [`Moved into tribal housing at ${a}, ${t}; lives with ${d.int(3, 9)} others, wood stove heat.`, [a, t]];
  }],
  ['letter to PO box', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const b = d.poBox(); const t = d.town(); const [st, z] = d.stateZip();
    return [`${dt}\n\n${g} ${s}\n${b}\n${t}, ${st} ${z}\n\nRE: Missed referral appointment`, [dt, g, s, b, t, z]];
  }],
  // dates and ages
  ['elder birthday month day', (d) => {
    const n = d.ageOver89(); const md = d.monDay();
    return [`Family reports she will be ${n} on ${md} and wants to be home in time for it.`, [n, md]];
  }],
  ['holiday injury', (d) => {
    const h = d.holiday();
    const what = d.pick(['Chainsaw laceration to L thigh while cutting firewood', 'Fell from the hay wagon', 'Frostbite to both feet after the truck slid off the road', 'Dog bite to the R calf at a family gathering', 'Burn to the hand from a fireworks mortar']);
    return [`${what} on ${h}.`, [h]];
  }],
  ['ordinal of month date', (d) => {
    const dm = `${ordinal(d.int(1, 28))} of ${d.pick(MONTHS)}`;
    return [`Last seen by the itinerant on the ${dm}; missed the two-week recheck.`, [dm]];
  }],
  ['face sheet DOB age over 89 HRN', (d) => {
    const n = d.ageOver89(); const y = 2025 - Number(n); const dob = d.dob(y - 1, y); const h = d.hrn();
    return [`DOB: ${dob}   AGE: ${n}   SEX: F   HRN: ${h}   LANG: ${d.pick(['Lakota', "Yup'ik", 'Navajo', 'Crow', 'English'])}`, [dob, n, h]];
  }],
  ['problem list month year', (d) => {
    const my = d.monthYear();
    return [`Problem list: L tib/fib fx (horse wreck, ${my}); HTN; prediabetes.`, [my]];
  }],
  // numbers, licences, devices and addresses on the wire
  ['Medicaid and SSN on PRC form', (d) => {
    const mc = d.medicaid(); const sn = d.ssn();
    return [`Medicaid ID: ${mc}   SSN: ${sn}   Alternate resource: none   PRC eligible: Y`, [mc, sn]];
  }],
  ['MVC on gravel road with plate and licence', (d) => {
    const cr = d.countyRoad(); const pl = d.plate(); const dl = d.driverLicence();
    return [`Single-vehicle rollover on ${cr}; ${d.pick(COLORS)} pickup, plate ${pl}; driver's license ${dl} per tribal police.`, [cr, pl, dl]];
  }],
  ['tele-behavioral health URL and meeting id', (d) => {
    const g = d.given(); const s = d.sur(); const h = asciiLetters(d.hub()) || 'hub'; const url = `https://telehealth.${h}ihs.org/room/${d.int(100, 999)}`; const mid = d.meetingId();
    return [`Tele-behavioral health with ${g} ${s}, LCSW, via ${url} (meeting ID ${mid}).`, [g, s, url, mid]];
  }],
  ['telehealth cart IP and serial', (d) => {
    const c = d.villageClinic(); const sn = d.serial(); const ip = d.ip();
    return [`Telehealth cart in the ${c} exam room: S/N ${sn}, IP ${ip}; video dropped twice, finished by phone.`, [c, sn, ip]];
  }],
  ['prescriber licence and DEA', (d) => {
    const g = d.given(); const s = d.sur(); const l = d.licence(); const dea = d.dea();
    return [`${g} ${s}, ${d.pick(['MD', 'PA-C', 'FNP-C', 'DO'])}\nLic. ${l}   DEA ${dea}`, [g, s, l, dea]];
  }],
  ['e-mail from itinerant provider', (d) => {
    const s = d.sur(); const g = d.given(); const em = d.email(g, s); const md = d.monDay();
    return [`Per e-mail from Dr. ${s} (${em}) on ${md}: ok to hold metformin until seen.`, [s, em, md]];
  }],
  ['fax records to regional center', (d) => {
    const c = d.center(); const [fx, p] = d.phone(); const g = d.given();
    return [`Fax records to ${c} medical records, fax ${fx}, attn ${g}.`, [c, p, g]];
  }],
  ['AED check in village clinic', (d) => {
    const c = d.villageClinic(); const sn = d.serial(); const md = d.slashMd(); const i = d.initials();
    return [`${c} AED (LIFEPAK 1000) S/N ${sn} checked ${md} by ${i}; pads exp 2027.`, [c, sn, md, i]];
  }],
  ['volunteer ambulance run number and road', (d) => {
    const t = d.town(); const run = `${d.year()}-${d.digitString(4)}`; const cr = d.countyRoad();
    return [`${t} Ambulance run #${run}: paged ${d.time()} to ${cr}; ${d.int(25, 70)} min response, ${d.int(30, 110)} mi transport.`, [t, run, cr]];
  }],
  ['tribal police officer with badge', (d) => {
    const s = d.sur(); const b = d.digitString(d.int(3, 4)); const w = d.weekday();
    return [`BIA Officer ${s}, badge #${b}, brought pt in on protective custody ${w} night.`, [s, b, w]];
  }],
  ['school clinic with parent consent', (d) => {
    const sc = `${d.town()} ${d.pick(['Public School', 'High School', 'Day School', 'Boarding School', 'Elementary'])}`; const md = d.slashMd(); const g = d.given(); const [ph, p] = d.phone();
    return [`Seen at the ${sc} school-based clinic ${md}; mom ${g} consented by phone at ${ph}.`, [sc, md, g, p]];
  }],
];

/** The names of the wave's frames. */
export const frontierFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function frontierWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10193, rounds);
}

/** Look-alikes in rural, frontier and tribal style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and diseases named for places
  ['Colles fracture of the L wrist after a fall from the haystack.', 'Colles'], ['Salter-Harris II fracture of the distal radius', 'Salter-Harris'], ['Lisfranc injury from a stirrup hang-up', 'Lisfranc'],
  ['Jones fracture of the 5th metatarsal', 'Jones'], ['Smith fracture after a fall on the ice', 'Smith'], ['Hill-Sachs lesion on the shoulder film', 'Hill-Sachs'], ['Bankart lesion suspected; MRI at the regional center.', 'Bankart'],
  ['Ottawa ankle rules negative; no film.', 'Ottawa'], ['Canadian C-spine rule applied; no imaging needed.', 'Canadian C-spine rule'], ['Kanavel signs absent.', 'Kanavel'], ['Fluids by the Parkland formula for 18% TBSA', 'Parkland'],
  ['Glasgow Coma Scale 14 on arrival', 'Glasgow Coma Scale'], ['Rocky Mountain spotted fever titers pending', 'Rocky Mountain'], ['Colorado tick fever considered', 'Colorado tick fever'], ['Sin Nombre hantavirus serology sent', 'Sin Nombre'],
  ['West Nile virus IgM negative', 'West Nile'], ['Lyme disease unlikely this far west', 'Lyme'], ['Valley fever (coccidioidomycosis) in the differential', 'Valley fever'], ['Brucella titers sent given raw milk exposure', 'Brucella'],
  ['Q fever after lambing season', 'Q fever'], ['Orf lesion on the finger from bottle-feeding lambs', 'Orf'], ['Hantavirus pulmonary syndrome after sweeping out a mouse-infested shed', 'Hantavirus'],
  // snakebite, rabies and drugs
  ['Prairie rattlesnake bite, CroFab 6 vials', 'CroFab'], ['Anavip 10 vials, repeat as needed', 'Anavip'], ['Crotalid envenomation without coagulopathy', 'Crotalid'], ['Rabies PEP: HRIG 20 IU/kg and Imovax day 0', 'Imovax'],
  ['RabAvert on days 0, 3, 7 and 14', 'days 0, 3, 7 and 14'], ['Bicillin L-A 2.4 million units IM', 'Bicillin L-A'], ['Suboxone 8/2 mg SL daily', 'Suboxone'], ['Vivitrol 380 mg IM monthly', 'Vivitrol'],
  ['Isoniazid and rifapentine (3HP) weekly by DOT', '3HP'], ['Tamiflu 75 mg BID x 5 days', 'Tamiflu'], ['Ceftriaxone 1 g IM per standing order', '1 g IM'], ['Amoxicillin 90 mg/kg/day divided BID', '90 mg/kg/day'],
  ['Tdap given for the barbed-wire laceration', 'Tdap'], ['Metformin 1000 mg BID', '1000 mg'], ['Silver sulfadiazine to the burn', 'Silver sulfadiazine'],
  // programs and agencies
  ['Eligibility verified with the Indian Health Service.', 'Indian Health Service'], ['IHS beneficiary, no other coverage', 'IHS'], ['Treated per the CHAM for otitis media.', 'CHAM'],
  ['Certified through the Community Health Aide Program (CHAP).', 'CHAP'], ['CHA/P Level III', 'CHA/P Level III'], ['PRC denied: not within medical priorities', 'PRC'],
  ['Purchased/Referred Care applies after alternate resources.', 'Purchased/Referred Care'], ['EMS called; 45 minute response', 'EMS'], ['Volunteer ambulance crew of two EMTs', 'Volunteer ambulance'],
  ['Tribal health department notified of the TB contact.', 'Tribal health department'], ['Public health nurse to follow at home.', 'Public health nurse'], ['VFD first on scene', 'VFD'],
  ['Guardian Flight requested for transport.', 'Guardian Flight'], ['Air Methods rotor wing on standby', 'Air Methods'],
  // generic places
  ['Seen at the clinic today.', 'the clinic'], ['Lives in the village year-round.', 'the village'], ['Works on the ranch.', 'the ranch'], ['Grew up on the reservation.', 'the reservation'],
  ['Message left at the chapter house.', 'the chapter house'], ['Went back to the Rez after discharge.', 'the Rez'], ['Transfer to the regional hospital was declined.', 'the regional hospital'],
  ['Admitted to swing bed at the critical access hospital.', 'critical access hospital'], ['The hub hospital accepted.', 'hub hospital'], ['Sent on the mail plane.', 'mail plane'], ['Was at fish camp all June.', 'fish camp'],
  ['Attends the sweat lodge weekly.', 'sweat lodge'], ['Danced at the powwow last weekend.', 'powwow'], ['Fasting for the sun dance', 'sun dance'], ['Lives in a hogan with a wood stove.', 'hogan'],
  ['Hauls water from the community well.', 'community well'], ['Uses a honey bucket; no running water.', 'honey bucket'], ['Showers at the washeteria.', 'washeteria'], ['Mail to General Delivery', 'General Delivery'],
  ['MVC on Hwy 212, restrained driver', 'Hwy 212'], ['Rollover on the interstate', 'interstate'],
  // peoples and tribes
  ['Enrolled Northern Cheyenne', 'Northern Cheyenne'], ['Crow tribal member', 'Crow'], ['Lakota-speaking elder', 'Lakota'], ["Yup'ik interpreter needed", "Yup'ik"], ['Navajo-speaking, limited English', 'Navajo'],
  ['Alaska Native', 'Alaska Native'], ['Iñupiaq language preferred', 'Iñupiaq'],
  // animals and branding
  ['Kicked by his horse, Whiskey, while saddling.', 'Whiskey'], ["Bitten by the neighbor's heeler, Blue.", 'Blue'], ['The bull, Big Red, pinned him against the chute.', 'Big Red'],
  ['Thrown when the mare Sugar spooked at a deer.', 'Sugar'], ['The dog (Rocky) is up to date on rabies vaccine.', 'Rocky'], ['Branding iron burn to the forearm', 'Branding iron'],
  ['Helping with branding this weekend', 'branding'], ["Freeze brand on the horse's hip", 'Freeze brand'], ['Calving season; up every 2 hours at night.', 'Calving season'],
  // weather and distances
  ['Ground blizzard, visibility near zero', 'Ground blizzard'], ['Wind chill -38 F', '-38 F'], ['A Chinook wind brought temps up 40 degrees.', 'Chinook'], ['Freezing fog grounded the plane.', 'Freezing fog'],
  ['Whiteout on the tundra', 'Whiteout'], ['Spring breakup; river ice not safe.', 'breakup'], ['Ceiling 300 ft and 1 mile visibility', '300 ft'], ['90 miles from the nearest hospital', '90 miles'],
  ['2.5 hr drive on gravel', '2.5 hr'], ['45 min by snowmachine', '45 min'],
  // aircraft, devices and codes
  ['King Air 200 fixed-wing', 'King Air 200'], ['Pilatus PC-12', 'PC-12'], ['Images sent from the AFHCAN cart', 'AFHCAN'], ['LIFEPAK 1000 AED', 'LIFEPAK 1000'], ['Broselow tape: green', 'Broselow'],
  ['ICD-10 W55.12XA struck by horse', 'W55.12XA'], ['V80.010A animal-rider injury', 'V80.010A'], ['T63.011A rattlesnake venom', 'T63.011A'], ['Y92.71 barn as place of occurrence', 'Y92.71'],
  ['CPT 99213', '99213'], ['ESI 3', 'ESI 3'], ['PHQ-9 score 14', 'PHQ-9 score 14'], ['A1c 9.4%', '9.4%'], ['BP 162/94', '162/94'], ['BG 412 mg/dL', '412 mg/dL'], ['GCS 15', 'GCS 15'],
  // roles, schedules, ages, years, states, everyday words
  ['The itinerant dentist comes monthly.', 'itinerant dentist'], ['Report given to the flight nurse.', 'flight nurse'], ['Discussed with the foreman.', 'foreman'],
  ['Itinerant podiatry clinic the 2nd Tuesday of each month', '2nd Tuesday of each month'], ['Mail plane comes Mon/Wed/Fri.', 'Mon/Wed/Fri'], ['During hunting season', 'hunting season'],
  ['An 87-year-old elder', '87'], ['Age 89', '89'], ['Diabetic since 2019', '2019'], ['Recently moved from Montana.', 'Montana'], ['South Dakota Medicaid', 'South Dakota'],
  ['Fell from a cut bank while fishing.', 'cut bank'], ['Has hope the wound will heal without surgery.', 'hope'], ['Her faith is a source of strength.', 'faith'], ['Bruising of the chest wall', 'wall'],
  ['Interior of the barn was dark.', 'Interior'], ['Fall roundup starts next week.', 'roundup'], ['Buffalo meat in the freezer', 'Buffalo'], ['Circle of support includes family.', 'Circle'], ['Eagle feather ceremony for healing', 'Eagle'],
];

export const frontierKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedFrontierKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(frontierKeepCases(), find);

export function scoreFrontierWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => frontierWaveCases(seed)), find);
}
