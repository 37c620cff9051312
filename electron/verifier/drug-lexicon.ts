// Medication names for the verifier: common generic names, brand names mapped to their generics (so
// "Lasix" in a summary is supported by "furosemide" in the note), and the stems drug names are built
// from (-pril, -olol, -statin, -mab...), which catch names missing from the lists.

/** Brand (lower case) → generic names it stands for. */
export const BRANDS: Readonly<Record<string, readonly string[]>> = {
  tylenol: ['acetaminophen', 'paracetamol'], advil: ['ibuprofen'], motrin: ['ibuprofen'], aleve: ['naproxen'], naprosyn: ['naproxen'],
  lasix: ['furosemide'], bumex: ['bumetanide'], coumadin: ['warfarin'], jantoven: ['warfarin'], zocor: ['simvastatin'], lipitor: ['atorvastatin'],
  crestor: ['rosuvastatin'], pravachol: ['pravastatin'], zetia: ['ezetimibe'], tricor: ['fenofibrate'], glucophage: ['metformin'],
  synthroid: ['levothyroxine'], levoxyl: ['levothyroxine'], norvasc: ['amlodipine'], zoloft: ['sertraline'], prozac: ['fluoxetine'],
  xanax: ['alprazolam'], plavix: ['clopidogrel'], eliquis: ['apixaban'], xarelto: ['rivaroxaban'], pradaxa: ['dabigatran'],
  nexium: ['esomeprazole'], prilosec: ['omeprazole'], protonix: ['pantoprazole'], pepcid: ['famotidine'], zantac: ['ranitidine'],
  zyrtec: ['cetirizine'], claritin: ['loratadine'], allegra: ['fexofenadine'], xyzal: ['levocetirizine'], flonase: ['fluticasone'],
  nasonex: ['mometasone'], ventolin: ['albuterol', 'salbutamol'], proair: ['albuterol'], proventil: ['albuterol'], keflex: ['cephalexin'],
  augmentin: ['amoxicillin', 'clavulanate'], zithromax: ['azithromycin'], 'z-pak': ['azithromycin'], zpak: ['azithromycin'], cipro: ['ciprofloxacin'],
  levaquin: ['levofloxacin'], bactrim: ['sulfamethoxazole', 'trimethoprim'], septra: ['sulfamethoxazole', 'trimethoprim'], macrobid: ['nitrofurantoin'],
  flagyl: ['metronidazole'], diflucan: ['fluconazole'], valtrex: ['valacyclovir'], tamiflu: ['oseltamivir'], rocephin: ['ceftriaxone'],
  toprol: ['metoprolol'], lopressor: ['metoprolol'], zestril: ['lisinopril'], prinivil: ['lisinopril'], vasotec: ['enalapril'], altace: ['ramipril'],
  cozaar: ['losartan'], diovan: ['valsartan'], benicar: ['olmesartan'], avapro: ['irbesartan'], coreg: ['carvedilol'], tenormin: ['atenolol'],
  aldactone: ['spironolactone'], lanoxin: ['digoxin'], cordarone: ['amiodarone'], imdur: ['isosorbide'], nitrostat: ['nitroglycerin'],
  cardizem: ['diltiazem'], calan: ['verapamil'], hydrodiuril: ['hydrochlorothiazide'], microzide: ['hydrochlorothiazide'], hctz: ['hydrochlorothiazide'],
  lovenox: ['enoxaparin'], neurontin: ['gabapentin'], lyrica: ['pregabalin'], ultram: ['tramadol'], flexeril: ['cyclobenzaprine'],
  robaxin: ['methocarbamol'], ambien: ['zolpidem'], valium: ['diazepam'], ativan: ['lorazepam'], klonopin: ['clonazepam'], restoril: ['temazepam'],
  lexapro: ['escitalopram'], celexa: ['citalopram'], paxil: ['paroxetine'], wellbutrin: ['bupropion'], desyrel: ['trazodone'], cymbalta: ['duloxetine'],
  effexor: ['venlafaxine'], remeron: ['mirtazapine'], buspar: ['buspirone'], elavil: ['amitriptyline'], seroquel: ['quetiapine'],
  risperdal: ['risperidone'], zyprexa: ['olanzapine'], abilify: ['aripiprazole'], haldol: ['haloperidol'], depakote: ['valproate', 'divalproex'],
  lamictal: ['lamotrigine'], keppra: ['levetiracetam'], dilantin: ['phenytoin'], tegretol: ['carbamazepine'], topamax: ['topiramate'],
  lithobid: ['lithium'], lantus: ['insulin', 'glargine'], basaglar: ['insulin', 'glargine'], levemir: ['insulin', 'detemir'], humalog: ['insulin', 'lispro'],
  novolog: ['insulin', 'aspart'], tresiba: ['insulin', 'degludec'], januvia: ['sitagliptin'], jardiance: ['empagliflozin'], farxiga: ['dapagliflozin'],
  invokana: ['canagliflozin'], ozempic: ['semaglutide'], wegovy: ['semaglutide'], trulicity: ['dulaglutide'], victoza: ['liraglutide'],
  mounjaro: ['tirzepatide'], amaryl: ['glimepiride'], glucotrol: ['glipizide'], actos: ['pioglitazone'], singulair: ['montelukast'],
  advair: ['fluticasone', 'salmeterol'], spiriva: ['tiotropium'], symbicort: ['budesonide', 'formoterol'], pulmicort: ['budesonide'],
  atrovent: ['ipratropium'], duoneb: ['ipratropium', 'albuterol'], percocet: ['oxycodone', 'acetaminophen'], vicodin: ['hydrocodone', 'acetaminophen'],
  norco: ['hydrocodone', 'acetaminophen'], lortab: ['hydrocodone', 'acetaminophen'], oxycontin: ['oxycodone'], dilaudid: ['hydromorphone'],
  'ms contin': ['morphine'], mobic: ['meloxicam'], celebrex: ['celecoxib'], toradol: ['ketorolac'], medrol: ['methylprednisolone'],
  decadron: ['dexamethasone'], deltasone: ['prednisone'], zofran: ['ondansetron'], phenergan: ['promethazine'], reglan: ['metoclopramide'],
  compazine: ['prochlorperazine'], imodium: ['loperamide'], colace: ['docusate'], miralax: ['polyethylene glycol'], senokot: ['senna'],
  dulcolax: ['bisacodyl'], flomax: ['tamsulosin'], proscar: ['finasteride'], viagra: ['sildenafil'], cialis: ['tadalafil'],
  aricept: ['donepezil'], namenda: ['memantine'], sinemet: ['carbidopa', 'levodopa'], requip: ['ropinirole'], mirapex: ['pramipexole'],
  imitrex: ['sumatriptan'], adderall: ['amphetamine'], ritalin: ['methylphenidate'], concerta: ['methylphenidate'], benadryl: ['diphenhydramine'],
  sudafed: ['pseudoephedrine'], mucinex: ['guaifenesin'], robitussin: ['guaifenesin', 'dextromethorphan'], humira: ['adalimumab'],
  enbrel: ['etanercept'], remicade: ['infliximab'], plaquenil: ['hydroxychloroquine'], imuran: ['azathioprine'], cellcept: ['mycophenolate'],
  prograf: ['tacrolimus'], zyloprim: ['allopurinol'], uloric: ['febuxostat'], colcrys: ['colchicine'], fosamax: ['alendronate'],
  boniva: ['ibandronate'], premarin: ['estrogens'], provera: ['medroxyprogesterone'], 'ortho tri-cyclen': ['norgestimate', 'ethinyl estradiol'],
  yaz: ['drospirenone', 'ethinyl estradiol'], epipen: ['epinephrine'], narcan: ['naloxone'], suboxone: ['buprenorphine', 'naloxone'],
  chantix: ['varenicline'], antabuse: ['disulfiram'], vistaril: ['hydroxyzine'], atarax: ['hydroxyzine'], bentyl: ['dicyclomine'],
  carafate: ['sucralfate'], tums: ['calcium carbonate'], k_dur: ['potassium chloride'], klor_con: ['potassium chloride'], aspirin: ['aspirin'],
  bayer: ['aspirin'], ecotrin: ['aspirin'], asa: ['aspirin'], apap: ['acetaminophen'], tpa: ['alteplase'], activase: ['alteplase'],
  heparin: ['heparin'], vancocin: ['vancomycin'], zosyn: ['piperacillin', 'tazobactam'], unasyn: ['ampicillin', 'sulbactam'],
  cleocin: ['clindamycin'], doxy: ['doxycycline'], vibramycin: ['doxycycline'], biaxin: ['clarithromycin'], ceftin: ['cefuroxime'],
  omnicef: ['cefdinir'], monistat: ['miconazole'], lamisil: ['terbinafine'], zovirax: ['acyclovir'], retin: ['tretinoin'],
  accutane: ['isotretinoin'], kenalog: ['triamcinolone'], lidoderm: ['lidocaine'], xylocaine: ['lidocaine'], marcaine: ['bupivacaine'],
  diprivan: ['propofol'], versed: ['midazolam'], sublimaze: ['fentanyl'], duragesic: ['fentanyl'], demerol: ['meperidine'],
};

/** Generic names (lower case). Stems below catch many more. */
export const GENERICS: readonly string[] = (
  'acetaminophen paracetamol ibuprofen naproxen aspirin meloxicam celecoxib diclofenac ketorolac indomethacin ' +
  'furosemide bumetanide torsemide hydrochlorothiazide chlorthalidone spironolactone eplerenone metolazone triamterene ' +
  'warfarin heparin enoxaparin apixaban rivaroxaban dabigatran edoxaban clopidogrel prasugrel ticagrelor ' +
  'metformin glipizide glyburide glimepiride pioglitazone sitagliptin linagliptin empagliflozin dapagliflozin canagliflozin ' +
  'semaglutide liraglutide dulaglutide tirzepatide exenatide insulin glargine lispro aspart detemir degludec ' +
  'levothyroxine liothyronine methimazole propylthiouracil ' +
  'amlodipine nifedipine diltiazem verapamil felodipine ' +
  'lisinopril enalapril ramipril benazepril quinapril captopril losartan valsartan irbesartan olmesartan candesartan telmisartan ' +
  'metoprolol atenolol carvedilol propranolol labetalol bisoprolol nebivolol nadolol sotalol ' +
  'hydralazine clonidine doxazosin terazosin prazosin minoxidil isosorbide nitroglycerin ranolazine digoxin amiodarone dronedarone flecainide ' +
  'atorvastatin simvastatin rosuvastatin pravastatin lovastatin ezetimibe fenofibrate gemfibrozil niacin ' +
  'omeprazole esomeprazole pantoprazole lansoprazole rabeprazole famotidine ranitidine cimetidine sucralfate misoprostol ' +
  'ondansetron promethazine metoclopramide prochlorperazine loperamide docusate senna bisacodyl lactulose  mesalamine ' +
  'cetirizine loratadine fexofenadine levocetirizine diphenhydramine hydroxyzine pseudoephedrine guaifenesin dextromethorphan benzonatate ' +
  'fluticasone mometasone budesonide beclomethasone triamcinolone albuterol levalbuterol salmeterol formoterol tiotropium ipratropium montelukast ' +
  'prednisone prednisolone methylprednisolone dexamethasone hydrocortisone ' +
  'amoxicillin ampicillin penicillin dicloxacillin piperacillin tazobactam clavulanate cephalexin cefazolin ceftriaxone cefuroxime cefdinir cefepime ' +
  'azithromycin clarithromycin erythromycin doxycycline minocycline tetracycline ciprofloxacin levofloxacin moxifloxacin ' +
  'sulfamethoxazole trimethoprim nitrofurantoin metronidazole clindamycin vancomycin linezolid gentamicin tobramycin rifampin isoniazid ' +
  'fluconazole itraconazole nystatin terbinafine acyclovir valacyclovir oseltamivir remdesivir ' +
  'sertraline fluoxetine paroxetine citalopram escitalopram venlafaxine duloxetine desvenlafaxine bupropion mirtazapine trazodone ' +
  'amitriptyline nortriptyline buspirone lithium quetiapine olanzapine risperidone aripiprazole haloperidol ziprasidone clozapine ' +
  'alprazolam lorazepam clonazepam diazepam temazepam midazolam zolpidem melatonin ' +
  'gabapentin pregabalin lamotrigine levetiracetam phenytoin carbamazepine oxcarbazepine topiramate valproate divalproex lacosamide ' +
  'tramadol oxycodone hydrocodone morphine hydromorphone fentanyl codeine methadone buprenorphine naloxone naltrexone meperidine tapentadol ' +
  'cyclobenzaprine methocarbamol tizanidine baclofen carisoprodol ' +
  'donepezil memantine rivastigmine galantamine carbidopa levodopa ropinirole pramipexole sumatriptan rizatriptan ' +
  'methylphenidate amphetamine atomoxetine modafinil ' +
  'tamsulosin finasteride dutasteride oxybutynin tolterodine sildenafil tadalafil ' +
  'allopurinol febuxostat colchicine probenecid alendronate risedronate ibandronate denosumab ' +
  'methotrexate hydroxychloroquine sulfasalazine leflunomide azathioprine mycophenolate tacrolimus cyclosporine ' +
  'adalimumab etanercept infliximab rituximab ustekinumab secukinumab ' +
  'estradiol  progesterone medroxyprogesterone norethindrone norgestimate levonorgestrel drospirenone testosterone ' +
  'epinephrine norepinephrine dopamine dobutamine vasopressin phenylephrine atropine adenosine ' +
  'lidocaine bupivacaine propofol ketamine etomidate succinylcholine rocuronium vecuronium ' +
  '      cyanocobalamin thiamine calcitriol ergocalciferol cholecalciferol ' +
  'tretinoin isotretinoin  mupirocin bacitracin neomycin  hydroquinone ' +
  'varenicline  disulfiram acamprosate alteplase tenecteplase tpa ' +
  ' cisplatin carboplatin paclitaxel docetaxel doxorubicin cyclophosphamide tamoxifen anastrozole letrozole ' +
  'omalizumab dupilumab pembrolizumab nivolumab trastuzumab bevacizumab imatinib ' +
  'zyrtec claritin allegra ' +
  'sacubitril ivabradine dofetilide cilostazol pentoxifylline dipyridamole mexiletine propafenone quinidine procainamide bumetanide acetazolamide mannitol amiloride indapamide methyldopa guanfacine reserpine aliskiren nitroprusside nicardipine clevidipine esmolol glyburide repaglinide nateglinide acarbose saxagliptin alogliptin ertugliflozin pramlintide calcitonin teriparatide raloxifene zoledronic cinacalcet sevelamer lanthanum   ursodiol lactulose rifaximin linaclotide lubiprostone dicyclomine hyoscyamine simethicone bismuth octreotide pantoprazole mirabegron solifenacin trospium bethanechol phenazopyridine terazosin alfuzosin silodosin donepezil benztropine trihexyphenidyl amantadine rasagiline selegiline entacapone sumatriptan zolmitriptan eletriptan butalbital fioricet verapamil hydroxyurea allopurinol rasburicase cetirizine desloratadine montelukast zafirlukast roflumilast theophylline aminophylline omalizumab mepolizumab benralizumab mometasone ciclesonide azelastine olopatadine cromolyn ketotifen latanoprost timolol brimonidine dorzolamide travoprost bimatoprost pilocarpine atropine cyclopentolate tropicamide clobetasol betamethasone desonide fluocinonide mupirocin clotrimazole ketoconazole econazole selenium permethrin ivermectin albendazole mebendazole praziquantel hydroxychloroquine chloroquine primaquine atovaquone cefpodoxime cefixime ceftazidime cefotaxime ceftaroline meropenem imipenem ertapenem aztreonam daptomycin tigecycline fosfomycin nitrofurantoin methenamine rifabutin ethambutol pyrazinamide dapsone oseltamivir baloxavir zanamivir famciclovir ganciclovir valganciclovir tenofovir emtricitabine dolutegravir bictegravir efavirenz raltegravir darunavir ritonavir sofosbuvir ledipasvir entecavir escitalopram vilazodone vortioxetine levomilnacipran phenelzine tranylcypromine clomipramine imipramine desipramine doxepin lurasidone paliperidone brexpiprazole cariprazine asenapine iloperidone chlorpromazine fluphenazine perphenazine loxapine hydroxyzine diphenhydramine doxylamine ramelteon suvorexant eszopiclone zaleplon lisdexamfetamine dextroamphetamine guanfacine clonidine atomoxetine viloxazine naltrexone acamprosate disulfiram buprenorphine methadone varenicline oxybutynin tolterodine darifenacin fesoterodine medroxyprogesterone norethindrone etonogestrel ulipristal clomiphene letrozole misoprostol mifepristone oxytocin methylergonovine terbutaline  levetiracetam brivaracetam zonisamide clobazam rufinamide perampanel ethosuximide primidone phenobarbital felbamate vigabatrin ketorolac nabumetone etodolac piroxicam sulindac oxaprozin tramadol tapentadol oxymorphone morphine nalbuphine butorphanol cyclobenzaprine metaxalone orphenadrine dantrolene enoxaparin dalteparin fondaparinux argatroban bivalirudin heparin protamine  phytonadione tranexamic filgrastim pegfilgrastim epoetin darbepoetin   ferumoxytol methotrexate leucovorin azathioprine mercaptopurine cyclosporine sirolimus everolimus belatacept adalimumab certolizumab golimumab tocilizumab abatacept tofacitinib baricitinib upadacitinib apremilast insulin   humulin novolin levothyroxine liothyronine methimazole fludrocortisone desmopressin vasopressin cabergoline bromocriptine octreotide somatropin finasteride dutasteride spironolactone bicalutamide leuprolide enzalutamide abiraterone tamoxifen exemestane anastrozole fulvestrant capecitabine fluorouracil gemcitabine oxaliplatin irinotecan etoposide vincristine cytarabine bortezomib lenalidomide naloxone flumazenil glucagon dextrose thiamine'
).split(/\s+/);

/** Stems that mark a word as a drug name (checked on words of 6+ letters). */
export const DRUG_SUFFIXES: readonly string[] = [
  'pril', 'olol', 'alol', 'ilol', 'statin', 'sartan', 'dipine', 'prazole', 'tidine', 'oxetine', 'triptan', 'afil', 'parin', 'xaban',
  'gatran', 'grel', 'gliptin', 'gliflozin', 'glitazone', 'glutide', 'mab', 'cillin', 'cycline', 'mycin', 'micin', 'floxacin', 'conazole',
  'azole', 'vir', 'tinib', 'zepam', 'zolam', 'azepam', 'barbital', 'caine', 'dronate', 'lukast', 'setron', 'terol', 'sonide', 'olone',
  'profen', 'coxib', 'thiazide', 'semide', 'tretin', 'platin', 'rubicin', 'taxel', 'triptyline', 'pramine', 'peridol', 'apine', 'idone',
  'azine', 'lamide', 'tadine', 'cef', 'ceph', 'navir', 'tropium', 'ipine', 'dazole', 'fenac', 'phylline', 'sone',
];

// Words that happen to end like a drug stem but are not drugs.
export const NOT_DRUGS: ReadonlySet<string> = new Set([
  'statin', 'statins', 'person', 'reason', 'season', 'poison', 'comparison', 'caisson', 'arrhythmia', 'hepatic', 'cardiac',
  'someone', 'nobody', 'everyone', 'anyone', 'abdomen', 'phone', 'stone', 'stones', 'bone', 'bones', 'alone', 'none', 'gone', 'done',
  'tone', 'zone', 'ozone', 'cortisone', 'hormone', 'hormones', 'microphone', 'telephone', 'cyclone', 'backbone', 'cheekbone', 'throne',
  'milestone', 'gallstone', 'gallstones', 'postpone', 'undergone', 'ketone', 'ketones', 'prone', 'drone',
  'azoles', 'medicine', 'medicines', 'routine', 'machine', 'marine', 'urine', 'uterine', 'famine', 'examine', 'determine', 'feminine',
  'magazine', 'cuisine', 'caffeine', 'cocaine', 'novocaine', 'amphetamines', 'benzodiazepine', 'benzodiazepines', 'antihistamine',
  'antibiotic', 'antibiotics', 'terol', 'mab', 'hemoglobin', 'immunoglobulin', 'intravenous', 'cefs', 'chef', 'idone', 'azine',
  'magazine', 'gazine', 'dazole', 'grapine', 'alpine', 'supine', 'canine', 'equine', 'saline', 'pristine', 'ravine', 'divine', 'ephedrine',
  'compazine', 'trimazine', 'olone', 'cholesterol', 'sterol', 'mongrel', 'provolone', 'newsmagazine', 'histidine', 'hydrazine', 'unicef',
  'ranvir', 'nitrazine', 'novafil',
]);

/** Drug classes, devices and treatments: not drug names, even where a drug name would go. */
export const TREATMENT_TERMS: ReadonlySet<string> = new Set(
  ('statin statins diuretic diuretics anticoagulant anticoagulants anticoagulation antiplatelet antiplatelets analgesic analgesics ' +
    'antihistamine antihistamines bronchodilator bronchodilators nebulizer nebulizers nebs neb antiemetic antiemetics antipyretic ' +
    'antipyretics antihypertensive antihypertensives antidepressant antidepressants antipsychotic antipsychotics anxiolytic anxiolytics ' +
    'opioid opioids narcotic narcotics nsaid nsaids ssri ssris snri snris ppi ppis arb arbs acei corticosteroid corticosteroids steroid ' +
    'immunotherapy hemodialysis echocardiogram echo debridement orthotics ambulation ambulating ambulate telemetry spirometry cpap bipap ' +
    'thrombolytics vasopressors pressors sedation sedatives anesthesia antibiotic antivirals antiviral antifungal antifungals ' +
    'anticonvulsant anticonvulsants antiepileptic antiepileptics biologic biologics chemo radiation radiotherapy physiotherapy ' +
    'supplement supplements multivitamin multivitamins vitamins probiotics probiotic laxative laxatives stool softener softeners ' +
    'inhaler inhalers insulin fluids ivf hydration oxygen labs imaging xray ultrasound mri ct bloodwork workup dialysis ' +
    'cardiology neurology orthopedics urology nephrology oncology dermatology rheumatology gastroenterology pulmonology endocrinology ' +
    'hematology podiatry ophthalmology audiology psychiatry psychotherapy counseling rehab rehabilitation').split(' '),
);
