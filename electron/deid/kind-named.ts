// Courts, schools, residences, places of care (rehabs, nursing homes, visiting-nurse agencies), eateries, gyms, airports and
// towns' health departments named by the words before their kind, in any case and whatever the words are: "norfolk
// county drug court", "ATTENDED SHERIFF MIDDLE SCHOOL", "moved into anchor house". After a cue ("at", "attended", "by",
// "moved into"), one to three words that are no function, clinical or generic word of care name the place, and the name
// is redacted with its kind, as the names of hospitals are.
import { GENERIC } from './organizations';
import { mark, type PlaceCtx } from './place-context';
import { adjacent } from './tokens';

interface Kind {
  /** The last word of the kind. */
  readonly head: RegExp;
  /** Words that may stand between the name and the head ("probate and family", "vocational technical high"). */
  readonly between: ReadonlySet<string>;
  /** Words right before the name that make it one. */
  readonly cue: RegExp;
  /** Kinds whose head alone is a generic word need one of `between` before it ("sober house" is; "anchor house" too). */
  readonly needsBetween: boolean;
}

const COURT_WORDS = new Set(['county', 'probate', 'family', 'and', '&', 'district', 'superior', 'municipal', 'juvenile', 'drug', 'housing', 'land', 'circuit', 'justice', 'recovery', 'treatment', 'veterans', 'community', 'mental', 'health', 'session', 'sessions', 'magistrate', 'magistrates', 'small', 'claims', 'criminal', 'civil', 'city', 'town', 'trial', 'common', 'pleas', "court's"]);
const SCHOOL_WORDS = new Set(['elementary', 'middle', 'high', 'junior', 'senior', 'charter', 'vocational', 'technical', 'tech', 'regional', 'memorial', 'catholic', 'christian', 'public', 'montessori', 'preparatory', 'prep', 'intermediate', 'primary', 'grammar', 'day', 'community', 'country', 'upper', 'lower', 'academy', 'learning', 'early', 'childhood', 'career', 'and', '&', 'arts', 'science', 'magnet', 'central', 'city', 'area', 'county', 'union', 'free']);
/** Schools and school systems: "ATTENDED SHERIFF MIDDLE SCHOOL", "eden city schools - athletic participation". */
const SCHOOL_CUE = /^(?:at|attended|attends|attending|attend|from|left|to|into|in|enrolled|of|with|transferred|transfer|graduated|via|for|and|by|against|vs|versus|playing|loaned)$/;
const SCHOOL: Kind = { head: /^(?:school|schools|academy|elementary)$/, between: SCHOOL_WORDS, cue: SCHOOL_CUE, needsBetween: false };
const HOME_WORDS = new Set(['group', 'sober', 'recovery', 'halfway', 'residential', 'transitional', 'senior', 'elderly', 'housing', 'assisted', 'living', 'veterans', "veterans'", 'soldiers', 'care']);

const RESIDENCE: Kind = { head: /^(?:house|home|shelter|place|lodge|residence|village|manor|commons|apartments|apts|towers|terrace|gardens|estates|housing|residences|heights)$/, between: HOME_WORDS, cue: /^(?:into|at|to|in|from|of)$/, needsBetween: false };
/** "wise funeral home notified", "Świerczyński Memorial Chapel": a funeral home, named at a line's start or after a cue. */
const FUNERAL: Kind = { head: /^(?:home|homes|chapel|chapels)$/, between: new Set(['funeral', 'memorial', 'and', '&', 'sons', 'family']), cue: /^(?:to|by|from|at|of|with|via|called|notified|contacted|per)$/, needsBetween: true };
/** Where the dead are taken and laid: "Forest Hills Cemetery", "Šilhavý Memorial Park", "beer mortuary", "Gleason Livery",
 * "Carpenter Transport Services", "Fields Family Funeral Service". */
const DEATH_CARE_CUE = /^(?:to|at|in|of|by|from|with|via|called|notified|contacted)$/;
const CEMETERY: Kind = { head: /^(?:cemetery|cemeteries|crematory|crematorium|mortuary|livery|columbarium|mausoleum)$/, between: new Set(['memorial', 'funeral', 'and', '&', 'sons', 'family', 'cremation']), cue: DEATH_CARE_CUE, needsBetween: false };
const DEATH_CARE_SERVICE: Kind = { head: /^(?:park|gardens|service|services)$/, between: new Set(['memorial', 'funeral', 'family', 'transport', 'removal', 'cremation', 'and', '&']), cue: DEATH_CARE_CUE, needsBetween: true };
/** Rehabs, nursing homes and visiting-nurse agencies named before their kind: "at vibra rehab", "home w/ Brewster Area
 * VNA", "referrals sent to: pleasant bay skilled nursing, Whittier Rehab". */
const CARE: Kind = { head: /^(?:rehab|rehabilitation|vna|nursing)$/, between: new Set(['area', 'skilled', 'nursing', 'rehab', 'rehabilitation', 'and', '&', 'visiting', 'nurse', 'nurses', 'association', 'health', 'healthcare']), cue: /^(?:at|to|from|w|with|via|into|for)$/, needsBetween: false };
/** Words before a kind of care that say what kind, not which: "inpatient rehab", "short-term rehab", "home nursing". */
const CARE_KIND_WORD = /^(?:vs|versus|or|possible|poss|likely|probable|probably|plan|planned|potential|eventual|eventually|ultimately|then|short-term|long-term|sub-acute|in-patient|out-patient|prev|previous|prior|con't|con’t|cont|continue|continued|current|same|new|old|pt|pts|pt's|further|more|needs|need|start|started|begin|began|resume|resumed|inpatient|outpatient|acute|subacute|sub|cardiac|pulmonary|pulm|short|long|term|physical|occupational|speech|vestibular|pelvic|stroke|neuro|ortho|orthopedic|drug|alcohol|substance|vocational|pediatric|geriatric|day|home|skilled|intensive|private|visiting|hospice|in|patient|acute-care|snf|ltc|tcu|arf|irf|her|his|their|cardiopulmonary|brain|spinal|cord|injury|trauma|detox|residential)$/;
/** A list of places after a field's colon ("referrals sent to: A, B, C"): the items after the first follow a comma. */
const CARE_LIST = /\b(?:referrals?|sent|faxed|applied|screened|offers?|choices?|options?|accepted)\b[^\n:]*:[^\n]*,[ \t]*$/i;
/** Where people eat, drink and exercise, named before their kind: "lucky dog saloon", "at the corner grill", "powerhouse
 * fitness", "The Stallion Bar", "hideaway nightclub", "The Rawhide Bathhouse"; an airport ("newark liberty international airport"); a town's health department ("salem board of health",
 * "Barre Public Health Division"). */
const VENUE: Kind = { head: /^(?:saloon|tavern|grill|diner|cafe|café|restaurant|pizzeria|bakery|bistro|steakhouse|brewery|taproom|lounge|fitness|gym|crossfit|dojo|lanes|rink|pub|bar|nightclub|baths|bathhouse|spa|laundromat)$/, between: new Set(['bar', '&', 'and', 'sports', 'family', 'pizza', 'grill', 'fitness', 'cafe', 'tap', 'bowling', 'men’s', "men's", 'men', 'women', 'climbing', 'rock', 'boxing', 'martial', 'arts', 'piano', 'cocktail', 'wine']), cue: /^(?:at|from|to|in|of|near|outside|behind|visited|frequents|attends|attended|joined|venue|venues)$/, needsBetween: false };
const AIRPORT: Kind = { head: /^(?:airport|jetport|airfield)$/, between: new Set(['international', 'regional', 'municipal', 'county', 'memorial', 'executive', 'air']), cue: /^(?:at|from|to|via|through|into|in|of|near)$/, needsBetween: false };
const HEALTH_BODY: Kind = { head: /^(?:health|division|department|dept|district)$/, between: new Set(['board', 'of', 'public', 'health', 'county', 'city', 'town', 'nursing']), cue: /^(?:to|at|with|from|by|called|notified|contacted|per|of|via|and|is)$/, needsBetween: true };
/** A local business named before its trade: "Porter Excavation", "for Feil Hauling", "GOODMAN & SONS TOOL & DIE",
 * "rumford poultry" (a national chain named alone stays, see named-things.ts). */
const TRADE_BUSINESS: Kind = { head: /^(?:excavation|excavating|hauling|drilling|drywall|poultry|landscaping|roofing|plumbing|trucking|logging|paving|masonry|welding|lumber|builders|contracting|contractors|fabrication|fabricators|fabricating|ironworks|plastics|stamping|dairy|orchards|seafood|fisheries|towing|concrete|quarry|sawmill|die)$/, between: new Set(['brothers', 'bros', '&', 'and', 'sons', 'well', 'tool', 'sand', 'gravel', 'heavy', 'equipment', 'septic', 'tree', 'lawn', 'metal', 'steel', 'precision', 'general', 'family']), cue: /^(?:at|for|by|from|with|of|to|carrier|through)$/, needsBetween: false };
/** Dental, eye, hearing, therapy, equipment, dialysis and transplant practices named before their kind: "at Swift Physical
 * Therapy", "sent to valley dental arts", "call negrete home medical", "from framiside regional dialysis". */
const PRACTICE_CUE = /^(?:at|to|from|by|with|of|via|w|call|called|contacted|per|into|and|facility)$/;
/** Cues of a business one works at or deals with. */
const WORK_CUE = /^(?:at|for|by|from|with|of|to|through|carrier|employer|works|worked|job|technician)$/;
const PRACTICE_WORDS = new Set(['orthotics', 'prosthetics', 'implant', 'therapy', 'dental', 'physical', 'hand', 'occupational', 'speech', 'respiratory', 'home', 'health', 'medical', 'durable', 'smile', 'kidney', 'sleep', 'hearing', 'vision', 'eye', 'transplant', 'regional', 'primary', 'pediatric', 'family', 'oral', 'maxillofacial', 'surgery', 'sports', 'foot', 'ankle', 'equipment', 'oxygen', 'aid', '&', 'and', 'prosthetic', 'orthotic', 'audiology', 'optical', 'surgical', 'dialysis', 'rehab', 'contact', 'lens', 'laser', 'cataract', 'retina', 'glaucoma', 'cornea', 'vascular', 'medicine', 'low', 'cochlear', 'infant', 'toddler', 'early', 'intervention', 'residential', 'eating', 'disorders', 'ostomy', 'infusion', 'specialty']);
const PRACTICE_STRONG: Kind = { head: /^(?:optical|optometry|audiology|dentistry|orthodontics|prosthetics|orthotics|dialysis|endodontics|periodontics|prosthodontics|periodontology|implantology)$/, between: PRACTICE_WORDS, cue: PRACTICE_CUE, needsBetween: false };
const PRACTICE: Kind = { head: /^(?:therapy|arts|studio|lab|laboratory|ceramics|group|care|medical|equipment|oxygen|supply|balance|institute|program|services|infusion)$/, between: PRACTICE_WORDS, cue: PRACTICE_CUE, needsBetween: true };
/** Jails and prisons named before their kind: "booked into Norfolk House of Correction", "at Middlesex County Jail". */
const CUSTODY: Kind = { head: /^(?:correction|corrections|jail|prison|penitentiary)$/, between: new Set(['house', 'of', 'county', 'community', 'adult', 'state', 'regional', 'city', 'federal', 'correctional', 'detention', 'women’s', "women's", 'men’s', "men's"]), cue: /^(?:at|to|into|from|in|by|via|of|with)$/, needsBetween: false };
/** Pharmacies, transport services, banks and senior communities named before their kind: "from hoppe pharmacy",
 * "pharmacy: union long-term care pharmacy", "VIA ALPENA AMBULANCE SERVICE", "by College Station Rescue Squad",
 * "TRAVERSE CITY SAVINGS BANK", "moving from holwinde senior living community". */
const PHARMACY: Kind = { head: /^(?:pharmacy|pharmacies|apothecary|drugstore|drugs)$/, between: new Set(['long-term', 'long', 'term', 'care', 'institutional', 'family', 'compounding', 'community', 'discount', 'specialty', 'health', '&', 'and', 'drug']), cue: PRACTICE_CUE, needsBetween: false };
const TRANSPORT: Kind = { head: /^(?:service|services|squad|courier|couriers|ems|transit|transport|transportation)$/, between: new Set(['area', 'ambulance', 'rescue', 'medical', 'transport', 'transportation', 'fire', 'first', 'aid', 'volunteer', 'emergency', 'regional', 'county', 'rural', 'public', '&', 'and']), cue: /^(?:via|by|from|to|with|called|per|and|of|off|onto|into)$/, needsBetween: true };
const BANK: Kind = { head: /^(?:bank|union)$/, between: new Set(['savings', 'trust', 'national', 'state', 'community', 'credit', 'federal', 'cooperative', 'county', 'eye', 'tissue', 'milk', '&', 'and']), cue: /^(?:at|with|from|to|through|via|of|by|in)$/, needsBetween: true };
const SENIOR: Kind = { head: /^(?:community|communities|campus)$/, between: new Set(['senior', 'living', 'retirement', 'health', 'care', 'life', 'lifecare', 'continuing', '&', 'and']), cue: /^(?:at|to|from|into|in|of|with)$/, needsBetween: true };
/** A town's or a farm's market: "Outing to the Vincennes farmers market". */
const MARKET: Kind = { head: /^(?:market|markets)$/, between: new Set(['farmers', "farmers'", 'farmer’s', "farmer's", 'flea', 'fish', 'public', 'night', 'christmas', 'holiday']), cue: /^(?:to|at|from|in|visited|visits|attended|of|the)$/, needsBetween: true };
/** A town's newspaper: "obituary in the oshkosh herald", "the La Crosse Courier-Journal". */
const NEWSPAPER: Kind = { head: /^(?:gazette|herald|tribune|courier-journal|sentinel|chronicle|dispatch|register|observer|courier|news|star-tribune|press-citizen|times-union)$/, between: new Set(['daily', 'evening', 'morning', 'sunday', 'weekly', 'county', 'news', 'news-press']), cue: /^(?:in|the|from|of|to|by|per|obituary)$/, needsBetween: false };
/** Campus halls and sports venues named before their kind: "in the Bùi Hall lounge", "wellness check at bell commons",
 * "same floor of Church Tower", "on the field at adomah stadium", "at braga ice center". */
const CAMPUS_CUE = /^(?:in|at|of|from|to|outside|near|behind|into|inside|the|on)$/;
const DORM: Kind = { head: /^(?:hall|commons|tower|towers|quad)$/, between: new Set(['residence', 'residential', 'east', 'west', 'north', 'south', 'upper', 'lower']), cue: CAMPUS_CUE, needsBetween: false };
const SPORT_WORDS = new Set(['ice', 'aquatic', 'aquatics', 'athletic', 'athletics', 'recreation', 'rec', 'field', 'sports', 'memorial', 'events', 'tennis', 'hockey']);
const VENUE_SPORT: Kind = { head: /^(?:arena|stadium|fieldhouse|natatorium|coliseum|ballpark)$/, between: SPORT_WORDS, cue: CAMPUS_CUE, needsBetween: false };
/** A center is a sports venue only with its sport's word: "braga ice center", not "the Bariatric Center". */
const VENUE_CENTER: Kind = { head: /^(?:center|centre)$/, between: SPORT_WORDS, cue: CAMPUS_CUE, needsBetween: true };
/** Shelters, missions, motels, food programs and housing authorities named before their kind: "at trinity family shelter",
 * "the fort salvatorefort rescue mission", "THE COLONIAL MOTEL", "Red Carpet Motor Inn", "referred to open hands food
 * bank", "ZIEMANNSTEAD SOUP KITCHEN", "the walnut cove housing authority", "HOLLY CREEK MOBILE HOME PARK". */
const AID_CUE = /^(?:at|to|from|in|into|of|by|with|via|left|referred|called|contacted|per|near|behind|outside)$/;
const SHELTER: Kind = { head: /^(?:shelter|shelters|mission|motel|inn|hostel|lodge)$/, between: new Set(['family', 'rescue', 'gospel', 'union', 'homeless', 'emergency', 'women’s', "women's", 'men’s', "men's", 'youth', 'motor', 'dv', 'domestic', 'violence', 'warming', 'overflow']), cue: AID_CUE, needsBetween: false };
const FOOD_AID: Kind = { head: /^(?:bank|pantry|pantries|kitchen|closet|ministries|ministry|outreach|shelf)$/, between: new Set(['food', 'soup', 'area', 'community', 'christian', 'clothes', 'clothing', 'county', 'church', 'baptist', 'methodist', 'catholic', 'and', '&']), cue: AID_CUE, needsBetween: true };
const AUTHORITY: Kind = { head: /^(?:authority|park|parks)$/, between: new Set(['housing', 'redevelopment', 'mobile', 'home', 'trailer', 'rv', 'manufactured', 'court']), cue: AID_CUE, needsBetween: true };
/** Clinics and centers of one kind of care: "Utica Heart Rhythm Center", "east estevan sleep disorders center", "FAIRVIEW
 * DIABETES CENTER", "poplar recovery center", "Eden Center for Sleep Medicine", "the nome training center". */
const CARE_CENTER: Kind = { head: /^(?:center|centre|clinic|house)$/, between: new Set(['hand', 'upper', 'extremity', 'speech', 'language', 'implant', 'spine', 'joint', 'bone', 'sports', 'orthopedic', 'orthopaedic', 'heart', 'rhythm', 'sleep', 'disorders', 'diabetes', 'recovery', 'treatment', 'wound', 'vein', 'vascular', 'pain', 'hospice', 'dialysis', 'kidney', 'breast', 'imaging', 'hearing', 'counseling', 'wellness', 'endocrine', 'memory', 'cancer', 'eye', 'laser', 'fertility', 'arrhythmia', 'device', 'training', 'surgery', 'surgical', 'ambulatory', 'retina', 'glaucoma', 'cataract', 'cornea', 'low', 'vision', 'access', 'transplant', 'sexual', 'std', 'sti', 'hiv', 'prep', 'concussion', 'cochlear', 'sinus', 'ear', 'hyperbaric', 'burn', 'regional', 'prosthetic', 'orthotic', 'rehabilitation', 'comprehensive', 'methadone', 'addiction', 'bariatric', 'weight', 'loss', 'metabolic', 'reconstructive', 'fitness', 'dermatology', 'skin', 'cosmetic', 'aesthetic', 'mohs', 'endoscopy', 'same', 'day', 'and', '&']), cue: /^(?:is|at|to|from|trained|by|with|of|via|w|call|called|contacted|per|into|and|chose|chosen|selected|choice|prefers|preferred)$/, needsBetween: true };
/** The VA's and the services' places: "the lexington va health care system", "mobile cboc", "the Dickinsonville VAMC",
 * "the victory vet center", "WHITE CITY VA CLINIC", "the walla walla armory", "EDEN ARMY RESERVE CENTER", "UNION AIR
 * NATIONAL GUARD BASE". */
const VA_WORDS = new Set(['va', 'veterans', "veterans'", 'vet', 'health', 'care', 'healthcare', 'medical', 'outpatient', 'community', 'based', 'affairs', 'hcs', 'national', 'guard', 'air', 'army', 'reserve', 'readiness', 'naval', 'marine', 'corps', 'armed', 'forces']);
const VA_STRONG: Kind = { head: /^(?:vamc|cboc|vahcs|armory)$/, between: VA_WORDS, cue: PRACTICE_CUE, needsBetween: false };
const VA_PLACE: Kind = { head: /^(?:system|center|centre|clinic|hospital|base)$/, between: VA_WORDS, cue: PRACTICE_CUE, needsBetween: true };
/** Farms, ranches and their markets: "at the STROSIN BROTHERS FARMS", "the Adel Land & Cattle", "the rogahncester
 * livestock auction", "INTERIOR GRAIN GROWERS", "castillo grain & seed", "from the Leupp Trading Post". */
const FARM: Kind = { head: /^(?:farms|ranch|ranches|co|company|auction|growers|elevator|co-op|coop|cooperative|post|feedlot|barn|cattle|seed)$/, between: new Set(['brothers', 'bros', 'family', 'cattle', 'land', 'livestock', 'sale', 'grain', 'farmers', 'trading', 'feed', 'seed', 'sugar', 'beet', 'potato', 'and', '&']), cue: /^(?:at|to|from|in|of|on|near|for|by|with|the)$/, needsBetween: true };
/** A farm or ranch named before its kind alone: "at raynor farms", "at sunrise farm", "the murphy ranch". */
const FARM_NAMED: Kind = { head: /^(?:farm|farms|ranch|ranches|feedlot)$/, between: new Set(), cue: /^(?:at|on|near|from|to|of)$/, needsBetween: false };
/** A town's volunteer fire department by its letters: "extricated by Manila VFD". */
const VOLUNTEER_FD: Kind = { head: /^(?:vfd|vfc)$/, between: new Set(), cue: /^(?:by|from|to|with|via|called|per|and|of)$/, needsBetween: false };
/** A reservation or rancheria: "on the Hopi reservation", "the crow creek reservation". */
const RESERVATION: Kind = { head: /^(?:reservation|rancheria|reserve)$/, between: new Set(['indian', 'tribal', 'nation']), cue: /^(?:on|at|from|to|near|of|in|off)$/, needsBetween: false };
/** A health system named by its word and "Health": "after hip ORIF at TRINITY HEALTH", "run on site at kyle health". */
const HEALTH_SYSTEM: Kind = { head: /^health$/, between: new Set(), cue: /^(?:at|to|from|with|by|via)$/, needsBetween: false };
/** A Navajo chapter's meeting house: "at the dennehotso chapter house". */
const CHAPTER: Kind = { head: /^house$/, between: new Set(['chapter']), cue: AID_CUE, needsBetween: true };
/** A landlord's company: "of bass properties llc", "Castle Rock Rentals". */
const COMPANY: Kind = { head: /^(?:llc|properties|realty|rentals)$/, between: new Set(['properties', 'property', 'realty', 'rentals', 'rental', 'management', 'holdings', 'group', 'enterprises', 'homes', 'housing', 'llc', 'and', '&']), cue: /^(?:of|at|from|with|by|to|for|landlord|owner|via)$/, needsBetween: false };
/** A cab company: "Spring Lake Yellow Cab". */
const TAXI: Kind = { head: /^(?:cab|cabs|taxi)$/, between: new Set(['yellow', 'checker', 'city', 'county', 'taxi', 'veterans', 'and', '&']), cue: /^(?:by|via|to|from|with|called|per|and|of|a|in|the)$/, needsBetween: true };
/** Billing's and trades' counterparts named before their kind: "referred to piqua credit bureau", "Banasik Recovery
 * Services called", "from bond injury law", "faxed to grand rapids drug", "filled at Cross's Drug Store", "delivered by
 * roux mobility", "(West Letitiaside Bone & Joint)", "at canyon view oral surgery", "Cash Pain Management", "at
 * gleichnerville memory care", "EVERGREEN CREMATION SERVICES". */
const TRADE_CUE = /^(?:at|to|from|by|with|of|via|w|call|called|contacted|per|into|and|through|thru|ordered|filled|referred)$/;
const COLLECTIONS: Kind = { head: /^(?:bureau|services|collections|recovery|solutions)$/, between: new Set(['credit', 'recovery', 'collection', 'collections', 'financial', 'revenue', 'debt', 'management', 'adjustment', 'associates', '&', 'and']), cue: TRADE_CUE, needsBetween: true };
const LAW_FIRM: Kind = { head: /^(?:law|firm|llp|pllc|attorneys|lawyers)$/, between: new Set(['injury', 'law', 'legal', 'personal', 'trial', 'accident', 'firm', 'group', 'offices', '&', 'and']), cue: TRADE_CUE, needsBetween: true };
const DRUG_STORE: Kind = { head: /^(?:drug|store|stores)$/, between: new Set(['drug', 'family', 'discount', 'street', '&', 'and']), cue: TRADE_CUE, needsBetween: false };
const MOBILITY: Kind = { head: /^mobility$/, between: new Set(), cue: TRADE_CUE, needsBetween: false };
const BONE_JOINT: Kind = { head: /^(?:joint|spine)$/, between: new Set(['bone', 'sports', 'orthopedic', 'orthopaedic', 'back', 'neck', '&', 'and']), cue: TRADE_CUE, needsBetween: true };
const ORAL_SURGERY: Kind = { head: /^surgery$/, between: new Set(['oral', 'maxillofacial', 'outpatient', 'ambulatory', 'metabolic', 'bariatric', 'oculoplastic', 'plastic', 'cosmetic', 'day', 'same', 'mohs', 'dermatologic', '&', 'and']), cue: TRADE_CUE, needsBetween: true };
const PAIN_CARE: Kind = { head: /^(?:management|care|residence|services)$/, between: new Set(['pain', 'memory', 'urgent', 'hospice', 'cremation', '&', 'and']), cue: TRADE_CUE, needsBetween: true };
/** Employers named before their kind: "through INDUSTRY DISTRIBUTION CENTER", "at the SAGINAW GLASS WORKS warehouse",
 * "return to stevens point cheese cooperative", "Guha Metal Products", "marshfield community school district". */
const WORKPLACE: Kind = { head: /^(?:center|centre|warehouse|plant|mill|works|factory|cooperative|storage|products|plastics|district|manufacturing|foods|packing|industries)$/, between: new Set(['distribution', 'fulfillment', 'glass', 'metal', 'metals', 'cold', 'school', 'community', 'cheese', 'paper', 'steel', 'feed', 'grain', 'dairy', 'food', 'foods', 'meat', 'packing', 'plastic', 'machine', 'tool', 'wood', 'lumber', 'auto', 'parts', '&', 'and']), cue: /^(?:at|for|by|from|with|of|to|through|employer|employed|works|worked|job)$/, needsBetween: true };
/** "via EMPORIA AMBULANCE", "Sugar Family Dental", "SPENCER FAMILY DENTAL": a town's ambulance, a family's dental practice. */
const AMBULANCE: Kind = { head: /^ambulance$/, between: new Set(['volunteer', 'area', 'county', 'rescue', 'emergency', 'community']), cue: /^(?:via|by|from|with|called|per|to|off|onto|into)$/, needsBetween: false };
const FAMILY_DENTAL: Kind = { head: /^(?:dental|dentistry)$/, between: new Set(['family', 'pediatric', 'cosmetic', 'general', 'children’s', "children's", 'kids', '&', 'and']), cue: TRADE_CUE, needsBetween: true };
/** "at keene outpatient rehab", "the Sehore Family YMCA pool": an outpatient rehab or a Y named for its town. */
const OUTPATIENT_REHAB: Kind = { head: /^(?:rehab|rehabilitation)$/, between: new Set(['outpatient', 'physical', 'therapy', 'sports', '&', 'and']), cue: TRADE_CUE, needsBetween: true };
const TOWN_Y: Kind = { head: /^(?:ymca|ywca)$/, between: new Set(['family', 'community', 'area', 'regional', 'county']), cue: /^(?:at|to|from|the|with|of|in)$/, needsBetween: false };
/** A congregation named before its denomination's words: "member of Princeton Assembly of God". */
const ASSEMBLY: Kind = { head: /^god$/, between: new Set(['assembly', 'of', 'church']), cue: /^(?:of|at|to|from|with|in|by|attends|attended)$/, needsBetween: true };
/** Eye, kidney, vascular and sports practices named before their kind: "Gutmann Contact Lens Lab", "west amayatown retina
 * consultants", "bath glaucoma specialists", "Brookside Cornea & Cataract", "troy kidney & hypertension", "great lakes
 * lens works", "concord sports medicine institute", "florence mri and ct", "Sharma-Verma PT and Performance". */
const SPECIALTY_WORDS = new Set(['ophthalmic', 'renal', 'care', 'retina', 'retinal', 'glaucoma', 'cornea', 'corneal', 'cataract', 'laser', 'eye', 'vision', 'contact', 'lens', 'lenses', 'low', 'kidney', 'hypertension', 'nephrology', 'vascular', 'access', 'sports', 'medicine', 'transplant', 'family', 'optical', 'mri', 'imaging', 'pt', 'performance', 'vein', 'sinus', 'allergy', 'foot', 'ankle', 'spine', 'sleep', 'orthopedic', 'orthopaedic', 'ear', 'impression', 'earmold', 'instrument', 'audiometric', 'ent', 'heart', 'skin', 'pathology', 'dermatopathology', 'dermpath', 'and', '&']);
const SPECIALTY: Kind = { head: /^(?:consultants|specialists|associates|institute|works|lab|laboratory|cataract|hypertension|ct|performance|partners|physicians|medicine|group|calibration|allergy|vascular)$/, between: SPECIALTY_WORDS, cue: PRACTICE_CUE, needsBetween: true };
const EYEWEAR: Kind = { head: /^(?:eyewear|ophthalmology|eyecare|optics|opticians)$/, between: SPECIALTY_WORDS, cue: PRACTICE_CUE, needsBetween: false };
/** A practice named by its town or founder and its specialty alone: "of BIG SKY OTOLARYNGOLOGY in", "at Castle Rock
 * Pediatrics"; its name must be listed or unusual words, or capitalized words in a mixed line ("interventional cardiology"
 * names none). */
const SPECIALTY_NAMED: Kind = { head: /^(?:otolaryngology|podiatry|dermatology|dermatopathology|cardiology|urology|pediatrics|endocrinology|gastroenterology|neurology|pulmonology|rheumatology|orthopedics|orthopaedics)$/, between: new Set(['ear', 'nose', 'throat', 'foot', 'ankle', 'and', '&']), cue: PRACTICE_CUE, needsBetween: false };
/** Words of a specialty's practice that say what kind of it, not whose. */
const SPECIALTY_KIND_WORD = /^(?:combined|joint|multidisciplinary|integrated|comprehensive|division|department|dept|section|service|interventional|invasive|noninvasive|nuclear|preventive|general|adult|clinical|surgical|medical|inpatient|outpatient|pediatric|peds|sports|cosmetic|academic|consult|consults|consulting|hospital|university|our|your|the|and|or|with)$/;
/** Agencies, programs and offices of home care, probation and recovery: "WASHINGTON COUNTY HOME HEALTH AGENCY",
 * "Lackawanna County Probation Office", "at Heartland Medical Group OTP". */
const AGENCY: Kind = { head: /^(?:agency|agencies)$/, between: new Set(['home', 'health', 'care', 'county', 'nursing', 'visiting', 'hospice', 'and', '&']), cue: PRACTICE_CUE, needsBetween: true };
const OTP: Kind = { head: /^otp$/, between: new Set(['medical', 'group', 'health', 'and', '&']), cue: PRACTICE_CUE, needsBetween: false };
const PROBATION: Kind = { head: /^(?:office|department|dept|services|unit|corrections)$/, between: new Set(['county', 'adult', 'juvenile', 'probation', 'parole', 'community', 'pretrial', 'district', 'state', 'and', '&']), cue: /^(?:at|to|from|by|with|of|via|per|called|contacted|and|for|under)$/, needsBetween: true };
/** Recovery residences: "Magnolia Sober Living", "little recovery residence", "Bridgeway Women's Home". */
const SOBER: Kind = { head: /^(?:living|residence|residences|home|house)$/, between: new Set(['sober', 'recovery', 'women’s', "women's", 'men’s', "men's", 'transitional', 'halfway']), cue: /^(?:at|to|from|into|in|of|with|per|left|entered)$/, needsBetween: true };
/** Stops and shops where outreach goes: "riverside gas & go", "behind depot laundromat", "warren tire & lube". */
const STOP: Kind = { head: /^(?:go|lube|laundromat|laundry|mart)$/, between: new Set(['gas', 'tire', 'oil', 'quick', '&', 'and', 'n', 'food', 'coin']), cue: /^(?:at|to|from|in|of|near|outside|behind|with|for|by)$/, needsBetween: true };
/** Meal programs: "PRAIRIE ROSE MEALS ON WHEELS", "Savage Senior Dining". */
const MEALS: Kind = { head: /^(?:meals|dining)$/, between: new Set(['senior', 'congregate', 'community', 'home-delivered']), cue: AID_CUE, needsBetween: false };
/** Senior living named before its kind: "facility visit to Red Butte Senior Living". */
const SENIOR_LIVING: Kind = { head: /^living$/, between: new Set(['senior', 'assisted', 'independent', 'retirement']), cue: /^(?:at|to|from|into|in|of|with|per)$/, needsBetween: true };
/** Hearing and sign-language services: "Fischer Hearing Aid Service", "Tunceli Deaf & Hard of Hearing Services". */
const HEARING_SERVICE: Kind = { head: /^(?:service|services)$/, between: new Set(['hearing', 'aid', 'aids', 'deaf', 'hard', 'of', 'sign', 'language', 'interpreting', 'interpreter', '&', 'and']), cue: PRACTICE_CUE, needsBetween: true };
/** A town's volunteer fire department: "past the Eau Claire Volunteer Fire Department". */
const FIRE_DEPT: Kind = { head: /^(?:department|dept|company|district|hall)$/, between: new Set(['volunteer', 'fire', 'rescue', 'protection', '&', 'and']), cue: /^(?:past|near|behind|across|beside|by|to|from|at|with|via|of|called)$/, needsBetween: true };
/** A hearing practice by its founders' names: "Tô & Price Hearing", "at Bloom & Leroux Hearing". */
const HEARING_NAMED: Kind = { head: /^hearing$/, between: new Set(), cue: /^(?:at|to|from|by|with|of|via|call|called|contacted|per|is)$/, needsBetween: false };
/** A junior or senior high school: "School: ROOSEVELT JUNIOR HIGH". */
const HIGH: Kind = { head: /^high$/, between: new Set(['junior', 'senior']), cue: SCHOOL_CUE, needsBetween: true };
/** A hearing practice by its two trades: "Marion Audiology & Hearing Aids". */
const HEARING_AIDS: Kind = { head: /^aids$/, between: new Set(['audiology', 'hearing', '&', 'and']), cue: PRACTICE_CUE, needsBetween: true };
/** Interpreting and imaging firms named before their trade: "Bayer Interpreting, LLC", "at Clearwater Imaging"; their
 * names must be listed or unusual words, or capitalized words in a mixed line ("medical interpreting" names none). */
const TRADE_NAMED: Kind = { head: /^(?:interpreting|interpreters|captioning|imaging|radiology|staffing|construction|dme)$/, between: new Set(['sign', 'language', 'asl', 'open', 'mri', 'medical', 'diagnostic', 'and', '&']), cue: PRACTICE_CUE, needsBetween: false };
/** Early intervention programs named for their town: "Boise Birth to Three". */
const BIRTH_TO_THREE: Kind = { head: /^three$/, between: new Set(['birth', 'to']), cue: PRACTICE_CUE, needsBetween: true };
/** Behavioral health agencies: "Pathways Behavioral Health", "at valley behavioral health". */
const BEHAVIORAL: Kind = { head: /^health$/, between: new Set(['behavioral', 'behavioural', 'mental']), cue: /^(?:at|to|from|with|by|via|of|authorize|authorizes|and|per|called|contacted)$/, needsBetween: true };
/** More kinds named before their word: a regional health system ("transferred from waterloo regional health"), a monitoring service
 * ("enrolled with salem cardiac monitoring"), surgical suites ("LAKESIDE SURGICAL SUITES"), spas, salons and tattoo
 * parlours ("paducah med spa", "Hope's Beauty Salon", "liberty tattoo co."), a specialty pharmacy's "Rx", daycares,
 * museums and nature centers, universities and campus buildings ("owolabi fine arts building"). */
const REGIONAL_HEALTH: Kind = { head: /^health$/, between: new Set(['regional', 'community', 'area', 'memorial', 'valley']), cue: TRADE_CUE, needsBetween: true };
const MONITORING: Kind = { head: /^(?:monitoring|services)$/, between: new Set(['cardiac', 'heart', 'monitoring', 'remote', 'event', 'holter', 'telemetry', 'rhythm']), cue: /^(?:at|to|from|by|with|of|via|w|call|called|contacted|per|into|and|through|thru|enrolled)$/, needsBetween: true };
const SUITES: Kind = { head: /^suites$/, between: new Set(['surgical', 'surgery', 'procedure', 'endoscopy', 'outpatient']), cue: TRADE_CUE, needsBetween: true };
const SPA: Kind = { head: /^(?:spa|medspa|aesthetics|esthetics|salon|parlou?r|tanning|glow|barbershop|studio|co|company|shop)$/, between: new Set(['med', 'medical', 'laser', 'skin', 'day', 'beauty', 'hair', 'nail', 'nails', 'tattoo', 'ink', 'tan', 'wellness', 'piercing', '&', 'and']), cue: /^(?:at|to|from|by|with|of|via|w|call|called|contacted|per|into|and|through|thru|referred)$/, needsBetween: false };
const RX: Kind = { head: /^rx$/, between: new Set(['specialty', 'family', 'care', 'direct']), cue: /^(?:at|to|from|by|with|of|via|w|call|called|contacted|per|and|through|thru|shipped|filled)$/, needsBetween: true };
const DAYCARE: Kind = { head: /^(?:daycare|childcare|preschool)$/, between: new Set(['kids', 'kid', 'child', 'children’s', "children's", 'family', 'learning', 'little', 'early', 'care', 'day', '&', 'and']), cue: AID_CUE, needsBetween: false };
const MUSEUM: Kind = { head: /^(?:museum|center|centre|zoo|aquarium|planetarium|arboretum)$/, between: new Set(['science', 'nature', 'children’s', "children's", 'outdoor', 'education', 'discovery', 'history', 'natural', 'environmental', 'art', '&', 'and']), cue: AID_CUE, needsBetween: true };
const UNIVERSITY: Kind = { head: /^university$/, between: new Set(['state', 'a&m', 'tech', 'christian', 'baptist', 'methodist', 'lutheran', 'catholic']), cue: PRACTICE_CUE, needsBetween: false };
const BUILDING: Kind = { head: /^building$/, between: new Set(['fine', 'arts', 'science', 'sciences', 'student', 'union', 'engineering', 'administration', 'recreation', 'performing', 'music', '&', 'and']), cue: CAMPUS_CUE, needsBetween: true };
/** Where travellers stay and what they visit abroad: "Orchid Plaza Hotel", "stayed at papaya plaza hotel", "Sunbird Beach
 * Resort", "at Toucan Monkey Forest Sanctuary" ("the beach resort" and "ovarian reserve" name none). */
const LODGING: Kind = { head: /^(?:hotel|hotels|resort|resorts|guesthouse|hostel|lodge|inn)$/, between: new Set(['plaza', 'beach', 'safari', 'grand', 'palace', 'bay', 'river', 'lake', 'garden', 'gardens', 'forest', 'eco', 'boutique', 'royal', 'park', 'spa', 'golf', 'mountain', 'ocean', 'sea', 'island', 'tented', 'jungle', 'rainforest', 'heritage', 'colonial', 'airport', '&', 'and']), cue: /^(?:at|in|to|from|of|near|stayed|staying|then|accommodation|via|booked)$/, needsBetween: false };
const SANCTUARY: Kind = { head: /^(?:sanctuary|reserve|preserve)$/, between: new Set(['monkey', 'forest', 'wildlife', 'game', 'nature', 'marine', 'bird', 'elephant', 'turtle', 'primate', 'chimpanzee', 'gorilla', 'bat', 'rainforest', 'private']), cue: AID_CUE, needsBetween: true };
/** Words that say which kind of behavioral health or trade, not whose: "integrated behavioral health". */
const KIND_WORD = /^(?:integrated|inpatient|outpatient|pediatric|adolescent|geriatric|adult|child|acute|crisis|emergency|general|clinical|diagnostic|interventional|advanced|medical|hospital|remote|video|phone|telephone|onsite|on-site|in-person|temporary|temp|nurse|nursing|agency|adequate|new|road|home|building)$/;
/** Clubs, leagues and sports complexes: "Liberty Athletic Club", "KEENE LITTLE LEAGUE", "Mount Pleasant Sports Complex",
 * "NEON DANCE CLUB". */
const CLUB: Kind = { head: /^(?:club|complex|league)$/, between: new Set(['alano', 'athletic', 'country', 'health', 'racquet', 'swim', 'tennis', 'golf', 'boys', 'girls', 'sports', 'fitness', 'little', 'youth', 'soccer', 'baseball', 'softball', 'recreation', 'aquatic', 'dance', 'night', 'supper', 'social', 'men’s', "men's", '&', 'and']), cue: /^(?:at|to|from|in|of|with|for|near|behind|outside|joined|attends|plays|played|venue|venues|the)$/, needsBetween: true };
/** A library for the blind: "the utica talking book & braille library". */
const LIBRARY: Kind = { head: /^library$/, between: new Set(['talking', 'book', 'braille', 'public', 'county', 'memorial', 'city', '&', 'and']), cue: /^(?:at|to|from|with|of|in|by)$/, needsBetween: true };
/** Parks and fields named for a person or a town: "the Major Park main entrance", "on Stamm Field", "Schulist Park". */
const PARK: Kind = { head: /^(?:park|field)$/, between: new Set(['memorial', 'state', 'city', 'county', 'regional', 'community', 'municipal', 'dog', 'skate', 'sports', 'recreation', 'athletic', 'veterans', 'softball', 'baseball', 'soccer', 'football']), cue: /^(?:at|in|near|behind|to|from|outside|of|on|into|the|venues?)$/, needsBetween: false };
/** What a park or a field so named never is: "the car park", "on visual field", "HUMPHREY FIELD TESTING". */
const NOT_PARK_NAME = /^(?:humphrey|goldmann|octopus|amsler|car|ball|theme|trailer|business|office|industrial|amusement|water|national|visual|operative|operating|sterile|surgical|magnetic|electric|electrical|energy|gravitational|force|mine|mined|oil|gas|corn|hay|wheat|soccer|football|baseball|playing|open|left|right|upper|lower|central|peripheral|entire|whole|same|near|far|dark|bright|high|low|power|lung|apical|basal)$/;
/** Teams named by their town and mascot: "TEAM: NORTH ZOLAFURT BEARS", "vs Bristol Falcons", "playing scranton blue devils". */
const TEAM: Kind = { head: /^(?:bears|falcons|eagles|devils|rams|hornets|tigers|lions|panthers|wildcats|bulldogs|warriors|knights|cougars|hawks|spartans|trojans|vikings|mustangs|pirates|raiders|cardinals|chargers|thunder|titans|huskies|jaguars|wolves|bobcats|rebels|patriots|saints|owls|bulls|broncos|colts|wolverines|badgers|gators|sharks|comets|rockets|jets|crusaders|braves|chiefs|hurricanes|cyclones|tornadoes|bengals|ravens|mavericks|lancers|yellowjackets|dragons|griffins)$/, between: new Set(['blue', 'red', 'golden', 'fighting', 'lady', 'mighty', 'little']), cue: /^(?:vs|versus|against|playing|team|for|the)$/, needsBetween: false };
/** A chain's store named by its town: "MOBILE WALMART SUPERCENTER". */
const STORE: Kind = { head: /^(?:supercenter|superstore|neighborhood)$/, between: new Set(['walmart', 'target', 'kroger', 'meijer']), cue: /^(?:at|to|from|in|of|with|for)$/, needsBetween: true };
/** A gym named for its work: "jast strength and conditioning". */
const CONDITIONING: Kind = { head: /^(?:conditioning|crossfit|barbell|athletics)$/, between: new Set(['strength', 'and', '&', 'performance', 'sports']), cue: /^(?:at|to|from|in|with|the)$/, needsBetween: true };
/** Water treatment vendors: "Blue Ridge Water Systems". */
const WATER: Kind = { head: /^(?:systems|treatment|technologies)$/, between: new Set(['water', 'purification', 'filtration', '&', 'and']), cue: WORK_CUE, needsBetween: true };
/** Shops and plants named before their trade: "Birchwood Stamping, Inc.", "ONDRUŠ FOUNDRY", "pine ridge auto body". */
const SHOP: Kind = { head: /^(?:foundry|stamping|body|collision|machining|forge|cannery|bottling)$/, between: new Set(['auto', 'metal', 'steel', 'iron', '&', 'and', 'tool', 'die', 'precision']), cue: WORK_CUE, needsBetween: false };
const COURT: Kind = { head: /^court$/, between: COURT_WORDS, cue: /^(?:at|in|by|through|thru|from|before|to|of|with|via|attended|appeared|per|under|for)$/, needsBetween: true };
/** The kinds above, which may also open a line or follow a comma or a bracket when their kind's words are written. */
const TRADE_KINDS: ReadonlySet<Kind> = new Set([REGIONAL_HEALTH, MONITORING, SUITES, SPA, RX, DAYCARE, MUSEUM, UNIVERSITY, BUILDING, COLLECTIONS, LAW_FIRM, DRUG_STORE, MOBILITY, BONE_JOINT, ORAL_SURGERY, PAIN_CARE, WORKPLACE, AMBULANCE, FAMILY_DENTAL, SPECIALTY, EYEWEAR, WATER, SHOP, SPECIALTY_NAMED, AGENCY, OTP, PROBATION, STOP, HEARING_AIDS, TRADE_NAMED, BEHAVIORAL, HEARING_SERVICE, HEARING_NAMED]);
/** Kinds of a workplace an injury at work names in brackets. */
const WORK_KINDS: ReadonlySet<Kind> = new Set([TRADE_BUSINESS, WORKPLACE, SHOP, VENUE, FARM, COMPANY]);
/** Kinds that may open a line, follow a comma, a bracket or a heading's dash with their kind's words, beyond the trades. */
const LINE_KINDS: ReadonlySet<Kind> = new Set([...TRADE_KINDS, LODGING, CLUB, LIBRARY, TEAM, PARK, VENUE, TOWN_Y, HEALTH_BODY, CONDITIONING, SCHOOL, VENUE_SPORT, COURT, CUSTODY, MEALS, HIGH]);
/** "by roux mobility", "to grand rapids drug": a kind that is also a plain word ("bed mobility", "study drug") takes a
 * name of listed or unusual words only. */
const PLAIN_HEAD = /^(?:mobility|drug|ambulance)$/;
const KINDS: readonly Kind[] = [
  CEMETERY,
  DEATH_CARE_SERVICE,
  COURT,
  SCHOOL,
  FUNERAL,
  RESIDENCE,
  CARE,
  VENUE,
  AIRPORT,
  HEALTH_BODY,
  TRADE_BUSINESS,
  PRACTICE_STRONG,
  PRACTICE,
  CUSTODY,
  PHARMACY,
  TRANSPORT,
  BANK,
  SENIOR,
  MARKET,
  NEWSPAPER,
  DORM,
  VENUE_SPORT,
  VENUE_CENTER,
  CHAPTER,
  FARM_NAMED,
  RESERVATION,
  VOLUNTEER_FD,
  SHELTER,
  FOOD_AID,
  AUTHORITY,
  CARE_CENTER,
  VA_STRONG,
  VA_PLACE,
  FARM,
  COMPANY,
  TAXI,
  HEALTH_SYSTEM,
  COLLECTIONS,
  LAW_FIRM,
  DRUG_STORE,
  MOBILITY,
  BONE_JOINT,
  ORAL_SURGERY,
  PAIN_CARE,
  WORKPLACE,
  AMBULANCE,
  FAMILY_DENTAL,
  ASSEMBLY,
  OUTPATIENT_REHAB,
  TOWN_Y,
  SPECIALTY,
  EYEWEAR,
  CLUB,
  LIBRARY,
  PARK,
  TEAM,
  WATER,
  SHOP,
  CONDITIONING,
  STORE,
  SPECIALTY_NAMED,
  AGENCY,
  OTP,
  PROBATION,
  SOBER,
  STOP,
  MEALS,
  HIGH,
  HEARING_AIDS,
  SENIOR_LIVING,
  HEARING_SERVICE,
  FIRE_DEPT,
  HEARING_NAMED,
  TRADE_NAMED,
  BIRTH_TO_THREE,
  BEHAVIORAL,
  REGIONAL_HEALTH,
  MONITORING,
  SUITES,
  SPA,
  RX,
  DAYCARE,
  MUSEUM,
  UNIVERSITY,
  BUILDING,
  LODGING,
  SANCTUARY,
];

/** The kind of care after a center and "for": " for Sleep Medicine", " FOR WOUND CARE". */
const FOR_KIND = /^[ \t]+for[ \t]+(?:[\p{L}&-]+[ \t]+){0,2}(?:medicine|disorders|care|health|wellness|recovery|rehabilitation|surgery|healing|blind|deaf|access|visually[ \t]+impaired)\b/iu;

/** Every kind's head in one test, so most words are passed over at once. */
const ANY_HEAD = new RegExp(KINDS.map((k) => k.head.source).join('|'));

/** What a resident of a place does just before "into", "at": "moved into anchor house", "staying at bridge house". */
const RESIDING = /\b(?:go|moved|moving|moves|placed|placement|stays|staying|stayed|lives|living|lived|resides|residing|resided|sleeps|sleeping|slept|discharged|returned|returning|admitted|entered|entering|went|goes|going|back)[ \t]+(?:back[ \t]+)?(?:on[ \t]+campus[ \t]+|off[ \t]+campus[ \t]+)?(?:into|at|to|in|from)[ \t]+(?:the[ \t]+)?$|\bresidents?[ \t]+of[ \t]+(?:the[ \t]+)?$/i;
/** Words of a residence's name that say whose or what kind, not which: "her mother's house", "a friend's place". */
const NOT_HOME_NAME = /^(?:own|field|club|pool|guest|team|boat|coach|bath|dog|ware|green|new|old|current|previous|prior|family|friend|friend's|friends|mother's|father's|sister's|brother's|son's|daughter's|parents|parents'|grandmother's|grandfather's|aunt's|uncle's|cousin's|boyfriend's|girlfriend's|partner's|nursing|foster|safe|open|care|assisted|living|funeral|mental|health|ronald|mcdonald|same|different|one|two|this|that)$/;

/** Words that say which of a kind without naming one: "Central High School", "the big house". */
const PLAIN_ADJECTIVE = /^(?:central|big|little|small|large|old|main|local|nearby|public|private|alternative|special|regular|night|summer|sunday|police|fire|military|naval|air|beauty|driving|nursing|medical|law|dental|culinary|flight|bible|trade|boarding|grad|graduate|med|art|music|dance|language|traffic|hebrew|religious|parochial|home|online|virtual|therapeutic|residential|day|campus|mail|order|retail|hospital|inpatient|outpatient|satellite|investigational|research|infusion|oncology|clinic|discharge|employee|student|mail-order|24-hour|chain|volunteer|chow|visiting|visitation|intake|booking|rec|recreation|activity|activities|laundry|kitchen|craft|dining|lecture|study|concert|music|pool|banquet|exhibit|exhibition|great|guild|fraternity|sorority|frat|greek|assembly|meeting|common|entrance|dance|mess|reading|convention|civic|trade|control|water|clock|cell|radio|ivory|ice|football|basketball|baseball|soccer|hockey|tennis|sports|event|events|community|medical|health|wellness|fitness|cancer|heart|trauma|surgery|surgical|dialysis|infusion|imaging|sleep|diabetes|breast|eye|burn|stroke|vascular|kidney|transplant|rehab|rehabilitation|counseling|crisis|poison|call|data|command|operations|distribution|service|shopping|senior|student|career|learning|writing|tutoring|testing|copy|print|day|child|youth)$/;

/** Kinds of practice that name one on their own after a comma, a colon or a line's start; "home care", "medical
 * group" and "care services" are said of care, not of a place ("good home care", "needs home care services"). */
const NAMING_HEAD = /^(?:therapy|therapies|lab|laboratory|ceramics|arts|studio|optical|optometry|audiology|dentistry|orthodontics|endodontics|periodontics|prosthodontics|prosthetics|orthotics|dialysis|center|centre|clinic|program|services|infusion)$/;
/** Two tokens of one name: only spaces between them, an ampersand ("Páez & Sons Funeral Home") or a hyphen ("Urbina-Skrzypczak
 * Funeral Chapel"). */
const joined = (ctx: PlaceCtx, a: number, b: number): boolean => adjacent(ctx.text, ctx.tokens[a]!, ctx.tokens[b]!) || /^(?:[ \t]*&[ \t]*|-)$/.test(ctx.text.slice(ctx.tokens[a]!.end, ctx.tokens[b]!.start));

/** Every word of a name is a listed surname or town or no English word ("lawton", "zolafurt"; not "salad" or "family"). */
const listedOrRare = (ctx: PlaceCtx, words: readonly number[]): boolean => words.every((w) => { const f = ctx.f[w]!; return f.last || f.town || f.city || !f.english; });

/** The name's words before the kind at `first` (the kind's first token), walking left to the cue. */
function nameBefore(ctx: PlaceCtx, first: number, kind: Kind, withKindWords: boolean, headKey: string, alone: boolean, opening = false): number[] {
  const { tokens, text } = ctx;
  const words: number[] = [];
  let k = first - 1;
  for (; k >= 0 && words.length < 3 && joined(ctx, k, k + 1); k--) {
    const t = tokens[k]!;
    const f = ctx.f[k]!;
    const leading = /^(?:first|new|north|south|east|west|saint|st|mount|mt|fort|port|lake|upper|lower)$/.test(t.key);
    if (kind.cue.test(t.key) || /^(?:i|ii|iii|iv|vi|phase|stage)$/.test(t.key) || f.fn || (f.clinical && !leading) || /\d/.test(t.key) || t.end - t.start < 2 || (kind === RESIDENCE && NOT_HOME_NAME.test(t.key)) || ((kind === HEALTH_BODY || kind === AIRPORT) && ctx.lists.states.has(t.key))) break;
    // A generic word of care or kind names nothing ("at the local high school"), unless it is a listed surname or town.
    if ((GENERIC.has(t.key) && !leading && !f.last && !f.town && !f.city) || PLAIN_ADJECTIVE.test(t.key) || (kind === CARE && CARE_KIND_WORD.test(t.key))) break;
    if (t.lineCase === 'mixed' && !t.cap) break;
    words.unshift(k);
  }
  // "for st. rose academy": a saint's abbreviation with its period begins the name.
  if (k >= 0 && words.length > 0 && /^(?:st|ste|mt)$/.test(tokens[k]!.key) && /^\.[ \t]$/.test(text.slice(tokens[k]!.end, tokens[words[0]!]!.start))) words.unshift(k--);
  if (words.length === 0) return [];
  // A funeral home may open its line ("wise funeral home notified at 0415"); any of them may be a field's value
  // ("place of disposition (name of cemetery, crematory, other place): forest hills cemetery").
  const before = text.slice(Math.max(0, tokens[words[0]!]!.start - 4), tokens[words[0]!]!.start);
  if ((kind === FUNERAL && /(?:^|\n)[ \t]*$/.test(before)) || (kind !== RESIDENCE && kind !== PRACTICE && /:[ \t]*$/.test(before))) return words;
  // A pharmacy, bank, service, senior community or place of care written with its kind's words may open a sentence or
  // stand alone on its line as a letterhead: "strong institutional pharmacy notified at", "Bath Health and Rehab".
  if (withKindWords && (kind === PHARMACY || kind === BANK || kind === TRANSPORT || kind === SENIOR || kind === CARE || kind === TAXI || kind === SHELTER || kind === VA_PLACE) && /(?:^|\n|[.;!?][ \t]+)[ \t]*$/.test(text.slice(Math.max(0, tokens[words[0]!]!.start - 3), tokens[words[0]!]!.start))) return words;
  // "sustained at work (west medinascheid poultry, abilene)": an employer in brackets after "at work".
  // "called dad at work, dubois construction, ext. 373": or between commas after it, before an extension or a phone.
  if (WORK_KINDS.has(kind) && /\b(?:at|from|for)[ \t]+work[ \t]*\([ \t]*$/i.test(text.slice(Math.max(0, tokens[words[0]!]!.start - 12), tokens[words[0]!]!.start))) return words;
  if ((WORK_KINDS.has(kind) || kind === TRADE_NAMED) && /\b(?:at|from)[ \t]+work[ \t]*,[ \t]*$/i.test(text.slice(Math.max(0, tokens[words[0]!]!.start - 12), tokens[words[0]!]!.start)) && /^[ \t]*,[ \t]*(?:ext\.?|x|extension|phone|tel|cell|\(?\d{3})/i.test(text.slice(tokens[first]!.end, tokens[first]!.end + 14).replace(/^[^,]*/, ''))) return words;
  // A trade's kind with its words may open a line, follow a comma or stand in brackets: "cc: dr. cash, roseburg oral
  // surgery", "(West Letitiaside Bone & Joint)", "Sincerely,\nBuck Winter, MD\nCash Pain Management".
  if ((withKindWords || kind === TEAM) && (LINE_KINDS.has(kind) || kind === FUNERAL) && /(?:^|\n|[(,;]|[ \t]-)[ \t]*$/.test(before)) return words;
  // "Venues: The Cabaret Bar (Warren)": a venue's article may stand between a field's colon and its name.
  if ((kind === VENUE || kind === CLUB || kind === PARK) && k >= 0 && tokens[k]!.key === 'the' && /(?:^|\n|[:;])[ \t]*$/.test(text.slice(Math.max(0, tokens[k]!.start - 3), tokens[k]!.start))) return words;
  // So may a practice or a center of one kind ("DENIALS REPORT, DUBUQUE PHYSICAL THERAPY,", "servicing facility: piqua
  // physical therapy", "grace mai, do, chicoloapan hand & upper extremity center:") when its
  // name is a listed town or surname or no English word ("outpatient physical therapy" names none).
  if ((withKindWords || (kind === PRACTICE_STRONG && /^[ \t]*(?:[-–,;:]|\r?\n|$)/.test(text.slice(tokens[first]!.end, tokens[first]!.end + 4)))) && (kind === PRACTICE || kind === PRACTICE_STRONG || kind === CARE_CENTER) && NAMING_HEAD.test(headKey) && /(?:^|\n|[(,:])[ \t]*$/.test(before) && (listedOrRare(ctx, words) || words.every((w) => ctx.isPlace[w]))) return words;
  // A court's kind words make it one after a comma too: "brandy souza, roxbury district court probation".
  if (kind === COURT && /,[ \t]*$/.test(before)) return words;
  if (kind === CARE && (CARE_LIST.test(text.slice(Math.max(0, tokens[words[0]!]!.start - 160), tokens[words[0]!]!.start)) || /\bw\/[ \t]*$/i.test(before))) return words;
  // "magnolia sober living is a narr level ii recovery residence": a recovery residence opening a sentence about itself.
  if (opening && /(?:^|\n|[.;][ \t]+)[ \t]*$/.test(before) && !words.some((w) => /^(?:needs?|recommend(?:ed|s)?|consider(?:ed|ing|s)?|discussed|prefers?|wants?|chose|choose|continue[ds]?|start(?:ed|s)?|try|tried|plan(?:ned|s)?|possible|maybe|perhaps|then|now|also|new|her|his|their|the|a|an)$/.test(ctx.tokens[w]!.key))) return words;
  // A line of its own that is a name and its kind's words is a letterhead or an address block's line ("Cottonwood
  // Center for Eating Disorders", "TIMBERLAND METABOLIC AND BARIATRIC SURGERY"), in capitals when others are not, or
  // of listed or unusual words.
  if (withKindWords && alone && kind !== RESIDENCE && /(?:^|\n)[ \t]*$/.test(before) && (ctx.tokens[words[0]!]!.lineCase === 'mixed' || words.every((w) => ctx.f[w]!.town || ctx.f[w]!.city || !ctx.f[w]!.english))) return words;
  // The cue, or "the" and the cue, must stand right before the name.
  const at = k >= 0 && tokens[k]!.key === 'the' && k > 0 ? k - 1 : k;
  if (at < 0 || !kind.cue.test(tokens[at]!.key) || !adjacent(text, tokens[at]!, tokens[at + 1]!)) return [];
  return words;
}

export function kindNamedRule(ctx: PlaceCtx): void {
  const { tokens } = ctx;
  // Most words are passed over by one test of every kind's head (ANY_HEAD); a whole-text gate before it no longer paid,
  // since "hospital", "clinic" and "system" stand in nearly every note.
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h]!;
    // A market's or a reservation's kind is lower case after a capitalized name ("the Vincennes farmers market", "the Hopi
    // reservation"); other kinds are capitalized.
    if (head.lineCase === 'mixed' && !head.cap && !/^(?:markets?|reservation)$/.test(head.key)) continue;
    // A head may end more than one kind ("funeral home", "recovery home"): the first that names a place counts.
    if (!ANY_HEAD.test(head.key)) continue;
    for (const kind of KINDS) if (kind.head.test(head.key) && kindAt(ctx, h, kind)) break;
  }
}

/** Marks the place of `kind` whose head is token h, if there is one there. */
function kindAt(ctx: PlaceCtx, h: number, kind: Kind): boolean {
  const { tokens, text } = ctx;
  const head = tokens[h]!;
  // Walk left over the kind's own words to its first.
  let first = h;
  while (first > 0 && kind.between.has(tokens[first - 1]!.key) && joined(ctx, first - 1, first) && (tokens[first - 1]!.lineCase !== 'mixed' || tokens[first - 1]!.cap || kind === MARKET || /^(?:and|&|of|to)$/.test(tokens[first - 1]!.key))) first--;
  // A kind does not begin with its conjunction ("ventilation and oxygen" is no "Sleep & Oxygen").
  while (first < h && /^(?:and|&)$/.test(tokens[first]!.key)) first++;
  // "Eden Center for Sleep Medicine": a center's kind may follow it after "for".
  const forKind = (kind === CARE_CENTER && first === h) || kind === SCHOOL ? FOR_KIND.exec(text.slice(head.end, head.end + 48)) : null;
  // "PRAIRIE ROSE MEALS ON WHEELS": a meal program's kind goes on after its head; "senior dining" needs its word.
  const onWheels = kind === MEALS ? /^[ \t]+on[ \t]+wheels\b/i.exec(text.slice(head.end, head.end + 16)) : null;
  if (kind === MEALS && (head.key === 'meals' ? !onWheels : first === h)) return false;
  // A probation office is one by its word ("county probation office"; not "county records office").
  if (kind === PROBATION && head.key !== 'corrections' && !tokens.slice(first, h).some((t) => /^(?:probation|parole|pretrial)$/.test(t.key))) return false;
  if (first === h && kind.needsBetween && !forKind) return false;
  // A school or academy alone after a name needs its line's capitals or one case ("at Oak Hill Elementary", "for st.
  // rose academy"); "elementary" alone ends a name only before the phrase's end.
  if (head.key === 'elementary' && !/^(?:[ \t]*(?:[,.;:()]|\r?\n|$)|[ \t]+(?:to|on|in|and|for)\b)/i.test(text.slice(head.end, head.end + 10))) return false;
  // "Maplewood Nursing Home", "Hillcrest Nursing & Rehab": a kind that goes on is left to its last word or to the place rules.
  if (kind === CARE && /^[ \t]*(?:home|homes|facility|facilities|center|centre|&|and)\b/i.test(text.slice(head.end, head.end + 12))) return false;
  const tail = head.end + ((forKind ?? onWheels)?.[0].length ?? 0);
  const alone = /^[ \t]*(?:\r?\n|$)/.test(text.slice(tail, tail + 3));
  const opening = kind === SOBER && /^[ \t]+(?:is|was|has)[ \t]+(?:a|an|certified|licensed|accredited)\b/i.test(text.slice(head.end, head.end + 24));
  const words = nameBefore(ctx, first, kind, first < h || onWheels !== null || forKind !== null, head.key, alone, opening);
  if (words.length === 0) return false;
  if ((kind === TRADE_NAMED || kind === BEHAVIORAL) && (words.some((w) => KIND_WORD.test(tokens[w]!.key)) || (kind === TRADE_NAMED && head.lineCase !== 'mixed' && !listedOrRare(ctx, words)))) return false;
  // "Tô & Price Hearing": a hearing practice is named by founders joined with "&", or by listed or unusual words ("poor
  // hearing", "court hearing" name none).
  if (kind === HEARING_NAMED && !(words.every((w) => !ctx.f[w]!.english) || (words.length >= 2 && /&/.test(text.slice(tokens[words[0]!]!.start, tokens[words[words.length - 1]!]!.end)) && !ctx.f[words[0]!]!.english))) return false;
  if (kind === SPECIALTY_NAMED && (words.some((w) => SPECIALTY_KIND_WORD.test(tokens[w]!.key)) || (head.lineCase !== 'mixed' && !listedOrRare(ctx, words)))) return false;
  if (kind === DRUG_STORE && head.key !== 'drug' && first === h) return false;
  // A studio, a shop or a company is a spa's or a parlour's only with its trade's word ("tattoo co."); a spa, salon or
  // daycare alone is named, in one case, by a listed or unusual word ("at the day spa" names none); so is a university.
  if ((kind === SPA || kind === DAYCARE || kind === UNIVERSITY) && first === h && (/^(?:studio|co|company|shop)$/.test(head.key) || (head.lineCase !== 'mixed' && !listedOrRare(ctx, words)))) return false;
  // "Pain-Buster Pain Management System" is a device: a trade's name ends with its kind.
  if (TRADE_KINDS.has(kind) && kind !== WATER && kind !== SHOP && /^[ \t]+(?:system|systems|device|devices|pump|catheter|kit|program|protocol|team|services?|plan|consult|consultation|clinic|referral|needs|options?|strategies|approach)\b/i.test(text.slice(head.end, head.end + 16))) return false;
  // An outpatient rehab or a Y is named by a listed town or surname or an unusual word ("recommend outpatient rehab",
  // "at the family YMCA" name none).
  if ((kind === OUTPATIENT_REHAB || kind === TOWN_Y) && !listedOrRare(ctx, words)) return false;
  if (PLAIN_HEAD.test(head.key) && first === h) {
    if (!/^(?:[ \t]*(?:[,;:.)(]|\r?\n|$)|[ \t]+(?:at|in|on|of|for|and|store)\b)/i.test(text.slice(head.end, head.end + 8))) return false;
    if (!listedOrRare(ctx, words)) return false;
  }
  // "ecchymosis over body": a body shop needs its trade's word.
  if (kind === SHOP && head.key === 'body' && first === h) return false;
  // A park or a field is named by a person or a town, not by what it is ("the car park", "visual field"), and is no test.
  if (kind === PARK && (words.some((w) => NOT_PARK_NAME.test(tokens[w]!.key)) || /^[ \t]+(?:test|testing|tests|analy[sz]er|analysis|defects?|loss|exam|cuts?|of|vision|strength|effect|trip|day|work|notes?)\b/i.test(text.slice(head.end, head.end + 14)))) return false;
  // In one case a park, a team, a bar or a spa is named by a listed or unusual word ("AT THE SALAD BAR" names none).
  if ((kind === PARK || kind === TEAM || (kind === VENUE && /^(?:bar|pub|spa|baths)$/.test(head.key))) && first === h && head.lineCase !== 'mixed' && !listedOrRare(ctx, words)) return false;
  if (kind === VENUE && head.key === 'bar' && words.some((w) => /^(?:salad|snack|grab|parallel|granola|protein|candy|energy|wet|raw|oyster|juice|coffee|cereal|breakfast|open|cash|hotel|crash|roll|t|space|menu|tool|status|progress|nav|side|top|bottom|title|task|search|scroll|toolbar|sound)$/.test(tokens[w]!.key))) return false;
  // A residence is one only where someone lives or is placed in it.
  if (kind === RESIDENCE && !RESIDING.test(text.slice(Math.max(0, tokens[words[0]!]!.start - 40), tokens[words[0]!]!.start))) return false;
  for (const w of words) mark(ctx, w, 'place-kind-named');
  for (let j = first; j <= h; j++) mark(ctx, j, 'place-kind-named');
  // "at The Stallion Bar", "at the anchor bar": a venue's or a club's article is written as part of its name.
  const article = words[0]! - 1;
  if ((kind === VENUE || kind === CLUB || kind === TEAM) && article >= 0 && tokens[article]!.key === 'the' && adjacent(text, tokens[article]!, tokens[words[0]!]!)) mark(ctx, article, 'place-kind-named');
  // A business's legal form after its kind is part of its name: "SMALL TRUCKING LLC", "Sharma Plastics, Inc.".
  const suffix = /^,?[ \t]+(?:llc|inc|co|corp|company|ltd|pllc|llp|p\.[ \t]?[ac]\.)(?![\p{L}])/iu.exec(text.slice(head.end, head.end + 12));
  if (suffix && kind !== RESIDENCE) for (let j = h + 1; j < tokens.length && tokens[j]!.end <= head.end + suffix[0].length; j++) mark(ctx, j, 'place-kind-named');
  // "COMMON VENUE GARAGE NIGHTCLUB (TALLAHASSEE)", "Neon Lounge (Warren)": the town a place is in, in brackets after it.
  townInBrackets(ctx, h);
  // "(west medinascheid poultry, abilene)": the town after a comma in the bracket a place opened.
  if (text[tokens[words[0]!]!.start - 1] === '(' || text.slice(Math.max(0, tokens[words[0]!]!.start - 2), tokens[words[0]!]!.start) === '( ') townAfterComma(ctx, h);
  // "lives with wife Jewel in Ashland on the Hopi reservation": the town before the reservation is one too.
  if (kind === RESERVATION) townBeforeReservation(ctx, words[0]!);
  // "Norton's Pharmacy & Medical": a pharmacy's second trade after "&" is part of its name.
  const andTrade = kind === PHARMACY ? /^[ \t]*&[ \t]*(?:home[ \t]+)?(?:medical|surgical|supply|supplies|compounding|gifts|wellness)\b/i.exec(text.slice(head.end, head.end + 24)) : null;
  const after = forKind ?? onWheels ?? andTrade;
  if (after) for (let j = h + 1; j < tokens.length && tokens[j]!.end <= head.end + after[0].length; j++) mark(ctx, j, 'place-kind-named');
  return true;
}

/** Words in brackets that say which part or what kind of a place, not where it is. */
const NOT_BRACKET_TOWN = /^(?:inpatient|outpatient|main|north|south|east|west|downtown|campus|formerly|now|attn|fax|phone|tel|closed|new|old|ltc|snf|the|a|an|and|or|of|in|at|for|to|on|by|via|per|cc|see|same|other|unit|floor|wing|building|bldg|site|office|clinic|center|lab|dept|department|program|team|pharmacy|services|patient|pt|pts|day|night|weekend|weekends|open|only|yes|no|unknown|unk|approx|about|partner|partners|bartender|host|owner|staff|member|members)$/;

/** Marks a town written in brackets right after the place whose head is token h. */
function townInBrackets(ctx: PlaceCtx, h: number): void {
  const { tokens, text } = ctx;
  const m = /^[ \t]*\(([^()\n]{2,40})\)/.exec(text.slice(tokens[h]!.end, tokens[h]!.end + 44));
  if (!m) return;
  const open = tokens[h]!.end + m[0].indexOf('(') + 1;
  const close = open + m[1]!.length;
  const inside: number[] = [];
  for (let k = h + 1; k < tokens.length && tokens[k]!.start < close; k++) if (tokens[k]!.start >= open) inside.push(k);
  if (inside.length === 0 || inside.length > 3 || /[\d:@/#]/.test(m[1]!)) return;
  const mixed = tokens[inside[0]!]!.lineCase === 'mixed';
  for (const k of inside) {
    const t = tokens[k]!;
    const f = ctx.f[k]!;
    if (NOT_BRACKET_TOWN.test(t.key) || f.fn || (f.clinical && !f.town && !f.city) || (mixed && !t.cap)) return;
    // In one case an everyday word must be a listed town ("(WELCOME)" is one; "(OPEN LATE)" is not).
    if (!mixed && f.english && !f.town && !f.city) return;
  }
  // A state in the brackets stays ("(Adalbertoville, ND)"): only what is smaller than a state is a place to hide.
  for (const k of inside) if (!ctx.lists.states.has(tokens[k]!.key) && !ctx.lists.stateAbbr.has(text.slice(tokens[k]!.start, tokens[k]!.end).toUpperCase())) mark(ctx, k, 'place-kind-named');
}

/** Marks the town after a comma that closes a bracket, right after the place whose head is token h. */
function townAfterComma(ctx: PlaceCtx, h: number): void {
  const { tokens, text } = ctx;
  const m = /^,[ \t]*([^(),\n\d]{2,30})\)/.exec(text.slice(tokens[h]!.end, tokens[h]!.end + 34));
  if (!m) return;
  const open = tokens[h]!.end + m[0].length - 1 - m[1]!.length;
  const inside: number[] = [];
  for (let k = h + 1; k < tokens.length && tokens[k]!.start < open + m[1]!.length; k++) if (tokens[k]!.start >= open) inside.push(k);
  if (inside.length === 0 || inside.length > 3) return;
  for (const k of inside) {
    const t = tokens[k]!;
    const f = ctx.f[k]!;
    if (NOT_BRACKET_TOWN.test(t.key) || f.fn || (f.clinical && !f.town && !f.city) || ctx.lists.states.has(t.key) || (t.lineCase === 'mixed' && !t.cap)) return;
  }
  for (const k of inside) mark(ctx, k, 'place-kind-named');
}

/** Marks the town in "in <town> on the <name> reservation" before the name's first token `w`. */
function townBeforeReservation(ctx: PlaceCtx, w: number): void {
  const { tokens } = ctx;
  if (w < 4 || tokens[w - 1]!.key !== 'the' || tokens[w - 2]!.key !== 'on') return;
  const town: number[] = [];
  for (let k = w - 3; k >= 0 && town.length < 3; k--) {
    if (tokens[k]!.key === 'in') {
      if (town.length > 0) for (const t of town) mark(ctx, t, 'place-kind-named');
      return;
    }
    const f = ctx.f[k]!;
    if (f.fn || (f.clinical && !f.town && !f.city) || (tokens[k]!.lineCase === 'mixed' && !tokens[k]!.cap) || !adjacent(ctx.text, tokens[k]!, tokens[k + 1]!)) return;
    town.unshift(k);
  }
}

/** A practice, hospital, church or bank named by its kind and the town after "of": "Pediatric Associates of Danbury",
 * "Children's Hospital of Haverhill", "First Baptist Church of Comfort", "First National Bank of Mankato", "visiting nurses
 * of findlay", "Endoscopy Center of Athol", "Lutheran Social Services of Lowell", "Mothers' Milk Bank of Austin". The
 * kind and the town are one name. */
const KIND_OF = /^(?:(?:oral[ \t]*(?:&|and)[ \t]*)?(?:pediatric|pediatrics|family|reproductive|fertility|internal|women['’]s|children['’]s|eye|orthopedic|orthopaedic|cardiology|dermatology|urology|nephrology|ophthalmology|gastroenterology|neurology|pulmonology|rheumatology|arthritis|infusion|travel|hometown|community|village|home|dental|oral|maxillofacial|surgery|smile|hearing|vision|sleep|kidney|dialysis|physical|hand|sports)[ \t]+(?:(?:health|medical|care|stone|(?:&|and)[ \t]+(?:osteoporosis|immunization|infusion|rheumatology|urology))[ \t]+)?(?:associates|partners|medicine|health|practice|group|hospital|center|centre|physicians|specialists|pharmacy|drug|care|surgery|dentistry|arts|therapy|medical|optical|audiology|lab|laboratory)|(?:first[ \t]+|1st[ \t]+)?(?:united[ \t]+)?(?:baptist|methodist|presbyterian|lutheran|congregational|christian|episcopal|pentecostal|reformed|evangelical|community|bible)[ \t]+church|(?:first[ \t]+|1st[ \t]+)?(?:national|savings|state|farmers|citizens)[ \t]+bank|visiting[ \t]+nurses?(?:[ \t]+association)?|(?:dermatopathology|pathology|skin[ \t]+pathology)[ \t]+(?:laboratory|lab|associates)|(?:medical|med|day)[ \t]+spa|tanning|(?:state[ \t]+)?university|hospice|audiology|optical|optometry|dentistry|orthodontics|smiles|eyes|better[ \t]+hearing|hearing[ \t]+(?:solutions|associates|center|centre)|(?:advanced[ \t]+)?wound[ \t]+(?:care|center|centre|clinic)|home[ \t]+infusion(?:[ \t]+services)?|spectacle[ \t]+shop|(?:lions[ \t]+)?eye[ \t]+bank|eye[ \t]+care|vision[ \t]+center|(?:encompass[ \t]+health[ \t]+)?rehabilitation[ \t]+(?:hospital|center|centre|institute)|(?:ambulatory[ \t]+)?endoscopy[ \t]+(?:center|centre|associates)|digestive[ \t]+(?:disease|health)[ \t]+(?:center|centre|associates|specialists)|(?:lutheran|catholic|jewish|episcopal|methodist)[ \t]+(?:social|family|community)[ \t]+services|new[ \t]+neighbors|(?:mothers['’]?[ \t]+)?milk[ \t]+bank|law[ \t]+offices?)[ \t]+of[ \t]+$/i;

/** Kinds of one word that a town may follow: "Hospice of the Valley" is left to its list, "Audiology of Camden" is not. */
/** Words after a practice's "of" that name no town: "center of excellence". */
const NOT_TOWN_OF = /^(?:excellence|choice|america|the|a|an|care|life|hope|health|healing|wellness|medicine)$/;
const SINGLE_KIND_OF = /^(?:hospice|audiology|optical|optometry|dentistry|orthodontics|smiles|eyes|tanning|university)$/;

export function kindOfTownRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  if (!/\bof\b/i.test(text) || !/services|neighbors|bank|offices?|associates|medicine|health|practice|group|hospital|center|centre|physicians|specialists|pharmacy|drug|care|hospice|hearing|wound|infusion|surgery|dentistry|arts|therapy|medical|optical|audiology|optometry|orthodontics|lab|church|bank|nurse|smiles|rehabilitation|eyes|shop|spa|tanning|university|laboratory/i.test(text)) return;
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i - 1]!.key !== 'of') continue;
    // The kind is one to five words ("Audiology of", "Dental Care of", "Oral & Maxillofacial Surgery of", "First United
    // Methodist Church of").
    const width = [6, 5, 4, 3].find((n) => i >= n && KIND_OF.test(text.slice(tokens[i - n]!.start, tokens[i]!.start))) ?? (SINGLE_KIND_OF.test(tokens[i - 2]!.key) && KIND_OF.test(text.slice(tokens[i - 2]!.start, tokens[i]!.start)) ? 2 : 0);
    if (width === 0) continue;
    const kindStart = tokens[i - width]!;
    const mixed = kindStart.lineCase === 'mixed';
    if (mixed && !kindStart.cap) continue;
    const words: number[] = [];
    for (let k = i; k < tokens.length && words.length < 3 && (k === i || adjacent(text, tokens[k - 1]!, tokens[k]!)); k++) {
      const t = tokens[k]!;
      const f = ctx.f[k]!;
      // In one case an everyday word names no town ("hospice of choice") unless a list holds it as one.
      // A practice's kind of three words or more names a town after "of" in any words ("urology associates of what
      // cheer", "Urology Associates of Faith"); a shorter kind's everyday word names none ("hospice of choice").
      const strong = width >= 3 && !NOT_TOWN_OF.test(t.key) && !/(?:ed|ing|ly)$/.test(t.key) && (f.town || f.city || f.last || !f.common);
      if (f.fn || f.clinical || /\d/.test(t.key) || (mixed && !t.cap) || (k > i && !mixed && /(?:ed|ing)$/.test(t.key)) || (GENERIC.has(t.key) && !strong) || (!mixed && !strong && f.english && (f.common || !f.last) && !f.town && !f.city)) break;
      // "University of Texas classification": a university of a state names no place smaller than one.
      if (k === i && /university/i.test(text.slice(tokens[i - width]!.start, tokens[i]!.start)) && ctx.lists.states.has(t.key)) break;
      words.push(k);
    }
    if (words.length === 0) continue;
    for (let k = i - width; k <= words[words.length - 1]!; k++) mark(ctx, k, 'place-kind-named');
  }
}

/** "rabbi siracusa of temple emanu-el", "at Congregation Beth Israel": a congregation named after its kind; a club too ("met at
 * club crossroads"). */
export function templeRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  if (!/temple|congregation|synagogue|masjid|club|oxford/i.test(text)) return;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // "moved into Oxford House Promise": a house of the Oxford network is named after its kind.
    if (t.key === 'house' && tokens[i - 1]!.key === 'oxford' && adjacent(text, tokens[i - 1]!, t)) {
      const k = i + 1;
      const w = tokens[k]!;
      const f = ctx.f[k]!;
      if (adjacent(text, t, w) && !f.fn && !f.clinical && !/\d/.test(w.key) && (w.lineCase !== 'mixed' || w.cap) && !/^(?:model|models|network|movement|charter|charters|inc|international|recovery|program|programs|concept|homes|houses|residence|residences|chapter|chapters|meeting|meetings|rules|standards|manual|style|approach|level)$/.test(w.key)) {
        mark(ctx, i - 1, 'place-kind-named');
        mark(ctx, i, 'place-kind-named');
        mark(ctx, k, 'place-kind-named');
      }
      continue;
    }
    if (!/^(?:temple|congregation|synagogue|masjid|club)$/.test(t.key) || !/^(?:of|at|to|from|with|in|attends|attended|venue)$/.test(tokens[i - 1]!.key) || (t.lineCase === 'mixed' && !t.cap)) continue;
    // "with club foot", "club soda": a club's name is no part of the body and no drink.
    if (t.key === 'club' && /^[ \t]+(?:foot|feet|hand|hands|drug|drugs|soda|sandwich|level|house|med|meds|membership|member|members)\b/i.test(text.slice(t.end, t.end + 14))) continue;
    const words: number[] = [];
    for (let k = i + 1; k < tokens.length && words.length < 3 && adjacent(text, tokens[k - 1]!, tokens[k]!); k++) {
      const w = tokens[k]!;
      const f = ctx.f[k]!;
      if (f.fn || f.clinical || /\d/.test(w.key) || (w.lineCase === 'mixed' && !w.cap) || GENERIC.has(w.key)) break;
      words.push(k);
    }
    if (words.length === 0) continue;
    mark(ctx, i, 'place-kind-named');
    for (const w of words) mark(ctx, w, 'place-kind-named');
  }
}
