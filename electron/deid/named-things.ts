// Things named like people or places that are neither: decision rules and criteria named for the city that wrote them
// ("San Francisco Syncope Rule", "Milan criteria"), viruses named for a river or a town ("Marburg virus", "Coxsackie"),
// public lines anyone may call ("Poison Control 1-800-222-1222"), airlines one flew, kinds of clinic ("the TB clinic"),
// a form's number ("VA Form 21-526EZ"), a trade after "works as a", a jail's housing ("B-Block"), an HLA match ("3/6
// HLA mismatch"), a chain or a laboratory named with no site ("a DaVita unit", "drawn at Quest"), scales named for their
// authors, a study's registrations and codes, research systems and national suppliers, public programs and bodies, campaigns
// and units of service, devices and their makers' sites, a chain as a workplace. A candidate inside
// one or overlapping one is dropped: none of them tells who the patient is.
import { chartSpans } from './named-chart';
import { specialtySpans } from './named-specialty';
import { giSleepNewbornSpans } from './named-gi-sleep-newborn';
import { stormFootFertilitySpans } from './named-storm-foot-fertility';
import { allergenBloodEntSpans } from './named-allergen-blood-ent';
import { infusionHospiceProtectionSpans } from './named-infusion-hospice-protection';
import { spineMarrowVascularSpans } from './named-spine-marrow-vascular';
import { burnDivePsychElderSpans } from './named-burn-dive-psych-elder';
import { plasticMilkGutLungSpans } from './named-plastic-milk-gut-lung';
import { gearSpans } from './named-gear';
import { kitSpans } from './named-kit';
import { productSpans } from './named-products';
import type { Candidate } from './patterns';

const CITY_RULE = /\b(?:san[ \t]+francisco[ \t]+syncope|ottawa[ \t]+(?:ankle|knee|foot|sah|subarachnoid(?:[ \t]+hemorrhage)?)|canadian[ \t]+(?:c-?spine|ct[ \t]+head|syncope|cardiovascular)|richmond[ \t]+agitation(?:[ \t-]+sedation)?|(?:boston|rochester|philadelphia|milan|montreal|geneva|oakland|framingham|seattle|toronto|edmonton|vienna|paris|sydney|berlin|amsterdam|tokyo|lugano|ann[ \t]+arbor|hamburg|copenhagen|kyoto|los[ \t]+angeles|new[ \t]+york|baltimore|glasgow-blatchford))[ \t]+(?:criteria|score|classification|staging|stage|protocol|definition|rules?|consensus|scale|questionnaire|system|guidelines|model|heart[ \t]+failure[ \t]+model)\b/gi;
/** Viruses and fevers that only ever name a disease in a note. */
const VIRUS_ONLY = 'coxsackie|coxsackievirus|ebola|zika|lassa|hantaan|nipah|hendra|chikungunya|powassan|machupo|junin|kyasanur|crimean-congo';
/** Viruses named for a place that is also a town: only with their disease word, or beside a virus of the first kind. */
const VIRUS_PLACE = 'marburg|norwalk|west[ \\t]+nile|rift[ \\t]+valley|la[ \\t]+crosse|jamestown[ \\t]+canyon|heartland|bourbon|colorado[ \\t]+tick|rocky[ \\t]+mountain[ \\t]+spotted|st\\.?[ \\t]+louis|eastern[ \\t]+equine|western[ \\t]+equine|venezuelan[ \\t]+equine|murray[ \\t]+valley|ross[ \\t]+river|japanese';
const VIRUS = new RegExp(`\\b(?:(?:${VIRUS_ONLY})(?:[ \\t]+(?:virus|viral|fever|disease|a\\d+|b\\d+))?|(?:${VIRUS_PLACE})[ \\t]+(?:virus|fever|disease|encephalitis|hemorrhagic[ \\t]+fever)|(?:${VIRUS_PLACE})(?=[ \\t]*(?:,|or|and|\\/)[ \\t]*(?:${VIRUS_ONLY})\\b)|(?<=\\b(?:${VIRUS_ONLY})[ \\t]*(?:,|or|and|\\/)[ \\t]*)(?:${VIRUS_PLACE}))\\b`, 'gi');
/** Lines the public calls (poison control, crisis, abuse and benefit lines): their digits, without a leading 1. */
const PUBLIC_LINES = new Set(['8002221222', '8002738255', '8007997233', '8006624357', '8004224453', '8883737888', '8009855990', '8775658860', '8009506264', '8002324636', '8006334227', '8007721213', '8008271000', '8882221222']);
const PHONE_LIKE = /(?<![\d-])(?:1[ \t.-]?)?\(?(8[0-9]{2})\)?[ \t.-]?(\d{3})[ \t.-]?(\d{4})(?![\d-])/g;
const AIRLINE = /\b(?:flew|flying|flight[ \t]+on|flights[ \t]+on|airline:?|aboard|booked[ \t]+on|via)[ \t]+((?:delta|united|american(?:[ \t]+airlines)?|southwest|jetblue|alaska(?:[ \t]+airlines)?|spirit|frontier|allegiant|hawaiian|lufthansa|air[ \t]+canada|british[ \t]+airways|aer[ \t]+lingus|emirates|qatar|klm|air[ \t]+france|sun[ \t]+country|breeze|avelo|westjet|aeromexico|copa|avianca|iberia|tap|turkish(?:[ \t]+airlines)?|ethiopian(?:[ \t]+airlines)?)(?:[ \t]+airlines)?)\b/gi;
const CLINIC_KIND = /(?<=\b(?:the|a|an|our|their|his|her|this|that|to|at|in)[ \t]+)(?:tb|hiv|std|sti|id|travel|anticoagulation|coumadin|inr|wound|ostomy|lipid|diabetes|asthma|allergy|pain|sleep|memory|fracture|fertility|methadone|suboxone|bridge|walk-in|urgent[ \t]+care|fast[ \t]+track|prenatal|well[ \t]+child|immunization|refugee|vaccine|flu)[ \t]+(?:clinic|center|centre)\b|\bfast[ \t]+track\b/gi;
const FORM_NUMBER = /\bform[ \t]+#?[ \t]*[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,8}){1,2}\b/gi;
const TRADE = /\b(?:works?|worked|working|employed|job)[ \t]+as[ \t]+an?[ \t]+([a-z]+)\b/gi;
const CYCLE_THRESHOLD = /\b(?:pcr[ \t]+)?ct[ \t]+values?\b|\bpcr[ \t]+ct\b/gi;
/** Payers named for a place or a person, after a payer's cue ("Carrier: The Hartford", "Insurance: Tufts Health Plan"). */
const PAYER_NAMES = /\b(?:hartford|travelers|tufts[ \t]+health(?:[ \t]+(?:plan|public[ \t]+plans|freedom[ \t]+plan))?|harvard[ \t]+pilgrim(?:[ \t]+health[ \t]+care)?|fallon(?:[ \t]+health)?|health[ \t]+new[ \t]+england|neighborhood[ \t]+health[ \t]+plan|masshealth|anthem|aetna|cigna|humana|highmark|excellus|molina|wellcare|ambetter|sedgwick|gallagher[ \t]+bassett|zurich|hanover|arbella|plymouth[ \t]+rock|geico|state[ \t]+farm|allstate|nationwide|progressive|liberty[ \t]+mutual|united[ \t]*healthcare|blue[ \t]+cross(?:[ \t]+(?:and[ \t]+|&[ \t]+)?blue[ \t]+shield)?|oxford(?:[ \t]+health[ \t]+plans?)?|carefirst|premera|regence|kaiser(?:[ \t]+permanente)?|amerigroup|caresource|medica|priority[ \t]+health|point32health|tricare|champva)\b/i;
const PAYER = /\b(?:insurance|insurer|ins|carrier|payer|payor|coverage|plan|policy|primary|secondary|claims?[ \t]+administrator|tpa|comp(?:ensation)?|covered[ \t]+by|insured[ \t]+(?:by|with)|has)\b[^\n]{0,12}?\b((?:the[ \t]+)?(?:hartford|travelers|tufts[ \t]+health(?:[ \t]+(?:plan|public[ \t]+plans|freedom[ \t]+plan))?|harvard[ \t]+pilgrim(?:[ \t]+health[ \t]+care)?|fallon(?:[ \t]+health)?|health[ \t]+new[ \t]+england|neighborhood[ \t]+health[ \t]+plan|masshealth|anthem|aetna|cigna|humana|highmark|excellus|molina|wellcare|ambetter|sedgwick|gallagher[ \t]+bassett|zurich|hanover|arbella|plymouth[ \t]+rock|geico|state[ \t]+farm|allstate|nationwide|progressive|liberty[ \t]+mutual|united[ \t]*healthcare|blue[ \t]+cross(?:[ \t]+(?:and[ \t]+|&[ \t]+)?blue[ \t]+shield)?|oxford(?:[ \t]+health[ \t]+plans?)?|carefirst|premera|regence|kaiser(?:[ \t]+permanente)?|amerigroup|caresource|medica|priority[ \t]+health|point32health|tricare|champva))\b/gi;
/** A jail's housing ("B-Block", "C-pod"), a sally port, an HLA match out of six or more ("3/6 HLA mismatch"). */
const HOUSING = /(?<![\p{L}\p{M}\d])[A-Z]-?(?:block|pod|tier|wing|dorm)(?![\p{L}\p{M}\d])|\bsally[ \t]+ports?\b/giu;
const HLA_MATCH = /\b\d{1,2}\/(?:6|8|10|12)[ \t]+(?:hla[ \t]+)?(?:mismatch(?:ed)?|match(?:ed)?|antigen)\b/gi;
/** A national chain or laboratory named with no site: "a DaVita unit", "drawn at Quest", "any CVS", "filled at Walgreens.". */
const CHAIN_ALONE = /\b(?:(?:a|any|another)[ \t]+(?:davita|fresenius|dci|cvs|walgreens|rite[ \t]+aid|walmart|quest|labcorp)|(?<=\b(?:drawn|sent|done|collected|resulted|processed)[ \t]+(?:at|to|by)[ \t]+)(?:quest(?:[ \t]+diagnostics)?|labcorp|arup|bioreference|mayo[ \t]+(?:medical[ \t]+)?laboratories)(?=[ \t]*[.,;)\n]|$)|(?<=\b(?:filled|refilled|picked[ \t]+up|fills|uses)[ \t]+(?:at|from|by)[ \t]+)(?:walgreens|cvs|rite[ \t]+aid|walmart|costco|kroger|publix)(?=[ \t]*[.,;)\n]|$))\b/gi;
/** Scales and stages named for the people who wrote them: "Hoehn and Yahr stage 2", "Allen Cognitive Level 4.2". */
const PERSON_SCALE = /\b(?:allen[ \t]+cognitive(?:[ \t]+(?:level|screen))?|hoehn[ \t]+(?:and|&)[ \t]+yahr|karnofsky|lansky|waterlow|barthel(?:[ \t]+index)?|katz[ \t]+(?:adl|index)|lawton(?:[ \t]+(?:iadl|brody))?(?=[ \t]+(?:iadl|scale|score|index|instrumental|\d)|[ \t]*[:=])|lawton[ \t]+(?:iadl|brody)|folstein|hamilton[ \t]+(?:depression|anxiety|rating)|beck[ \t]+(?:depression|anxiety)|yale-?brown|edinburgh[ \t]+postnatal|zung[ \t]+(?:depression|anxiety|self-rating))\b(?:[ \t]*[:=]?[ \t]*\d{1,3}(?:\.\d)?\/\d{1,3}\b)?/gi;
/** A research site's and a study's own numbers and systems, which name no person: the IRB's and the assurance's
 * registrations, an IDE, a compound's code, a MedDRA term, an MDS item, the data systems and national suppliers. */
const STUDY_CODE = /\b(?:irb|fwa)\d{6,8}\b|\bIDE[ \t]*#?[ \t]*[GH]\d{6}\b|\bmeddra(?:[ \t]+(?:pt|llt|soc|hlt|hlgt|code))?[ \t]*:?[ \t]*\d{8}\b|\b(?:item|section|mds)[ \t]+[A-Z]\d{4}[A-Z]?\d?\b|\b(?:study[ \t]+drug|compound|investigational[ \t]+product)[ \t]+[A-Z]{2,4}-?\d{3,7}\b/gi;
const SYSTEM_OR_SUPPLIER = /\b(?:medidata(?:[ \t]+rave)?|veeva(?:[ \t]+vault)?|redcap|oncore|pointclickcare|matrixcare|medline|mckesson|cardinal[ \t]+health|owens[ \t]*(?:&|and)[ \t]*minor)\b|\b(?:the|a)[ \t]+union[ \t]+hall\b|\b(?:aetna|unitedhealthcare|uhc|cigna|wellfleet|blue[ \t]+cross(?:[ \t]+blue[ \t]+shield)?)[ \t]+student[ \t]+(?:health|insurance|plan)(?:[ \t]+plan)?\b/gi;
/** Public programs, national bodies and services named like a place or a person, which name no one's place: "Important
 * Message from Medicare", "the Indian Health Service", "a Vet Center", "Grant and Per Diem", "Charity care", "Uber Health",
 * "Goodwill", "the CBOC", "a critical access hospital", "the regional hospital" (none named: after an article only, so
 * "the Salem Vet Center" stays a place). */
const PUBLIC_BODY = /\b(?:important[ \t]+message[ \t]+from[ \t]+medicare|medicare|medicaid|tricare|champva|social[ \t]+security(?:[ \t]+administration)?|indian[ \t]+health[ \t]+service|grant[ \t]+and[ \t]+per[ \t]+diem|grant[ \t]+of[ \t]+service[ \t]+connection|charity[ \t]+care|uber[ \t]+health|lyft[ \t]+healthcare|goodwill|salvation[ \t]+army|meals[ \t]+on[ \t]+wheels|afhcan)\b/gi;
/** Kinds of site that are generic after an article ("the CBOC", "a Vet Center"), not in a name ("the Salem Vet Center"). */
const GENERIC_SITE = /\b(?:cboc|vamc|vet[ \t]+centers?|critical[ \t]+access[ \t]+hospitals?|regional[ \t]+(?:hospital|medical[ \t]+center))\b(?![ \t]+(?:of|in|at)\b)/gi;
const ARTICLE_BEFORE = /\b(?:the|a|an|our|local|nearest|any)[ \t]+$/i;
/** Campaigns, theaters and units of service, which name no place a person lives ("Operation Desert Storm", "Southwest
 * Asia", "2/7 Marines", "a Sergeant Major"); tribes and winds named for a people ("Northern Cheyenne", "a Chinook wind"). */
const SERVICE_HISTORY = /\boperation[ \t]+(?:desert[ \t]+(?:storm|shield)|iraqi[ \t]+freedom|enduring[ \t]+freedom|new[ \t]+dawn|inherent[ \t]+resolve|freedom[ \t]+(?:sentinel|'?s[ \t]+sentinel)|just[ \t]+cause|restore[ \t]+hope|allied[ \t]+force|noble[ \t]+eagle)\b|\bsouthwest[ \t]+asia\b|\b\d\/\d{1,3}[ \t]+(?:marines|cavalry|cav|infantry|inf|artillery|fa|armor|ar|aviation|rangers|sfg|sfg\(a\))\b|\b(?:sergeant|sgt\.?|command[ \t]+sergeant|master[ \t]+sergeant|first[ \t]+sergeant|staff[ \t]+sergeant)[ \t]+major\b|\b(?:northern|southern)[ \t]+cheyenne\b|\bchinook[ \t]+winds?\b/gi;
/** Implanted and home devices, their makers, networks and suppliers, named with no serial and not as a person or a street: "Abbott Gallant HF CRT-D",
 * "Biotronik Edora 8 DR-T", "St. Jude Medical", "Merlin.net", "FreeStyle Libre 3 Plus", "through Byram", "Phonak Audéo". */
const DEVICE_MAKER = /\b(?:smith[ \t]*&[ \t]*nephew(?:,?[ \t]+inc\.?)?|biotronik|medtronic|boston[ \t]+scientific|st\.?[ \t]+jude[ \t]+medical(?![ \t]+(?:center|centre|hospital|clinic))|microport|livanova|dexcom|insulet|edgepark|resmed|respironics|cochlear(?![ \t]+implant[ \t]+(?:center|centre|program|clinic|institute|team))|advanced[ \t]+bionics|med-el|phonak|oticon|signia|resound|widex|nevro|abiomed|(?:abbott|tandem|starkey)(?=[ \t]+(?:gallant|entrant|assurity|endurity|quadra|freestyle|merlin|heartmate|ensite|mitraclip|t:slim|mobi|evolv|genesis|livio)\b))\b|(?<=\b(?:through|via|supplier:?|dme:?)[ \t]+)byram(?=[ \t]+healthcare\b|[ \t]*[.;\n]|$)|\b(?:merlin\.net|carelink|latitude[ \t]+nxt|home[ \t]+monitoring|mycarelink|gallant(?:[ \t]+hf)?|entrant|assurity|endurity|quadra[ \t]+assura|edora(?:[ \t]+\d{1,2})?(?:[ \t]+(?:dr|sr|hf)(?:-t)?)?|evity|amvia|azure(?:[ \t]+(?:xt|s))?(?:[ \t]+(?:dr|sr))?|freestyle[ \t]+libre(?:[ \t]+\d)?(?:[ \t]+plus)?|omnipod(?:[ \t]+\d)?|heartmate(?:[ \t]+(?:ii|3))?|aud[eé]o|airsense(?:[ \t]+\d+)?|dreamstation|midas[ \t]+rex)(?:[ \t]+(?:crt-?[dp]|icd|s-icd|ipg|crt))?\b(?![ \t]+(?:lane|ln|street|st|road|rd|avenue|ave|drive|court|ct|way|blvd|circle|place|pl|terrace|trail|family|funeral)\b)/giu;
const TITLE_BEFORE = /\b(?:dr|drs|mr|mrs|ms|miss|mx|prof|dra|nurse|pastor)\.?[ \t]+$/i;
/** Makers' and public bodies' own sites, with no number in them: "www.medtronic.com/mri", "cdc.gov/vaccines" (not an
 * address at them, "j.roe@va.gov", nor a site under them, "myhealth.va.gov"). */
const PUBLIC_SITE = /(?<![@\w.-])(?:https?:\/\/)?(?:www\.)?(?:medtronic|abbott|bostonscientific|biotronik|dexcom|resmed|cochlear|cdc|nih|fda|cms|medicare|va|ihs|hhs|samhsa)\.(?:com|gov|org)(?:\/[a-z\-/]*)?(?![\w./])/gi;
/** A crew's boss and other roles named by their trade, after an article: "discussed with the foreman". */
const TRADE_ROLE = /\b(?:foreman|forewoman|boss|landlord|rancher|trucker|deckhand)\b/gi;
/** A national chain as a workplace, with no site: "works at Walmart part time". */
const JOB_BEFORE = /\b(?:works?|worked|working|employed|job|shifts?|cashier|stocker)[ \t]+(?:at|for|with)[ \t]+$/i;
const CHAIN_JOB = /\b(?:walmart|wal-mart|target|costco|amazon|mcdonald'?s|starbucks|home[ \t]+depot|lowe'?s|kroger|dollar[ \t]+general|ups|fedex|usps)\b(?![ \t]+(?:in|on|at|of)[ \t]+\p{Lu})/giu;
/** A record's own word before its number, which some lists hold as a name: "(sid 5255776)", "SID 900653160". */
const RECORD_LABEL = /\b(?:sid|pid|eid|emplid|acct|mrn)(?=[ \t]*#?:?[ \t]*[A-Za-z]{0,2}\d{5,})/gi;
/** A van that carries people ("via chair van", "by wheelchair van service"), not a particle of a name ("van Dyke"); a
 * named van service is a place ("Gateway Wheelchair Van Service"). */
const VAN = /\b(?:chair|wheelchair|transport|medical|ride|handicap|handicapped|accessible|ambulette|mini|cargo|work|police|delivery)[ \t]+vans?\b(?![ \t]+(?:service|services|company|co\.|lines)\b)|(?<=\b(?:by|via|per|the|a|an|with|needs|using|uses|and|or|for|to|of|on|in|booked|arranged|call|called|ordered|requested|no)[ \t]+)(?:chair|wheelchair|medical|handicap|accessible)[ \t]+vans?[ \t]+(?:service|services)\b/gi;
const LE_FORT = /\ble[ \t]+fort[ \t]+(?:i{1,3}|[123])\b/gi;

/** The spans of text no candidate may be found inside. */
function namedSpans(text: string, open: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // `before`, when given, must (or with `not`, must not) match the text right before the thing.
  const add = (re: RegExp, group = 0, before?: RegExp, not = false): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = group ? m.index + m[0].lastIndexOf(m[group]!) : m.index;
      if (before && before.test(text.slice(Math.max(0, s - 24), s)) === not) continue;
      out.push([s, s + m[group]!.length]);
    }
  };
  const lower = text.toLowerCase();
  if (/rule|criteria|score|classification|stag|protocol|definition|consensus|scale|questionnaire|system|guideline|model|agitation/.test(lower)) add(CITY_RULE);
  if (/virus|fever|coxsackie|ebola|zika|lassa|hantaan|nipah|hendra|chikungunya|powassan|machupo|junin|kyasanur|congo|encephalitis|disease/.test(lower)) add(VIRUS);
  if (/flew|flying|flight|airline|aboard|booked|via/.test(lower)) add(AIRLINE, 1);
  if (/work|employ|driv|retired/.test(lower)) {
    TRADE.lastIndex = 0;
    for (let m = TRADE.exec(text); m; m = TRADE.exec(text)) out.push([m.index + m[0].length - m[1]!.length, m.index + m[0].length]);
  }
  if (/clinic|center|centre|track/.test(lower)) add(CLINIC_KIND);
  if (lower.includes('form')) add(FORM_NUMBER);
  if (/\bct\b/.test(lower)) add(CYCLE_THRESHOLD);
  if (lower.includes('fort')) add(LE_FORT);
  if (lower.includes('van')) add(VAN);
  if (/cognitive|yahr|karnofsky|lansky|waterlow|barthel|katz|lawton|folstein|hamilton|beck|yale|edinburgh|zung/.test(lower)) add(PERSON_SCALE);
  if (/irb|fwa|ide|meddra|item|section|mds|study|compound|investigational/.test(lower)) add(STUDY_CODE);
  if (/medidata|veeva|redcap|oncore|pointclickcare|matrixcare|medline|mckesson|cardinal|owens|union|student/.test(lower)) add(SYSTEM_OR_SUPPLIER);
  if (/medicare|medicaid|tricare|champva|social|indian|grant|charity|uber|lyft|goodwill|salvation|meals|afhcan/.test(lower)) add(PUBLIC_BODY);
  if (/cboc|vamc|vet|access|regional/.test(lower)) add(GENERIC_SITE, 0, ARTICLE_BEFORE);
  if (/operation|asia|\d\/\d|major|cheyenne|chinook/.test(lower)) add(SERVICE_HISTORY);
  if (/nephew|abbott|tandem|starkey|biotronik|medtronic|boston|jude|microport|livanova|dexcom|insulet|tandem|byram|edgepark|resmed|respironics|cochlear|bionics|med-el|phonak|oticon|signia|resound|widex|starkey|nevro|abiomed|merlin|carelink|latitude|home monitoring|gallant|entrant|assurity|endurity|assura|edora|evity|amvia|azure|libre|omnipod|heartmate|audéo|audeo|airsense|dreamstation|midas/.test(lower)) add(DEVICE_MAKER, 0, TITLE_BEFORE, true);
  if (/\.(?:com|gov|org)/.test(lower)) add(PUBLIC_SITE);
  if (/sid|pid|eid|emplid|acct|mrn/.test(lower)) add(RECORD_LABEL);
  if (/foreman|forewoman|boss|landlord|rancher|trucker|deckhand/.test(lower)) add(TRADE_ROLE, 0, ARTICLE_BEFORE);
  if (/work|employ|job|shift|cashier|stocker/.test(lower)) add(CHAIN_JOB, 0, JOB_BEFORE);
  if (/block|pod|tier|wing|dorm|sally/.test(lower)) add(HOUSING);
  if (lower.includes('/')) add(HLA_MATCH);
  if (/davita|fresenius|dci|cvs|walgreens|rite|walmart|quest|labcorp|arup|bioreference|mayo/.test(lower)) add(CHAIN_ALONE);
  if (PAYER_NAMES.test(text)) add(PAYER, 1);
  if (/8\d\d/.test(text)) {
    PHONE_LIKE.lastIndex = 0;
    for (let m = PHONE_LIKE.exec(text); m; m = PHONE_LIKE.exec(text)) if (PUBLIC_LINES.has(`${m[1]}${m[2]}${m[3]}`)) out.push([m.index, m.index + m[0].length]);
  }
  out.push(...productSpans(text, lower, open));
  out.push(...gearSpans(text, open));
  out.push(...kitSpans(text, open));
  out.push(...chartSpans(text, open));
  out.push(...specialtySpans(text, open));
  out.push(...giSleepNewbornSpans(text, open));
  out.push(...stormFootFertilitySpans(text, open));
  out.push(...allergenBloodEntSpans(text, open));
  out.push(...infusionHospiceProtectionSpans(text, open));
  out.push(...spineMarrowVascularSpans(text, open));
  out.push(...burnDivePsychElderSpans(text, open));
  out.push(...plasticMilkGutLungSpans(text, open));
  // "Tri-Valley Meals on Wheels", "PRAIRIE ROSE MEALS ON WHEELS": a local program named before the national one's name is
  // a place; the national name alone stays.
  // ("Ross County Meals on Wheels", "Meals on Wheels of Lakeland": a county's program, or one named with its town after.)
  return out.filter(([s, e]) => !/^meals[ \t]+on[ \t]+wheels$/i.test(text.slice(s, e)) || !(LOCAL_BEFORE.test(text.slice(Math.max(0, s - 30), s)) || COUNTY_BEFORE.test(text.slice(Math.max(0, s - 30), s)) || TOWN_AFTER.test(text.slice(e, e + 30))));
}

/** "Ross County": a county's name before a program's. */
const COUNTY_BEFORE = /(?:^|[^\p{L}'’-])(?!(?:the|our|your|local|this|each|every|any|a|an)[ \t])\p{L}[\p{L}'’-]*[ \t]+county[ \t]+$/iu;
/** "of Lakeland", "of Pleasant Hill": a town after the program's name, not "of America" or "of the county". */
const TOWN_AFTER = /^[ \t]+of[ \t]+(?!(?:america|the|our|your|this|that|a|an|its|his|her|their)\b)\p{L}/iu;

/** A word before a program's name that makes it a local one: not a function word, not a line's or a sentence's start. */
const LOCAL_BEFORE = /(?<![.!?:;\n][ \t]{0,3})(?:^|[^\p{L}'’-])(?!(?:to|the|from|with|by|via|and|or|for|of|at|a|an|through|per|on|in|into|local|county|our|your|his|her|their|call|called|contact|contacted|referred|refer|receives|receiving|gets|home-delivered|delivered)[ \t]+$)\p{L}[\p{L}'’-]*[ \t]+$/iu;

/** The candidates that touch none of the named things ("2 PCR Ct" is no street when "PCR Ct value" is a measure). */
export function withoutNamedThings(text: string, candidates: Candidate[], open: Uint8Array): Candidate[] {
  const spans = namedSpans(text, open);
  if (spans.length === 0) return candidates;
  // The spans merged into sorted, disjoint runs and searched by halves: many named things and many candidates in one
  // long text stay n log n (a candidate touches a run exactly when it touches a span in it).
  const runs: Array<[number, number]> = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = runs[runs.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else runs.push([s, e]);
  }
  const touches = (c: Candidate): boolean => {
    // The last run that starts before the candidate ends.
    let lo = 0;
    let hi = runs.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (runs[mid]![0] < c.end) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return at >= 0 && runs[at]![1] > c.start;
  };
  return candidates.filter((c) => !touches(c));
}
