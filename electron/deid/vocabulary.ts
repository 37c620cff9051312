// Hand-kept vocabulary the name rules need and no package offers: everyday words that are also
// names, clinical eponyms, drugs and chart words that look like names, and function words.
// Lower case throughout.

/** Everyday English words that are also given or family names: a name only with context. */
export const ENGLISH_NAMES: readonly string[] = (
  'will bill mark pat don art grace hope faith joy rose may june april august sue ray rich jack frank guy max chase ' +
  'lane dean bob sterling page sky summer autumn dawn eve iris ivy lily ruby amber crystal jewel gay norm ' +
  'sunny rusty bud buck chip cliff dale glen heath mo al an ben deb kit lee les sal sol val vi nick rob wade woody carol ' +
  'hazel olive pearl violet holly heather ginger candy honey star brook rocky angel major prince king earl duke baron ' +
  'bell young white brown black green gray grey long short little hall wood hill rice bush cook price bond ' +
  'banks street field fields park parks ford marsh moss stone rock day love good best sharp strong bright wise cross ' +
  'church castle miles wells house case hunt fox wolf bird finch crane ' +
  'swan lamb bass fish pike rivers lake lakes brooks shore bank banks glass gold silver steel iron ' +
  'spring winter summers snow frost rain storm north south east west english french ward wards power powers ' +
  'rich reed read bean beans pitt key keys post price page hardy sage noble sweet darling patience prudence chance ' +
  'miles trace walker brain doe tally comfort flow areas rash bile core temp campus pacer lung sputum bliss love lovely penny sandy rusty may mercy trinity unity destiny harmony liberty justice constance temperance ' +
  'baby sister brother mom dad son daughter doll sonny rusty kid gene jean nurse doctor ' +
  'gardener ' +
  'sergeant judge monk pope lord knight page mayor sheriff warden dean provost ' +
  'cash money sterling cannon ball bell wall waters water lamb bull salt pepper mustard honey ' +
  'sugar almond olive berry berries apple plum cherry peach melon ash birch oak elm pine holly laurel rose lily daisy ' +
  'heather iris violet jasmine poppy ivy fern moss reed rush hay straw wheat barley rye corn bean pea nut hazel'
).split(/\s+/);

/** Eponyms, drugs and products that are never a person on their own (a title still makes them one). Common
 * surnames with eponyms (Murphy's sign, Wilson disease) are handled by the clinical-cue rule instead. */
export const EPONYMS: readonly string[] = (
  'cloquet unna morse kendrick posey snellen goldmann henle ashworth amia ' +
  // Instruments, incisions and operations of surgical notes (the kit's mtsamples transcriptions name them without a title).
  'judkins kling pfannenstiel fontan ochsner mayfield bier shiley mcivor scarpa kitner hasson agee zeiss treves mohs heaney ' +
  'delee depuy songer raney dedo watzke stamm schantz portnoy nexgen mcburney kirschner kelman doyen norwood ' +
  // Eponyms written with marks in the original names (the lists compare letters without them).
  'henoch schonlein lofgren menetrier meniere kobner buerger bechterew bekhterev strumpell bezold jarisch pott froment hurthle lhermitte roux billroth whipple nissen ' +
  'valsalva hulka vater gigli midas metzenbaum kocher mayo allis babcock deaver balfour bookwalter weitlaner gelpi kerrison penfield ' +
  'parkinson parkinsons foley apgar alzheimer alzheimers crohn crohns hodgkin hodgkins babinski glasgow gleason ' +
  'cushing cushings addison addisons lyme tylenol coumadin epley heimlich trendelenburg ' +
  'swan ganz swanganz pap papanicolaou hickman broviac portacath groshong quinton mahurkar tenckhoff ' +
  'pratt penrose hemovac sengstaken levin dobhoff corpak macintosh mac glidescope ' +
  'guillain barre bence kussmaul cheyne stokes kernig brudzinski homans tinel phalen romberg rinne ' +
  'lachman mcmurray finkelstein spurling chvostek trousseau korotkoff osler janeway ' +
  'virchow horner raynaud raynauds kawasaki huntington huntingtons tourette tourettes asperger aspergers ' +
  'hashimoto hashimotos sjogren sjogrens reiter behcet wegener takayasu kaposi burkitt ewing wilms barrett barretts ' +
  'zenker meckel hirschsprung marfan ehlers danlos klinefelter noonan prader angelman rett tay sachs gaucher ' +
  'fabry pompe niemann paget pagets dupuytren peyronie colles galeazzi monteggia ' +
  'rolando lisfranc chopart maisonneuve salter sachs bankart ranson meld apache ' +
  'braden karnofsky ecog nyha killip riker fahrenheit celsius kelvin ' +
  'doppler holter bovie ambu venturi yankauer pleurx heparin lovenox lasix ativan haldol dilaudid versed fentanyl propofol ' +
  'levophed levo neo vasopressin dobutamine dopamine milrinone amiodarone lopressor metoprolol zosyn vanco vancomycin ' +
  'flagyl cipro levaquin bactrim keflex ancef unasyn cefazolin ceftriaxone coreg norvasc zocor lipitor plavix aspirin ' +
  'protonix pepcid zantac reglan zofran colace senna dulcolax lactulose kayexalate insulin lantus novolog humalog ' +
  'albuterol atrovent combivent solumedrol prednisone decadron synthroid digoxin lanoxin cardizem diltiazem nitro ' +
  'nitroglycerin integrilin morphine oxycodone percocet vicodin motrin ibuprofen toradol benadryl ambien restoril ' +
  'seroquel zyprexa risperdal precedex nimbex vecuronium succinylcholine neosynephrine phenylephrine epi epinephrine ' +
  'narcan flumazenil mucomyst jevity nepro glucerna pulmocare osmolite vivonex peptamen ' +
  'carevue metavision cerner pyxis omnicell bair hugger kinair clinitron rotoprone accucheck accuchek glucometer ' +
  'christmas easter thanksgiving hanukkah kwanzaa ramadan'
).split(/\s+/);

/** Chart words and abbreviations that turn up capitalized or next to names and are never names. */
export const CLINICAL_WORDS: readonly string[] = (
  'dosepak dosepack zpak z-pak medrol hemodialysis dialysis cvvh cvvhd cvvhdf crrt ultrafiltration plasmapheresis ' +
  'edd lmp gbs nst bpp ctx neuroma neuromas fibroma fibromas ganglion bunion bunions hammertoe hammertoes cataract cataracts tunica fontanelle fontanel confluence tangent extremity extremities ' +
  'pt pts patient vital vitals cont neuro resp cv gi gu id heme endo skin psych social renal cardiac pulm lungs abd ext labs plan assessment ' +
  'hpi pmh psh pmhx meds allergies nkda vss afebrile tmax bp hr rr sao2 spo2 sats sat fio2 peep cpap bipap ' +
  'simv imv ps ac prvc vent ett ogt ngt ngt peg picc cvl aline art abg vbg cxr ekg ecg echo ct mri cta us ir ercp egd ' +
  'ccu micu sicu csru nicu picu icu er ed or pacu osh ew ems rehab snf vna nsg rn md np pa do resident intern fellow ' +
  'attending hospitalist team covering consult consulted aware notified paged updated informed called spoke ' +
  'family wife husband son daughter dtr sister brother mother father niece nephew friend proxy hcp guardian ' +
  'alert oriented lethargic sedated intubated extubated stable unstable afib sinus nsr st sb svt vt vf pvc pvcs pac ' +
  'chf cad copd dm htn esrd arf cri uti pna mi cabg avr mvr ptca pci stent cath trach dnr dni full code ' +
  'lasix heparin insulin tf tfs npo ivf ns lr d5w prbc ffp plt plts wbc hct hgb inr ptt pt bun cr k na cl co2 mg ca phos ' +
  'cc ml mcg mg kg gm mmhg mmol meq units unit hrs hr min mins sec am pm noc eve night day shift ' +
  'q1h q2h q4h q6h q8h q12h qd bid tid qid prn po iv im sq sc sl pr ac hs stat ' +
  'gtt drip bolus infusion lytes ' +
  'bs bm bms uop u/o foley dsg dsgs ' +
  'left right bilat bilateral upper lower rll rml rul lll lul rle lle rue lue ' +
  'mrsa vre cdiff mssa gnr gpc ' +
  'tele telemetry floor unit bed room pod mae perl perrl perrla ros mag oral asa psv sbp dbp map cvp pap pcwp svr ' +
  'carevue levo fent mso iabp hickman nc rt sx rca lad lcx ntg mn tmax wbc ho self high call name numbers ' +
  'npn csru nsicu fhpa medflight bahamas cath trach allegra destin vesta lib ami perla pearla brady jesus god lord ' +
  'synch flush touch mouth high approx pcu vicu cx hx osms angio cath lab ir ep ' +
  // Renal replacement and insulin scales: "wean from cvvh", "per riss".
  'cvvh cvvhd cvvhdf crrt riss ssi ' +
  // Drug makers, named beside a drug ("levothyroxine (Mylan)"); none is a usual surname (Janssen, Breckenridge are).
  'teva mylan pfizer moderna novartis sandoz cipla zydus apotex amneal hikma upsher boehringer ingelheim nordisk sanofi genentech astrazeneca glaxosmithkline abbvie regeneron nocturnist tessalon'
).split(/\s+/);

/** Words that end a run of name tokens: articles, prepositions, pronouns, auxiliaries, conjunctions. */
export const FUNCTION_WORDS: readonly string[] = (
  'a an the and or but nor so yet of to in on at by for from with without into onto upon about above below over under through thru throughout toward towards within ' +
  'after before during since until till via per as than then that this these those there here where when while who whom ' +
  'whose which what why how is are was were be been being am has have had do does did will would shall should can could ' +
  'may might must not no yes he she it they we you i me him her them us my his its our their your mine hers ours ' +
  'theirs also very well just only again still all any each every some both either neither other another such same ' +
  "up down out off if re s t pt pts i'm i've i'll i'd don't can't won't isn't wasn't didn't doesn't aren't we're you're they're we've " +
  "you've they've let's y'all ain't else"
).split(/\s+/);
