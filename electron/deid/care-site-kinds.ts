// More kinds only a named practice, service or site has, read from the blood bank, allergy, radiation and ENT notes:
// "Golden Blood Bank & Donor Center", "Meadows Allergy and Immunology, PC", "Harmony Ear, Nose & Throat", "Stone Family
// House", "Justice Water Department". CARE_SERVICE kinds are also common nouns ("community blood center", "reference
// laboratory"), so their names must be a town's, a surname's or a region's words; CARE_KIND kinds name a place whatever
// words stand before them, once a cue or a mark opens the name.
const S = String.raw`[ \t]+`;
const AND = String.raw`${S}(?:&|and)${S}`;

export const CARE_SERVICE = [
  String.raw`blood${S}bank${AND}donor${S}(?:center|centre)`,
  String.raw`(?:(?:regional|community)${S})?blood${S}(?:center|centre|services|alliance|bank)`,
  String.raw`immunohematology${S}reference${S}lab(?:oratory)?`,
  'irl',
  String.raw`reference${S}lab(?:oratory)?`,
  String.raw`allergy${S}(?:associates|specialists|center|centre|clinic|group)`,
  String.raw`(?:pediatric${S})?ent${S}(?:associates|specialists|(?:&|and)${S}allergy)`,
  String.raw`head${AND}neck${S}(?:surgery|surgeons|associates)`,
  String.raw`voice${AND}swallow(?:ing)?${S}(?:center|centre|clinic)`,
  String.raw`speech${AND}language(?:${S}(?:center|centre|clinic|services|associates))?`,
  String.raw`(?:pediatric${S})?home${S}(?:nursing|infusion)`,
  String.raw`(?:hotel|inn)${AND}suites`,
  String.raw`senior${S}shuttle`,
  String.raw`hematology${AND}oncology`,
  String.raw`(?:lab${S})?logistics`,
  String.raw`health${AND}rehab(?:ilitation)?(?:${S}(?:center|centre))?`,
  String.raw`(?:sushi|oyster|juice)${S}bar|seafood${S}shack|bbq|zoo`,
  String.raw`audiology${AND}hearing${S}aids?`,
  String.raw`balance${AND}rehab(?:ilitation)?`,
  String.raw`respiratory${AND}dme`,
  String.raw`surgery${S}(?:center|centre)`,
  'otolaryngology',
  String.raw`printing(?:${S}(?:company|services))?`,
  'congregation',
  // From the infusion, hospice, protection and epilepsy notes (round 30).
  String.raw`family${S}services`,
  String.raw`neurology${S}(?:partners|associates|group|consultants)`,
  String.raw`elder${S}law`,
  String.raw`public${S}works`,
  String.raw`oxygen${AND}(?:dme|medical)`,
  String.raw`hardware|ready${S}mix`,
  String.raw`funeral${S}(?:home|chapel)|mortuary`,
  String.raw`elementary(?:${S}school)?|(?:middle|primary)${S}school`,
  String.raw`pediatric${S}neurology`,
  // From the pain, spine, marrow and vascular notes (round 31).
  String.raw`primary${S}care|physical${S}therapy|rehab${AND}sports${S}medicine|spine${AND}sports?${S}pt|comprehensive${S}care|recovery${S}(?:center|centre)`,
  String.raw`acute${S}rehab|behavioral${S}health|imaging|pet\/ct${S}(?:center|centre)|court${S}reporting|reporting${S}services|transplant${S}house`,
  String.raw`coal${S}company|lumber(?:${S}company)?|distribution${S}(?:center|centre)|roofing${AND}construction|plumbing${AND}heating|public${S}schools`,
  // From the burn, dive, telepsychiatry and geriatrics notes (round 32).
  String.raw`burn${S}(?:unit|center|centre|camp)|electric${S}cooperative|refining|foundry|(?:city${S})?marina|yacht${S}basin|scuba`,
  String.raw`diving${S}services|(?:&|and)${S}sons${S}salvage|marine${S}contractors|casino|geriatrics`,
  String.raw`foot${AND}ankle|care${S}(?:center|centre)|meals${S}on${S}wheels|oral${AND}maxillofacial${S}surgery|driving${S}school|public${S}library|(?:county${S})?road${S}department|oilfield${S}services`,
].join('|');

export const CARE_KIND = [
  String.raw`allergy,?${S}(?:asthma${S})?(?:&|and)${S}(?:immunology|asthma)(?:${S}(?:center|centre|clinic|associates|specialists))?(?:,?${S}p\.?c\.?(?![\p{L}\d]))?`,
  String.raw`asthma${AND}allergy(?:${S}(?:center|centre|clinic|associates|specialists))?`,
  String.raw`ear,?${S}nose${AND}throat(?:${S}(?:associates|center|centre|clinic|specialists|group))?`,
  String.raw`family${S}house`,
  'dial-a-ride',
  String.raw`(?:regional${S})?cancer${S}(?:center|centre|institute|lodge)`,
  String.raw`proton${S}(?:therapy${S})?(?:center|centre|institute)`,
  String.raw`(?:guest|hospitality)${S}house`,
  String.raw`ent${AND}facial${S}plastics`,
  String.raw`(?:thai|donut|doughnut|pizza|taco|noodle|ramen|burger|bagel|pho|curry|sushi)${S}(?:kitchen|shop|house|bar|place|palace|express|grill)|pizzeria|taqueria`,
  String.raw`(?:early${S})?learning${S}(?:center|centre|academy)|preschool|daycare|child${S}care|child${S}development${S}(?:center|centre)`,
  String.raw`water${S}(?:department|dept\.?|district|authority|works)`,
  String.raw`(?:home${S})?infusion${S}pharmacy|specialty${S}pharmacy|home${S}infusion${AND}nutrition`,
  String.raw`(?:ambulatory${S})?infusion${S}(?:suites|clinic)|ambulatory${S}infusion${S}(?:center|centre)|clinical${S}labs`,
  String.raw`id${S}consultants|cleanroom${S}certification|tissue${S}services|donor${S}network`,
  String.raw`crematory|crematorium|assisted${S}living`,
  String.raw`(?:emergency|youth)${S}shelter(?:${S}for${S}children)?|foster${S}care${S}network`,
  String.raw`child(?:ren)?(?:['’]s)?${S}advocacy${S}(?:center|centre)|(?:supervised|family)${S}visitation${S}(?:center|centre)`,
  String.raw`comprehensive${S}epilepsy${S}(?:center|centre|program)|pediatric${S}id${S}clinic|regional${S}(?:reference|crime)${S}lab(?:oratory)?`,
  // From the pain, spine, marrow and vascular notes (round 31).
  String.raw`spine${AND}pain|pain${S}management${S}(?:center|centre|associates)|pain${AND}spine${S}(?:institute|center|centre)`,
  String.raw`(?:public${S})?cord${S}blood${S}(?:bank|program)|hla${AND}transplant${S}immunology${S}lab(?:oratory)?|histocompatibility${S}lab(?:oratory)?`,
  String.raw`(?:infusion${AND})?apheresis${S}(?:center|centre|clinic)|photopheresis${S}(?:center|centre|clinic)`,
  String.raw`(?:pointe|crossing|village|gardens|commons|terrace|towers|manor|landing|heights)${S}apartments`,
  String.raw`neuromonitoring|ionm${S}services|neurodiagnostics|neurosurgery${AND}spine|orthopedic${AND}spine${S}(?:clinic|center|centre|institute)|spine${S}institute`,
  // ("U.S. Renal Care Hurricane" is a chain's unit, read with its town by chain-sites.ts.)
  String.raw`(?<!u\.?[ \t]?s\.?[ \t]+)renal${S}care|home${AND}in-center${S}dialysis|wheelchair${S}van${S}service|mobility${AND}medical|surgical${S}supply`,
  String.raw`wound${S}care${S}(?:center|centre|clinic)|wound${AND}hyperbaric${S}(?:center|centre)|cardiology${S}associates|drug${AND}compounding`,
  String.raw`(?:cancer${S}care|construction)(?=,?${S}(?:pllc|llc|inc|p\.?c\.)(?![\p{L}]))`,
  // From the burn, dive, telepsychiatry and geriatrics notes (round 32).
  String.raw`(?:dive${S})?charters|dive${S}(?:shop|center|centre)|divers|o&p|compression${S}garments|hand${AND}upper${S}extremity${S}(?:rehab|rehabilitation|therapy)|skin${S}bank|(?:regional${S})?tissue${S}bank`,
  String.raw`fire${S}protection${S}district|volunteer${S}fire${S}(?:company|department|dept\.?)|fire-rescue|fire${S}marshal['’]s${S}office|extended${S}stay`,
  String.raw`regional${S}skymed|air${S}medical|burn${AND}wound${S}(?:center|centre)|dive${AND}snorkel|subsea(?:,?${S}llc)?|foot${AND}wound${S}specialists`,
  String.raw`(?:center|centre)${S}for${S}wound${S}healing${AND}hyperbaric${S}medicine|hyperbaric${S}(?:medicine|unit)`,
  String.raw`telepsychiatry|virtual${S}behavioral${S}health(?:,?${S}pllc)?|behavioral${S}health${S}partners|counseling${S}(?:center|centre)`,
  String.raw`(?:county${S})?crisis${S}services|(?:county${S})?mobile${S}crisis${S}team|mcrt|crisis${S}stabilization${S}unit|crisis${S}(?:center|centre)`,
  String.raw`community${S}mental${S}health${S}(?:center|centre)|rural${S}health${S}clinic|community${S}health${S}(?:center|centre)|feed${AND}supply`,
  String.raw`drug${AND}gift|driver${S}rehabilitation${S}program|adult${S}day${S}(?:health|center|centre|program|services)|home${S}companions`,
  String.raw`(?:county${S})?office${S}for${S}the${S}aging|(?:area${S})?agency${S}on${S}aging|council${S}on${S}aging|memory${AND}aging${S}(?:center|centre)`,
  String.raw`house${S}memory${S}care|senior${S}living|elder${S}law${S}(?:group|center|centre|associates|office|firm)`,
].join('|');

/** Every word a kind above opens on, for the practice rule's gate. */
export const CARE_KIND_WORDS = 'blood immunohematology irl reference allergy ent pediatric head voice speech home regional cancer hotel inn senior hematology lab logistics infusion health sushi oyster juice seafood bbq zoo audiology balance respiratory surgery otolaryngology printing congregation asthma ear family dial water proton guest hospitality thai donut doughnut pizza taco noodle ramen burger bagel pho curry early learning preschool daycare pizzeria taqueria child neurology elder public oxygen hardware ready specialty id cleanroom tissue donor crematory crematorium assisted emergency youth foster children supervised elementary middle primary comprehensive funeral mortuary ambulatory clinical physical rehab spine primary recovery behavioral imaging pet court reporting transplant coal lumber distribution roofing plumbing pain public cord hla histocompatibility infusion apheresis photopheresis pointe crossing village gardens commons terrace towers manor landing heights neuromonitoring ionm neurodiagnostics neurosurgery orthopedic acute renal wheelchair mobility surgical wound cardiology drug cancer construction burn electric refining foundry marina yacht scuba charters dive diving salvage marine casino geriatrics maxillofacial driving library road oilfield o compression extremity skin tissue fire marshal stay skymed air snorkel subsea wound hyperbaric telepsychiatry virtual partners counseling crisis mcrt mental rural feed gift driver adult companions aging memory senior elder wheels care divers ankle';

/** Kinds an everyday pair of words may also stand before ("attends preschool", "our learning center"): the name
 * before them is two words at least ("Tiny Treasures Preschool", "kiddie korner learning center"). */
export const TWO_WORD_KIND = /^(?:charters|divers|(?:early[ \t]+)?learning[ \t]+(?:center|centre|academy)|preschool|daycare|child[ \t]+care|child[ \t]+development[ \t]+(?:center|centre)|hardware)$/i;
