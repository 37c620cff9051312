// Families that round 28 of issue 11 found in disaster, weight-loss, foot-care and fertility records, and the
// look-alikes of radiation oncology, allergy, transfusion and ENT records. Each has examples written apart from any
// generator, and the text next to them that must survive.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';

describe('round twenty-eight families are found', () => {
  it.each([
    // A county's grounds and agencies, with their kind.
    ['Cots set up at Ottawa County Fairgrounds overnight.', 'Ottawa County Fairgrounds'],
    ['UNIT FROM LINCOLN COUNTY EMERGENCY MANAGEMENT ARRIVED', 'LINCOLN COUNTY EMERGENCY MANAGEMENT'],
    ['transported by dane county ems to the ed', 'dane county ems'],
    // A place found up to its kind takes the kind and a firm's suffix.
    ['Labs at Cheyenne Diagnostic Lab, fax results.', 'Cheyenne Diagnostic Lab'],
    ['PCP: Dr. Ames, Tacoma Family Practice, P.C.', 'Tacoma Family Practice, P.C'],
    ['walks daily at Ellensburg Rail Trail with her sister', 'Ellensburg Rail Trail'],
    ['evacuated from Gonzales Mobile Home Park at dawn', 'Gonzales Mobile Home Park'],
    // Services and shops named by their town or owner.
    ['Driver for Kowalski Transit dropped him off.', 'Kowalski Transit'],
    ['funds held by Provo Surrogacy Escrow pending transfer', 'Provo Surrogacy Escrow'],
    ['last refill at Hendricks Drug on Main', 'Hendricks Drug'],
    ['flown by Tupelo AirMed to the trauma center', 'Tupelo AirMed'],
    ['Inserts through Okafor Orthotics & Prosthetics.', 'Okafor Orthotics & Prosthetics'],
    ['embryos shipped to Fresno IVF by courier', 'Fresno IVF'],
    ['sperm vials from Amarillo Cryobank, donor 2231', 'Amarillo Cryobank'],
    ['WORKS AT DUPLIN POULTRY PROCESSING, NIGHT SHIFT', 'DUPLIN POULTRY PROCESSING'],
    // Coordinates, chips, call signs, nicknames and ordinal days.
    ['LZ AT GRID LAT 41.2231, LONG -96.0102.', '41.2231'],
    ['cat scanned: microchip 900-164-001-234-567, owner called', '900-164-001-234-567'],
    ['ARES net 1900: KD9QRT (Marisol) relayed the list', 'KD9QRT'],
    ['ARES net 1900: KD9QRT (Marisol) relayed the list', 'Marisol'],
    ['Resident (goes by "Boots") wandered at night.', 'Boots'],
    ['answers to "Sarge"; hard of hearing', 'Sarge'],
    ['staples out on the 19th; wound clean', 'the 19th'],
    ['visit moved up to the 3rd.', '3rd'],
    // Names an address spells back, and names in another script.
    ['roster from Teodoro Villaseñor <tvillasenor@county.gov>', 'Teodoro Villaseñor'],
    ['write to coordinator mai phương at phuongm22@gmail.com', 'mai phương'],
    ['Donor: Wei Jun (魏军), passport on file', 'Wei Jun (魏军)'],
    ['husband רון כהן signed the consent', 'רון כהן'],
    // A witness's, a performer's or a signer's letters.
    ['Warmed 3/2: survived. Embryologist RK, witness TLM, 10:14.', 'TLM'],
    ['Biopsy by pqs; tubes sealed.', 'pqs'],
    ['INITIALED RMW / KTA ON EACH PAGE', 'RMW / KTA'],
    ['BP 88/50, fluids up -- JW', 'JW'],
    // Houses on highways and before what befell them; a kind's town after "of".
    ['Home: 1120 Highway 61N, trailer gone', '1120 Highway 61N'],
    ['their house at 77 birch ln flooded twice', '77 birch ln'],
    ['moved to Lakeside Dialysis of Bastrop on Monday', 'Lakeside Dialysis of Bastrop'],
    // Vehicles, registries and remains by their numbers.
    ['came in on shuttle #3310 with 20 others', '3310'],
    ['Medical needs registry no. TX88123 on file', 'TX88123'],
    ['body (DM-0442) to the county morgue', 'DM-0442'],
    // Names after a leader's, a caller's or the next of kin's word, after an age, before an age or a street.
    ['Task force leader Ramona Quiñones on scene', 'Ramona Quiñones'],
    ['CALLER DESMOND OKORO ASKED ABOUT HIS MOTHER', 'DESMOND OKORO'],
    ['next of kin imelda vasquez notified at 14:10', 'imelda vasquez'],
    ['97-year-old Birdie Kowalczyk was found on the porch', 'Birdie Kowalczyk'],
    ['A 94 y/o Clay Nakamura, alert', 'Clay Nakamura'],
    ['seen: rosa delgado (91 y/o) for nail care', 'rosa delgado'],
    ['Registry 55120: Okafor, Chidi, 412 Pine St, Lufkin', 'Okafor, Chidi'],
    ['Lives in Live Oak with her son; drives to clinic', 'Live Oak'],
    ['Terrebonne Parish issued a boil notice', 'Terrebonne Parish'],
    ['REGISTRY SN-55102: ON OXYGEN', 'SN-55102'],
    ['Address: 19 Elm Ct, 02134; lives alone', '02134'],
    ['found at 340 s river rd per the deputy', '340 s river rd'],
    ['cabin at 12 ridge trl above tellico; no power', 'tellico'],
    ['Residents from Thibodaux Nursing Center arrived by bus', 'Thibodaux Nursing Center'],
    ['Vestibular testing at Ogden Balance Center, then PT', 'Ogden Balance Center'],
    // An agreement's parties, labels, signature blanks, holders, lawyers and signers written surname first.
    ['AGREEMENT BETWEEN ORI NAVON AND DALIA KREMER ("INTENDED PARENTS") AND', 'ORI NAVON'],
    ['AGREEMENT BETWEEN ORI NAVON AND DALIA KREMER ("INTENDED PARENTS") AND', 'DALIA KREMER'],
    ['and Marisol Ybarra ("Carrier"), residing at', 'Marisol Ybarra'],
    ['STRAW: OKONJO/HALVERSEN - MRN 55102231', 'OKONJO/HALVERSEN'],
    ['WITNESS SIGNATURE: ________ PRIYA NATARAJAN\nDATE: 3/3', 'PRIYA NATARAJAN'],
    ['storage account 88120931 (lena ostrowski): 2 straws', 'lena ostrowski'],
    ['counsel: Tobias Greer, Esq. reviewed it', 'Tobias Greer'],
    ['results given by phone by OKAFOR, CHIDI.', 'OKAFOR, CHIDI'],
    ['embryos shipped to Halvorsen Fertility Center (Lubbock) by courier', 'Lubbock'],
    ['donor via Ridgeview Egg Donation; matched in May', 'Ridgeview Egg Donation'],
    ['HI, THIS IS DANA FROM FERTILITY ASSOCIATES OF MOBILE.', 'FERTILITY ASSOCIATES OF MOBILE'],
    ['Drew Halvorsen, RN, drew the sample', 'Halvorsen'],
  ])('%s finds %s', (text, part) => expect(covered(text, part)).toBe(true));

  it.each([
    ['street drug use denied; study drug held', 'street drug'],
    ['Alto Pharmacy delivered; CVS pharmacy closed', 'Alto Pharmacy'],
    ['Reciprocal IVF planned after counseling', 'Reciprocal IVF'],
    ['Vials from California Cryobank arrived.', 'California Cryobank'],
    ['county fair last summer; the county ems was late', 'county ems'],
    ['the child "felt hot" per mother', 'felt hot'],
    ['alpha (α) blockade; 5 μg dose', 'α'],
    ['diagnosis diabetes (糖尿病) explained', 'diabetes'],
    ['performed by me, witnessed by RN, ordered by ED', 'RN'],
    ['email the help desk at helpdesk@hospital.org', 'help desk'],
    ['T2N0 tumor; net 1500 mL', 'T2N0'],
    ['aldactone---asa atenolol', 'asa'],
    ['tumor registry 2019 data reviewed', '2019'],
    ['caller states pain is worse', 'states pain'],
    ['chief complaint chest pain', 'complaint'],
    ['A 45-year-old White Male presents', 'White Male'],
    ['at the time of the 1st surgery', '1st'],
    ['took 2 route 5 buses to clinic', 'route 5'],
    ['the catholic parish priest visited', 'priest'],
    ['transferred to a skilled nursing center', 'skilled nursing center'],
    ['The Agreement ("Agreement") between the parties', 'Agreement'],
    ['taken by mouth, daily.', 'mouth'],
    ['seen at Mercy Hospital (ED) today', 'ED'],
    // Look-alikes of radiation, allergy, transfusion and ENT records.
    ['Bermuda grass 4/12 wheal', 'Bermuda grass'],
    ['Fel d 1 2.3 kU/L; Can f 1 0.4', 'Fel d 1'],
    ['Antibody screen: anti-Jkb (Kidd) and anti-K.', 'Kidd'],
    ['Kell antigen negative units only', 'Kell'],
    ['Lewis phenotype Le(a-b+)', 'Lewis'],
    ['Clinic runs Tuesdays and Fridays', 'Tuesdays'],
    ['Fx 3/28 given without incident', '3/28'],
    ['Unit E0291V00 PRBC issued', 'E0291V00'],
    ['Drew the labs at 0600', 'Drew'],
    ['TE puncture with Provox Vega placed', 'Provox Vega'],
    ['Epistaxis from Kiesselbach area', 'Kiesselbach'],
    ['Plan reviewed; Monte Carlo dose calculation', 'Monte Carlo'],
    ['Extract from HollisterStier; shipped by Accredo', 'Accredo'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});
