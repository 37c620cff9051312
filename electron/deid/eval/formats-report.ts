// `npm run eval:deid -- --formats [--misses]`: recall of the generated identifier formats per kind and per
// format (the text is generated, so misses may be shown), and the clinical look-alikes the engine touched.
import { findIdentifiers } from '../find';
import { scoreFormats, type Tally } from './formats';
import { scoreNameWave } from './names-wave';
import { narrativeKeepCases, scoreNarrativeWave } from './narrative-wave';
import { nursingKeepCases, scoreNursingWave } from './nursing-wave';
import { messagesKeepCases, scoreMessagesWave } from './messages-wave';
import { recordsKeepCases, scoreRecordsWave } from './records-wave';
import { reportsKeepCases, scoreReportsWave } from './reports-wave';
import { historyKeepCases, scoreHistoryWave } from './history-wave';
import { perinatalKeepCases, scorePerinatalWave } from './perinatal-wave';
import { adminKeepCases, scoreAdminWave } from './admin-wave';
import { icuKeepCases, scoreIcuWave } from './icu-wave';
import { abroadKeepCases, scoreAbroadWave } from './abroad-wave';
import { digitalKeepCases, scoreDigitalWave } from './digital-wave';
import { scoreTransitionsWave, transitionsKeepCases } from './transitions-wave';
import { homecareKeepCases, scoreHomecareWave } from './homecare-wave';
import { consultsKeepCases, scoreConsultsWave } from './consults-wave';
import { behavioralKeepCases, scoreBehavioralWave } from './behavioral-wave';
import { proceduresKeepCases, scoreProceduresWave } from './procedures-wave';
import { pediatricsKeepCases, scorePediatricsWave } from './pediatrics-wave';
import { oncologyKeepCases, scoreOncologyWave } from './oncology-wave';
import { geneticsKeepCases, scoreGeneticsWave } from './genetics-wave';
import { decedentKeepCases, scoreDecedentWave } from './decedent-wave';
import { timelineKeepCases, scoreTimelineWave } from './timeline-wave';
import { teamworkKeepCases, scoreTeamworkWave } from './teamwork-wave';
import { prehospitalKeepCases, scorePrehospitalWave } from './prehospital-wave';
import { pharmacyKeepCases, scorePharmacyWave } from './pharmacy-wave';
import { scoreWardsWave, wardsKeepCases } from './wards-wave';
import { publichealthKeepCases, scorePublichealthWave } from './publichealth-wave';
import { occupationalKeepCases, scoreOccupationalWave } from './occupational-wave';
import { emergencyKeepCases, scoreEmergencyWave } from './emergency-wave';
import { correctionalKeepCases, scoreCorrectionalWave } from './correctional-wave';
import { ancillaryKeepCases, scoreAncillaryWave } from './ancillary-wave';
import { scoreTransplantWave, transplantKeepCases } from './transplant-wave';
import { longtermKeepCases, scoreLongtermWave } from './longterm-wave';
import { researchKeepCases, scoreResearchWave } from './research-wave';
import { campusKeepCases, scoreCampusWave } from './campus-wave';
import { devicesKeepCases, scoreDevicesWave } from './devices-wave';
import { frontierKeepCases, scoreFrontierWave } from './frontier-wave';
import { scoreSocialworkWave, socialworkKeepCases } from './socialwork-wave';
import { scoreVeteransWave, veteransKeepCases } from './veterans-wave';
import { dentalKeepCases, scoreDentalWave } from './dental-wave';
import { rehabKeepCases, scoreRehabWave } from './rehab-wave';
import { claimsKeepCases, scoreClaimsWave } from './claims-wave';
import { hospiceKeepCases, scoreHospiceWave } from './hospice-wave';
import { eyeKeepCases, scoreEyeWave } from './eye-wave';
import { scoreSportsWave, sportsKeepCases } from './sports-wave';
import { scoreSexhealthWave, sexhealthKeepCases } from './sexhealth-wave';
import { dialysisKeepCases, scoreDialysisWave } from './dialysis-wave';
import { hearingKeepCases, scoreHearingWave } from './hearing-wave';
import { scoreWoundWave, woundKeepCases } from './wound-wave';
import { recoveryKeepCases, scoreRecoveryWave } from './recovery-wave';
import { nutritionKeepCases, scoreNutritionWave } from './nutrition-wave';
import { cardiologyKeepCases, scoreCardiologyWave } from './cardiology-wave';
import { dermKeepCases, scoreDermWave } from './derm-wave';
import { anesthesiaKeepCases, scoreAnesthesiaWave } from './anesthesia-wave';
import { schoolKeepCases, scoreSchoolWave } from './school-wave';
import { correctionsKeepCases, scoreCorrectionsWave } from './corrections-wave';
import { endoscopyKeepCases, scoreEndoscopyWave } from './endoscopy-wave';
import { scoreSleepWave, sleepKeepCases } from './sleep-wave';
import { nicuKeepCases, scoreNicuWave } from './nicu-wave';
import { interpreterKeepCases, scoreInterpreterWave } from './interpreter-wave';
import { disasterKeepCases, scoreDisasterWave } from './disaster-wave';
import { bariatricKeepCases, scoreBariatricWave } from './bariatric-wave';
import { podiatryKeepCases, scorePodiatryWave } from './podiatry-wave';
import { fertilityKeepCases, scoreFertilityWave } from './fertility-wave';
import { radiationKeepCases, scoreRadiationWave } from './radiation-wave';
import { allergyKeepCases, scoreAllergyWave } from './allergy-wave';
import { scoreTransfusionWave, transfusionKeepCases } from './transfusion-wave';
import { entKeepCases, scoreEntWave } from './ent-wave';
import { infusionKeepCases, scoreInfusionWave } from './infusion-wave';
import { palliativeKeepCases, scorePalliativeWave } from './palliative-wave';
import { protectionKeepCases, scoreProtectionWave } from './protection-wave';
import { epilepsyKeepCases, scoreEpilepsyWave } from './epilepsy-wave';
import { painKeepCases, scorePainWave } from './pain-wave';
import { neurosurgeryKeepCases, scoreNeurosurgeryWave } from './neurosurgery-wave';
import { marrowKeepCases, scoreMarrowWave } from './marrow-wave';
import { scoreVascularWave, vascularKeepCases } from './vascular-wave';
import { burnKeepCases, scoreBurnWave } from './burn-wave';
import { hyperbaricKeepCases, scoreHyperbaricWave } from './hyperbaric-wave';
import { scoreTelepsychWave, telepsychKeepCases } from './telepsych-wave';
import { geriatricsKeepCases, scoreGeriatricsWave } from './geriatrics-wave';
import { plasticKeepCases, scorePlasticWave } from './plastic-wave';
import { lactationKeepCases, scoreLactationWave } from './lactation-wave';
import { motilityKeepCases, scoreMotilityWave } from './motility-wave';
import { pulmrehabKeepCases, scorePulmrehabWave } from './pulmrehab-wave';
import { scoreUrologyWave, urologyKeepCases } from './urology-wave';
import { rheumKeepCases, scoreRheumWave } from './rheum-wave';
import { scoreTravelWave, travelKeepCases } from './travel-wave';
import { touchedBy } from './wave-frames';
import { scorePlaceWave } from './places-wave';
import type { WaveCase, WaveScore } from './wave-score';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

const row = (key: string, t: Tally): string => `  ${key.padEnd(44)} ${String(t.found).padStart(5)} ${String(t.total).padStart(5)} ${(t.found / t.total).toFixed(3).padStart(7)}`;

export function printFormats(showMisses: boolean): number {
  const s = scoreFormats((t) => findIdentifiers(t), SEEDS, 2);
  let found = 0;
  let total = 0;
  console.log(`identifier formats, seeds ${SEEDS.join(',')}: recall per kind`);
  for (const [kind, t] of [...s.perKind].sort()) {
    console.log(row(kind, t));
    found += t.found;
    total += t.total;
  }
  console.log(row('overall', { found, total }));
  for (const [wave, t] of [...s.perWave].sort((a, b) => a[0] - b[0])) console.log(row(`wave ${wave}`, t));
  console.log('\nper format (below 1.000)');
  for (const [fmt, t] of [...s.perFormat].sort()) if (t.found < t.total) console.log(row(fmt, t));
  console.log(`\nlook-alikes touched: ${s.touched.length}`);
  for (const k of s.touched) console.log(`  touched ${k.format}: [${k.part}] in ${JSON.stringify(k.text)}`);
  if (showMisses) for (const m of s.misses) console.log(`  miss ${m.kind} ${m.format} [${m.part}] in ${JSON.stringify(m.text)}`);
  return 0;
}

/** The waves' seeds whose misses were read while rules were written, and seeds never looked at. */
const WAVE_SEEDS = [5, 11, 23];
const FRESH_WAVE_SEEDS = [41, 42, 43];

function printWave(title: string, score: (find: typeof findIdentifiers, seeds: readonly number[]) => WaveScore, showMisses: boolean): number {
  const s = score(findIdentifiers, WAVE_SEEDS);
  console.log(`${title}, seeds ${WAVE_SEEDS.join(',')}: recall per frame`);
  for (const [frame, t] of [...s.perFrame].sort()) console.log(row(frame, t));
  console.log(row('overall', s));
  console.log(row(`overall on fresh seeds ${FRESH_WAVE_SEEDS.join(',')}`, score(findIdentifiers, FRESH_WAVE_SEEDS)));
  if (showMisses) for (const m of s.misses) console.log(`  miss ${m.frame} [${m.part}] in ${JSON.stringify(m.text)}`);
  return 0;
}

/** `--names`: the names wave (eval/names-wave.ts) per frame, and overall on fresh seeds. */
export const printNames = (showMisses: boolean): number => printWave('names of unbundled locales in clinical frames', scoreNameWave, showMisses);

/** `--places`: the places wave (eval/places-wave.ts) per frame, and overall on fresh seeds. */
export const printPlaces = (showMisses: boolean): number => printWave('places of unbundled locales and invented towns in clinical frames', scorePlaceWave, showMisses);

/** A blind wave per frame and overall on fresh seeds, then the look-alikes its findings touched. */
function printWaveAndKeeps(title: string, score: (find: typeof findIdentifiers, seeds: readonly number[]) => WaveScore, keeps: readonly WaveCase[], showMisses: boolean): number {
  printWave(title, score, showMisses);
  const touched = touchedBy(keeps, findIdentifiers);
  console.log(`\nlook-alikes touched: ${touched.length}/${keeps.length}`);
  for (const k of touched) console.log(`  touched [${k.part}] in ${JSON.stringify(k.text)}`);
  return 0;
}

/** `--nursing`: the nursing-notes wave (eval/nursing-wave.ts). */
export const printNursing = (showMisses: boolean): number => printWaveAndKeeps('nursing progress-note identifiers (blind wave 6)', scoreNursingWave, nursingKeepCases(), showMisses);

/** `--narrative`: the physician-narrative wave (eval/narrative-wave.ts). */
export const printNarrative = (showMisses: boolean): number => printWaveAndKeeps('physician narrative identifiers (blind wave 7)', scoreNarrativeWave, narrativeKeepCases(), showMisses);

/** `--records`: the record-forms wave (eval/records-wave.ts). */
export const printRecords = (showMisses: boolean): number => printWaveAndKeeps('record headers and forms, all Safe Harbor kinds (blind wave 8)', scoreRecordsWave, recordsKeepCases(), showMisses);

/** `--transitions`: the care-transitions wave (eval/transitions-wave.ts). */
export const printTransitions = (showMisses: boolean): number => printWaveAndKeeps('care-transition notes: social work, case management, PT/OT, triage (blind wave 9)', scoreTransitionsWave, transitionsKeepCases(), showMisses);

/** `--messages`: the telephone and portal-message wave (eval/messages-wave.ts). */
export const printMessages = (showMisses: boolean): number => printWaveAndKeeps('telephone encounters and portal messages (blind wave 10)', scoreMessagesWave, messagesKeepCases(), showMisses);

/** `--reports`: the dictated procedure and diagnostic reports wave (eval/reports-wave.ts). */
export const printReports = (showMisses: boolean): number => printWaveAndKeeps('dictated procedure and diagnostic reports (blind wave 11)', scoreReportsWave, reportsKeepCases(), showMisses);

/** `--history`: the history, psychiatry and emergency notes wave (eval/history-wave.ts). */
export const printHistory = (showMisses: boolean): number => printWaveAndKeeps('history, psychiatry and emergency notes (blind wave 12)', scoreHistoryWave, historyKeepCases(), showMisses);

/** `--perinatal`: the obstetric, neonatal and pediatric notes wave (eval/perinatal-wave.ts). */
export const printPerinatal = (showMisses: boolean): number => printWaveAndKeeps('obstetric, neonatal and pediatric notes (blind wave 13)', scorePerinatalWave, perinatalKeepCases(), showMisses);

/** `--admin`: the registration, insurance, billing and legal forms wave (eval/admin-wave.ts). */
export const printAdmin = (showMisses: boolean): number => printWaveAndKeeps('registration, insurance, billing and legal forms (blind wave 14)', scoreAdminWave, adminKeepCases(), showMisses);

/** `--icu`: the ICU and step-down nursing notes wave (eval/icu-wave.ts). */
export const printIcu = (showMisses: boolean): number => printWaveAndKeeps('ICU and step-down nursing notes (blind wave 15)', scoreIcuWave, icuKeepCases(), showMisses);

/** `--abroad`: the wave of notes from UK, Irish, Canadian, Australian, New Zealand and Indian practice (eval/abroad-wave.ts). */
export const printAbroad = (showMisses: boolean): number => printWaveAndKeeps('notes from UK, Irish, Canadian, Australian, New Zealand and Indian practice (blind wave 16)', scoreAbroadWave, abroadKeepCases(), showMisses);

/** `--digital`: the telehealth, devices, remote monitoring and access logs wave (eval/digital-wave.ts). */
export const printDigital = (showMisses: boolean): number => printWaveAndKeeps('telehealth, devices, remote monitoring and access logs (blind wave 17)', scoreDigitalWave, digitalKeepCases(), showMisses);

/** `--timeline`: dates in running clinical text (eval/timeline-wave.ts). */
export const printTimeline = (showMisses: boolean): number => printWaveAndKeeps('dates in running clinical text (blind wave 18)', scoreTimelineWave, timelineKeepCases(), showMisses);

/** `--teamwork`: staff and family named where notes record who was told what (eval/teamwork-wave.ts). */
export const printTeamwork = (showMisses: boolean): number => printWaveAndKeeps('staff and family named where notes record who was told what (blind wave 19)', scoreTeamworkWave, teamworkKeepCases(), showMisses);

/** `--prehospital`: EMS run reports, dispatch, triage and transfers (eval/prehospital-wave.ts). */
export const printPrehospital = (showMisses: boolean): number => printWaveAndKeeps('EMS run reports, dispatch, triage and transfers (blind wave 20)', scorePrehospitalWave, prehospitalKeepCases(), showMisses);

/** `--pharmacy`: pharmacy, medication reconciliation and prescription records (eval/pharmacy-wave.ts). */
export const printPharmacy = (showMisses: boolean): number => printWaveAndKeeps('pharmacy, medication reconciliation and prescription records (blind wave 21)', scorePharmacyWave, pharmacyKeepCases(), showMisses);

/** `--homecare`: home health, hospice and home-based primary care visits (eval/homecare-wave.ts). */
export const printHomecare = (showMisses: boolean): number => printWaveAndKeeps('home health, hospice and home-based primary care visits (blind wave 22)', scoreHomecareWave, homecareKeepCases(), showMisses);

/** `--consults`: outpatient specialty consultations and letters (eval/consults-wave.ts). */
export const printConsults = (showMisses: boolean): number => printWaveAndKeeps('outpatient specialty consultations and letters (blind wave 23)', scoreConsultsWave, consultsKeepCases(), showMisses);

/** `--behavioral`: behavioral health, psychiatry, substance-use and social-work notes (eval/behavioral-wave.ts). */
export const printBehavioral = (showMisses: boolean): number => printWaveAndKeeps('behavioral health, psychiatry, substance-use and social-work notes (blind wave 24)', scoreBehavioralWave, behavioralKeepCases(), showMisses);

/** `--procedures`: operative and procedure documentation (eval/procedures-wave.ts). */
export const printProcedures = (showMisses: boolean): number => printWaveAndKeeps('operative and procedure documentation (blind wave 25)', scoreProceduresWave, proceduresKeepCases(), showMisses);

/** `--pediatrics`: pediatric and family documentation (eval/pediatrics-wave.ts). */
export const printPediatrics = (showMisses: boolean): number => printWaveAndKeeps('pediatric and family documentation (blind wave 26)', scorePediatricsWave, pediatricsKeepCases(), showMisses);

/** `--oncology`: oncology, infusion, radiation therapy and clinical-research documentation (eval/oncology-wave.ts). */
export const printOncology = (showMisses: boolean): number => printWaveAndKeeps('oncology, infusion, radiation therapy and clinical research (blind wave 27)', scoreOncologyWave, oncologyKeepCases(), showMisses);

/** `--genetics`: genetic counseling and family-history documentation (eval/genetics-wave.ts). */
export const printGenetics = (showMisses: boolean): number => printWaveAndKeeps('genetic counseling and family history (blind wave 28)', scoreGeneticsWave, geneticsKeepCases(), showMisses);

/** `--decedent`: end-of-life, death and forensic documentation (eval/decedent-wave.ts). */
export const printDecedent = (showMisses: boolean): number => printWaveAndKeeps('end-of-life, death and forensic records (blind wave 29)', scoreDecedentWave, decedentKeepCases(), showMisses);

/** `--wards`: ward nursing, handoff, case-management and social-work notes (eval/wards-wave.ts). */
export const printWards = (showMisses: boolean): number => printWaveAndKeeps('ward nursing, handoffs, case management and social work (blind wave 30)', scoreWardsWave, wardsKeepCases(), showMisses);

/** `--publichealth`: infection control and public-health documentation (eval/publichealth-wave.ts). */
export const printPublichealth = (showMisses: boolean): number => printWaveAndKeeps('infection control and public health (blind wave 31)', scorePublichealthWave, publichealthKeepCases(), showMisses);

/** `--occupational`: occupational health, workers' compensation, disability and military records (eval/occupational-wave.ts). */
export const printOccupational = (showMisses: boolean): number => printWaveAndKeeps("occupational health, workers' compensation, disability and military records (blind wave 32)", scoreOccupationalWave, occupationalKeepCases(), showMisses);

/** `--emergency`: emergency department documentation (eval/emergency-wave.ts). */
export const printEmergency = (showMisses: boolean): number => printWaveAndKeeps('emergency department documentation (blind wave 33)', scoreEmergencyWave, emergencyKeepCases(), showMisses);

/** `--correctional`: correctional and detention health care (eval/correctional-wave.ts). */
export const printCorrectional = (showMisses: boolean): number => printWaveAndKeeps('correctional and detention health care (blind wave 34)', scoreCorrectionalWave, correctionalKeepCases(), showMisses);

/** `--ancillary`: dental, eye, hearing, therapy, equipment and other outpatient ancillary care (eval/ancillary-wave.ts). */
export const printAncillary = (showMisses: boolean): number => printWaveAndKeeps('dental, eye, hearing, therapy and equipment records (blind wave 35)', scoreAncillaryWave, ancillaryKeepCases(), showMisses);

/** `--transplant`: dialysis, nephrology and transplant documentation (eval/transplant-wave.ts). */
export const printTransplant = (showMisses: boolean): number => printWaveAndKeeps('dialysis, nephrology and transplant records (blind wave 36)', scoreTransplantWave, transplantKeepCases(), showMisses);

/** `--longterm`: nursing home, skilled nursing and assisted living records (eval/longterm-wave.ts). */
export const printLongterm = (showMisses: boolean): number => printWaveAndKeeps('nursing home and long-term care records (blind wave 37)', scoreLongtermWave, longtermKeepCases(), showMisses);

/** `--research`: clinical research and trial records at a hospital site (eval/research-wave.ts). */
export const printResearch = (showMisses: boolean): number => printWaveAndKeeps('clinical research and trial records (blind wave 38)', scoreResearchWave, researchKeepCases(), showMisses);

/** `--campus`: college student health and athletics records (eval/campus-wave.ts). */
export const printCampus = (showMisses: boolean): number => printWaveAndKeeps('college student health and athletics records (blind wave 39)', scoreCampusWave, campusKeepCases(), showMisses);

/** `--socialwork`: hospital and clinic social work and case management notes (eval/socialwork-wave.ts). */
export const printSocialwork = (showMisses: boolean): number => printWaveAndKeeps('social work and case management records (blind wave 40)', scoreSocialworkWave, socialworkKeepCases(), showMisses);

/** `--devices`: implanted and home device clinic records (eval/devices-wave.ts). */
export const printDevices = (showMisses: boolean): number => printWaveAndKeeps('implanted and home device clinic records (blind wave 41)', scoreDevicesWave, devicesKeepCases(), showMisses);

/** `--frontier`: rural, frontier and tribal health records (eval/frontier-wave.ts). */
export const printFrontier = (showMisses: boolean): number => printWaveAndKeeps('rural, frontier and tribal health records (blind wave 42)', scoreFrontierWave, frontierKeepCases(), showMisses);

/** `--veterans`: veterans' and military health records (eval/veterans-wave.ts). */
export const printVeterans = (showMisses: boolean): number => printWaveAndKeeps("veterans' and military health records (blind wave 43)", scoreVeteransWave, veteransKeepCases(), showMisses);

/** `--dental`: dental and oral-surgery records (eval/dental-wave.ts). */
export const printDental = (showMisses: boolean): number => printWaveAndKeeps('dental and oral-surgery records (blind wave 44)', scoreDentalWave, dentalKeepCases(), showMisses);

/** `--rehab`: physical, occupational and speech therapy and inpatient rehabilitation records (eval/rehab-wave.ts). */
export const printRehab = (showMisses: boolean): number => printWaveAndKeeps('therapy and inpatient rehabilitation records (blind wave 45)', scoreRehabWave, rehabKeepCases(), showMisses);

/** `--claims`: billing, insurance and utilization-review records (eval/claims-wave.ts). */
export const printClaims = (showMisses: boolean): number => printWaveAndKeeps('billing, insurance and utilization-review records (blind wave 46)', scoreClaimsWave, claimsKeepCases(), showMisses);

/** `--hospice`: hospice and palliative care records (eval/hospice-wave.ts). */
export const printHospice = (showMisses: boolean): number => printWaveAndKeeps('hospice and palliative care records (blind wave 47)', scoreHospiceWave, hospiceKeepCases(), showMisses);
/** `--eye`: ophthalmology and optometry records (eval/eye-wave.ts). */
export const printEye = (showMisses: boolean): number => printWaveAndKeeps('eye care records (blind wave 48)', scoreEyeWave, eyeKeepCases(), showMisses);
/** `--sports`: sports medicine and athletic training records (eval/sports-wave.ts). */
export const printSports = (showMisses: boolean): number => printWaveAndKeeps('sports medicine records (blind wave 49)', scoreSportsWave, sportsKeepCases(), showMisses);
/** `--sexhealth`: sexual health and HIV clinic records (eval/sexhealth-wave.ts). */
export const printSexhealth = (showMisses: boolean): number => printWaveAndKeeps('sexual health records (blind wave 50)', scoreSexhealthWave, sexhealthKeepCases(), showMisses);
/** `--dialysis`: dialysis and nephrology records (eval/dialysis-wave.ts). */
export const printDialysis = (showMisses: boolean): number => printWaveAndKeeps('dialysis and nephrology records (blind wave 51)', scoreDialysisWave, dialysisKeepCases(), showMisses);
/** `--hearing`: audiology and ENT records (eval/hearing-wave.ts). */
export const printHearing = (showMisses: boolean): number => printWaveAndKeeps('audiology and ENT (otolaryngology) records (blind wave 52)', scoreHearingWave, hearingKeepCases(), showMisses);
/** `--wound`: wound, ostomy and continence nursing records (eval/wound-wave.ts). */
export const printWound = (showMisses: boolean): number => printWaveAndKeeps('wound, ostomy and continence nursing records (blind wave 53)', scoreWoundWave, woundKeepCases(), showMisses);
/** `--recovery`: substance use disorder treatment records (eval/recovery-wave.ts). */
export const printRecovery = (showMisses: boolean): number => printWaveAndKeeps('substance use disorder treatment records (blind wave 54)', scoreRecoveryWave, recoveryKeepCases(), showMisses);
/** `--nutrition`: clinical nutrition and dietetics records (eval/nutrition-wave.ts). */
export const printNutrition = (showMisses: boolean): number => printWaveAndKeeps('clinical nutrition and dietetics records (blind wave 55)', scoreNutritionWave, nutritionKeepCases(), showMisses);
/** `--cardiology`: cardiology and cath-lab records (eval/cardiology-wave.ts). */
export const printCardiology = (showMisses: boolean): number => printWaveAndKeeps('cardiology and cath-lab records (blind wave 56)', scoreCardiologyWave, cardiologyKeepCases(), showMisses);
/** `--derm`: dermatology records (eval/derm-wave.ts). */
export const printDerm = (showMisses: boolean): number => printWaveAndKeeps('dermatology records (blind wave 57)', scoreDermWave, dermKeepCases(), showMisses);
/** `--anesthesia`: anesthesia and perioperative records (eval/anesthesia-wave.ts). */
export const printAnesthesia = (showMisses: boolean): number => printWaveAndKeeps('anesthesia and perioperative records (blind wave 58)', scoreAnesthesiaWave, anesthesiaKeepCases(), showMisses);
/** `--school`: school and college health records (eval/school-wave.ts). */
export const printSchool = (showMisses: boolean): number => printWaveAndKeeps('school and college health records (blind wave 59)', scoreSchoolWave, schoolKeepCases(), showMisses);
/** `--urology`: urology and nephrology/dialysis-access clinic records (eval/urology-wave.ts). */
export const printUrology = (showMisses: boolean): number => printWaveAndKeeps('urology and nephrology/dialysis-access clinic records (blind wave 60)', scoreUrologyWave, urologyKeepCases(), showMisses);
/** `--rheum`: rheumatology and infusion-suite records (eval/rheum-wave.ts). */
export const printRheum = (showMisses: boolean): number => printWaveAndKeeps('rheumatology and infusion-suite records (blind wave 61)', scoreRheumWave, rheumKeepCases(), showMisses);
/** `--travel`: travel medicine and immunization clinic records (eval/travel-wave.ts). */
export const printTravel = (showMisses: boolean): number => printWaveAndKeeps('travel medicine and immunization clinic records (blind wave 62)', scoreTravelWave, travelKeepCases(), showMisses);
/** `--corrections`: jail and prison health records (eval/corrections-wave.ts). */
export const printCorrections = (showMisses: boolean): number => printWaveAndKeeps('jail and prison health records (blind wave 63)', scoreCorrectionsWave, correctionsKeepCases(), showMisses);
/** `--endoscopy`: gastroenterology and endoscopy records (eval/endoscopy-wave.ts). */
export const printEndoscopy = (showMisses: boolean): number => printWaveAndKeeps('gastroenterology and endoscopy records (blind wave 64)', scoreEndoscopyWave, endoscopyKeepCases(), showMisses);
/** `--sleep`: sleep medicine records (eval/sleep-wave.ts). */
export const printSleep = (showMisses: boolean): number => printWaveAndKeeps('sleep medicine records (blind wave 65)', scoreSleepWave, sleepKeepCases(), showMisses);
/** `--interpreter`: language-services and interpreter records (eval/interpreter-wave.ts). */
export const printInterpreter = (showMisses: boolean): number => printWaveAndKeeps('language-services and interpreter records (blind wave 67)', scoreInterpreterWave, interpreterKeepCases(), showMisses);

/** `--disaster`: disaster and mass-casualty care records (eval/disaster-wave.ts). */
export const printDisaster = (showMisses: boolean): number => printWaveAndKeeps('disaster and mass-casualty care records (blind wave 68)', scoreDisasterWave, disasterKeepCases(), showMisses);

/** `--bariatric`: bariatric surgery and medical weight-management program records (eval/bariatric-wave.ts). */
export const printBariatric = (showMisses: boolean): number => printWaveAndKeeps('bariatric surgery and medical weight-management program records (blind wave 69)', scoreBariatricWave, bariatricKeepCases(), showMisses);

/** `--podiatry`: podiatry and foot-and-ankle care records (eval/podiatry-wave.ts). */
export const printPodiatry = (showMisses: boolean): number => printWaveAndKeeps('podiatry and foot-and-ankle care records (blind wave 70)', scorePodiatryWave, podiatryKeepCases(), showMisses);

/** `--fertility`: reproductive endocrinology and fertility clinic records (eval/fertility-wave.ts). */
export const printFertility = (showMisses: boolean): number => printWaveAndKeeps('reproductive endocrinology and fertility clinic records (blind wave 71)', scoreFertilityWave, fertilityKeepCases(), showMisses);
/** `--radiation`: radiation oncology records (eval/radiation-wave.ts). */
export const printRadiation = (showMisses: boolean): number => printWaveAndKeeps('radiation oncology records (blind wave 72)', scoreRadiationWave, radiationKeepCases(), showMisses);
/** `--allergy`: allergy and clinical immunology records (eval/allergy-wave.ts). */
export const printAllergy = (showMisses: boolean): number => printWaveAndKeeps('allergy and clinical immunology records (blind wave 73)', scoreAllergyWave, allergyKeepCases(), showMisses);
/** `--transfusion`: blood bank and transfusion medicine records (eval/transfusion-wave.ts). */
export const printTransfusion = (showMisses: boolean): number => printWaveAndKeeps('blood bank and transfusion medicine records (blind wave 74)', scoreTransfusionWave, transfusionKeepCases(), showMisses);
/** `--ent`: otolaryngology (ENT) and head-and-neck surgery records (eval/ent-wave.ts). */
export const printEnt = (showMisses: boolean): number => printWaveAndKeeps('otolaryngology (ENT) and head-and-neck surgery records (blind wave 75)', scoreEntWave, entKeepCases(), showMisses);
/** `--nicu`: neonatal intensive care records (eval/nicu-wave.ts). */
export const printNicu = (showMisses: boolean): number => printWaveAndKeeps('neonatal intensive care records (blind wave 66)', scoreNicuWave, nicuKeepCases(), showMisses);

/** Every generated set by its flag: `npm run eval:deid -- --<flag> [--misses]`. */
/** `--infusion`: home infusion therapy and outpatient infusion pharmacy records (eval/infusion-wave.ts). */
export const printInfusion = (showMisses: boolean): number => printWaveAndKeeps('home infusion therapy and outpatient infusion pharmacy records (blind wave 76)', scoreInfusionWave, infusionKeepCases(), showMisses);

/** `--palliative`: palliative care and hospice records (eval/palliative-wave.ts). */
export const printPalliative = (showMisses: boolean): number => printWaveAndKeeps('palliative care and hospice records (blind wave 77)', scorePalliativeWave, palliativeKeepCases(), showMisses);

/** `--protection`: child-protection and forensic pediatrics records (eval/protection-wave.ts). */
export const printProtection = (showMisses: boolean): number => printWaveAndKeeps('child-protection and forensic pediatrics records (blind wave 78)', scoreProtectionWave, protectionKeepCases(), showMisses);

/** `--epilepsy`: neurology and epilepsy-monitoring records (eval/epilepsy-wave.ts). */
export const printEpilepsy = (showMisses: boolean): number => printWaveAndKeeps('neurology and epilepsy-monitoring records (blind wave 79)', scoreEpilepsyWave, epilepsyKeepCases(), showMisses);
/** `--pain`: interventional pain clinic and opioid stewardship records (eval/pain-wave.ts). */
export const printPain = (showMisses: boolean): number => printWaveAndKeeps('interventional pain clinic and opioid stewardship records (blind wave 80)', scorePainWave, painKeepCases(), showMisses);
/** `--neurosurgery`: neurosurgery service and spine clinic records (eval/neurosurgery-wave.ts). */
export const printNeurosurgery = (showMisses: boolean): number => printWaveAndKeeps('neurosurgery service and spine clinic records (blind wave 81)', scoreNeurosurgeryWave, neurosurgeryKeepCases(), showMisses);
/** `--marrow`: bone marrow transplant and cellular therapy unit records (eval/marrow-wave.ts). */
export const printMarrow = (showMisses: boolean): number => printWaveAndKeeps('bone marrow transplant and cellular therapy unit records (blind wave 82)', scoreMarrowWave, marrowKeepCases(), showMisses);
/** `--vascular`: vascular surgery practice and vascular lab records (eval/vascular-wave.ts). */
export const printVascular = (showMisses: boolean): number => printWaveAndKeeps('vascular surgery practice and vascular lab records (blind wave 83)', scoreVascularWave, vascularKeepCases(), showMisses);
/** `--burn`: regional burn center and burn unit records (eval/burn-wave.ts). */
export const printBurn = (showMisses: boolean): number => printWaveAndKeeps('regional burn center and burn unit records (blind wave 84)', scoreBurnWave, burnKeepCases(), showMisses);
/** `--hyperbaric`: hyperbaric oxygen and dive medicine records (eval/hyperbaric-wave.ts). */
export const printHyperbaric = (showMisses: boolean): number => printWaveAndKeeps('hyperbaric oxygen and dive medicine records (blind wave 85)', scoreHyperbaricWave, hyperbaricKeepCases(), showMisses);
/** `--telepsych`: telepsychiatry and tele-behavioral-health records (eval/telepsych-wave.ts). */
export const printTelepsych = (showMisses: boolean): number => printWaveAndKeeps('telepsychiatry and tele-behavioral-health records (blind wave 86)', scoreTelepsychWave, telepsychKeepCases(), showMisses);
/** `--geriatrics`: outpatient geriatrics and memory care records (eval/geriatrics-wave.ts). */
export const printGeriatrics = (showMisses: boolean): number => printWaveAndKeeps('outpatient geriatrics and memory care records (blind wave 87)', scoreGeriatricsWave, geriatricsKeepCases(), showMisses);

/** `--plastic`: plastic and reconstructive surgery practice records (eval/plastic-wave.ts). */
export const printPlastic = (showMisses: boolean): number => printWaveAndKeeps('plastic and reconstructive surgery practice records (blind wave 88)', scorePlasticWave, plasticKeepCases(), showMisses);

/** `--lactation`: lactation and breastfeeding medicine clinic records (eval/lactation-wave.ts). */
export const printLactation = (showMisses: boolean): number => printWaveAndKeeps('lactation and breastfeeding medicine clinic records (blind wave 89)', scoreLactationWave, lactationKeepCases(), showMisses);

/** `--motility`: gastrointestinal motility lab records (eval/motility-wave.ts). */
export const printMotility = (showMisses: boolean): number => printWaveAndKeeps('gastrointestinal motility lab records (blind wave 90)', scoreMotilityWave, motilityKeepCases(), showMisses);

/** `--pulmrehab`: pulmonary rehabilitation and home oxygen records (eval/pulmrehab-wave.ts). */
export const printPulmrehab = (showMisses: boolean): number => printWaveAndKeeps('pulmonary rehabilitation and home oxygen records (blind wave 91)', scorePulmrehabWave, pulmrehabKeepCases(), showMisses);

export const WAVE_PRINTERS: ReadonlyMap<string, (showMisses: boolean) => number> = new Map([
  ['formats', printFormats], ['names', printNames], ['places', printPlaces], ['nursing', printNursing], ['narrative', printNarrative],
  ['records', printRecords], ['transitions', printTransitions], ['messages', printMessages], ['reports', printReports], ['history', printHistory],
  ['perinatal', printPerinatal], ['admin', printAdmin], ['icu', printIcu], ['abroad', printAbroad], ['digital', printDigital],
  ['timeline', printTimeline], ['teamwork', printTeamwork], ['prehospital', printPrehospital], ['pharmacy', printPharmacy],
  ['homecare', printHomecare], ['consults', printConsults], ['behavioral', printBehavioral], ['procedures', printProcedures],
  ['pediatrics', printPediatrics], ['oncology', printOncology], ['genetics', printGenetics], ['decedent', printDecedent],
  ['wards', printWards], ['publichealth', printPublichealth], ['occupational', printOccupational], ['emergency', printEmergency],
  ['correctional', printCorrectional], ['ancillary', printAncillary], ['transplant', printTransplant],
  ['longterm', printLongterm], ['research', printResearch], ['campus', printCampus],
  ['socialwork', printSocialwork], ['devices', printDevices], ['frontier', printFrontier], ['veterans', printVeterans],
  ['dental', printDental], ['rehab', printRehab], ['claims', printClaims], ['hospice', printHospice],
  ['eye', printEye], ['sports', printSports], ['sexhealth', printSexhealth], ['dialysis', printDialysis],
  ['hearing', printHearing], ['wound', printWound], ['recovery', printRecovery], ['nutrition', printNutrition],
  ['cardiology', printCardiology], ['derm', printDerm], ['anesthesia', printAnesthesia], ['school', printSchool], ['urology', printUrology], ['rheum', printRheum], ['travel', printTravel], ['corrections', printCorrections], ['endoscopy', printEndoscopy], ['sleep', printSleep], ['nicu', printNicu], ['interpreter', printInterpreter], ['disaster', printDisaster], ['bariatric', printBariatric], ['podiatry', printPodiatry], ['fertility', printFertility], ['radiation', printRadiation], ['allergy', printAllergy], ['transfusion', printTransfusion], ['ent', printEnt], ['infusion', printInfusion], ['palliative', printPalliative], ['protection', printProtection], ['epilepsy', printEpilepsy], ['pain', printPain], ['neurosurgery', printNeurosurgery], ['marrow', printMarrow], ['vascular', printVascular], ['burn', printBurn], ['hyperbaric', printHyperbaric], ['telepsych', printTelepsych], ['geriatrics', printGeriatrics], ['plastic', printPlastic], ['lactation', printLactation], ['motility', printMotility], ['pulmrehab', printPulmrehab],
]);
