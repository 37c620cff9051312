// What cardiology, dermatology, anaesthesia and school-health records name that looks like a person, a place, a date or
// a number and is none: eponyms with their noun ("Austin Flint murmur", "Simpson's biplane", "Clark level IV", "Beau's
// lines", "Murphy eye", "Tanner 3", "Aldrete 9/10"), devices, fillers and drugs by brand ("Acticor 7 VR-T DX", "Zoll
// LifeVest", "Restylane Kysse", "Gvoke HypoPen"), national programs and school software ("Head Start", "Infinite
// Campus"), a chain named alone ("Walgreens"), units and generic places ("Labor and Delivery", "the student health
// center"), an anaesthesia billing code, and a country one travelled to ("vacationed in Mexico": a country is no unit
// smaller than a state). Candidates inside them are dropped by named-things.ts.
import { spansOf } from './named-gear';
import { COUNTRY } from './town-country';
import { wordGate } from './tokens';

const EPONYM = /\baustin[ \t]+flint(?=[ \t]+(?:murmur|rumble))|\bgraham[ \t]+steell?(?=[ \t]+murmur)|\bfick(?=[ \t]+(?:method|principle|co|ci|cardiac|output|equation|estimate|calculation)\b)|\b(?:thermodilution|td|by|per|via|using|assumed)[ \t]+(?:(?:and|&|\/)[ \t]+)?(fick)\b|\bsimpson['’]?s?(?=[ \t]+(?:biplane|method|rule|bi-plane))|\bcornell(?=[ \t]+(?:voltage|criteria|product))|\bleser[ \t-]+tr[ée]lat\b|\bclark(?=[ \t]+levels?[ \t]+(?:[ivx]+|[1-5])\b)|\bmax[ \t]+joseph(?=[ \t]+(?:spaces?|clefts?))|\bbeau['’]?s?(?=[ \t]+lines?)|\blanger['’]?s?(?=[ \t]+lines?)|\bfinn[ \t]+chambers?\b|\bcricoid[ \t]+pressure[ \t]*\((sellick)\)|\bsellick['’]?s?(?=[ \t]+(?:maneuver|manoeuvre|pressure))|\bmurphy[ \t]+eyes?\b|\bpierre[ \t]+robin(?=[ \t]+(?:sequence|syndrome|anomaly|malformation))|\b\d{2}[ \t]*(?:g|ga|gauge)[ \t]+(whitacre)\b|\bwhitacre(?=[ \t]+(?:spinal|needle))|\btanner[ \t]+(?:stage[ \t]+)?(?:[1-5]|i{1,3}|iv|v)\b|\baldrete(?:[ \t]+score)?[ \t]*:?[ \t]*\d{1,2}\/10\b/gi;
const EPONYM_WORDS = wordGate('austin graham fick simpson simpsons cornell leser clark max beau beaus langer langers finn cricoid sellick murphy pierre whitacre tanner aldrete');

const PRODUCT = /\bacticor(?:[ \t]+\d{1,2})?(?:[ \t]+(?:vr-t|dr-t|hf-t)(?:[ \t]+dx)?)?|\b(?:zoll[ \t]+)?lifevest\b|\bxience(?:[ \t]+(?:sierra|alpine|skypoint|xpedition))?|\brestylane(?:[ \t]+(?:kysse|lyft|silk|defyne|refyne|contour|eyelight))?|\b(?:cetaphil|cerave|aveeno|vanicream|eucerin)[ \t]+(?:and|or|&)[ \t]+(dove)\b|\bdove(?=[ \t]+(?:soap|bar|sensitive|unscented|beauty[ \t]+bar|body[ \t]+wash))|\bpulmicort(?:[ \t]+(?:respules|flexhaler))?|\bgvoke(?:[ \t]+(?:hypopen|pfs|kit))?|\bmagnus[ \t]+health\b|\binfinite[ \t]+campus\b|\bhead[ \t]+start\b|\bwalgreens\b(?![ \t]*#)/gi;
const PRODUCT_WORDS = wordGate('acticor zoll lifevest xience restylane cetaphil cerave aveeno vanicream eucerin dove pulmicort gvoke magnus infinite head walgreens');

/** Units and generic places: "Moved to Labor and Delivery", "the student health center". */
const PLACE = /\blabou?r[ \t]+(?:and|&)[ \t]+delivery\b|\bthe[ \t]+((?:student|employee|campus)[ \t]+health[ \t]+(?:center|centre|clinic|service|services))\b/gi;
const PLACE_WORDS = wordGate('labor labour health');

/** An anaesthesia billing code after its label: "ASA code 01402". */
const NUMBERED = /\b(?:asa|anesthesia|anaesthesia|cpt)[ \t]+(?:code|base[ \t]+units?[ \t]+code)[ \t]*:?[ \t]*0[01]\d{3}\b/gi;
const NUMBERED_WORDS = wordGate('asa anesthesia anaesthesia cpt');

/** A country travelled to or from, not a US town of its name ("in Mexico, NY", "Mexico City"). */
const TRAVEL_COUNTRY = new RegExp(String.raw`\b(?:vacationed|vacationing|vacation|holiday|holidayed|traveled|travelled|traveling|travelling|travel|trip|visited|visiting|flew|returned|cruise)[ \t]+(?:(?:in|to|from|through)[ \t]+)?(?:the[ \t]+)?(${COUNTRY})\b(?![ \t]+city\b|[ \t]*,[ \t]*\p{L})`, 'giu');
const TRAVEL_WORDS = wordGate('vacationed vacationing vacation holiday holidayed traveled travelled traveling travelling travel trip visited visiting flew returned cruise');

/** The spans of these records' look-alikes in `text`; `open` says which word gates are open. */
export function chartSpans(text: string, open: Uint8Array): Array<[number, number]> {
  return spansOf(text, open, [[EPONYM, EPONYM_WORDS], [PRODUCT, PRODUCT_WORDS], [PLACE, PLACE_WORDS], [NUMBERED, NUMBERED_WORDS], [TRAVEL_COUNTRY, TRAVEL_WORDS]]);
}
