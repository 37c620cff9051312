// Towns and wards named after a place or a move: the town after a named place ("at Kids First Dental in Harmony",
// "LACONIA CHILDREN'S HOSPITAL, WILLIMANTIC VIA", "at the corner grill (willimantic)"), an office named for its town
// ("the Skowhegan WIC office"), the town of a place one lived or was in ("in a trailer in Norway"), and a ward named for
// a building with its floor ("back to WHITE 3").
import { DEPARTMENT_WORD, GENERIC } from './organizations';
import { mark, type PlaceCtx } from './place-context';

/** Kind words between a place's name and what follows it ("Laconia Children's Hospital, Willimantic"). */
const KIND_TAIL = /^(?:['’]s)?(?:[ \t]+(?:children['’]s|women['’]s|regional|general|community|memorial|medical|health|healthcare|hospital|hosp\.?|center|centre|clinic|dental|dentistry|pediatrics|pediatric|associates|school|elementary|academy|daycare|preschool|care|child|ob\/gyn|midwifery|practice|group|services|county|jail))*/i;
/** What ends a town's name after a place ("… in Harmony; fluoride", "…, Willimantic via transport"). */
const TOWN_AFTER_END = /^(?:[ \t]*(?:[,.;:)(\n]|$)|[ \t]+(?:via|for|on|at|and|with|per|x|since|until|in|to|as|where|when|who|\d))/i;
/** Words after "in" that say how, not where ("in stable condition", "in labor"). */
const NOT_TOWN_AFTER = new Set(['stable', 'good', 'fair', 'critical', 'satisfactory', 'serious', 'guarded', 'labor', 'transit', 'route', 'person', 'house', 'network', 'process', 'progress', 'addition', 'place', 'time', 'order', 'case', 'general', 'total', 'the', 'a', 'an', 'his', 'her', 'their', 'our', 'my', 'its', 'this', 'that']);

/** A town's words at token k: one to three, capitalized in mixed case, in one case a listed town or a word no list calls
 * everyday; ended as a town's name ends. */
function townWords(ctx: PlaceCtx, k: number): number[] {
  const { tokens, text } = ctx;
  const out: number[] = [];
  for (let j = k; j < tokens.length && out.length < 3; j++) {
    if (j > k && !/^[ \t]+$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
    const t = tokens[j]!;
    const f = ctx.f[j]!;
    if (f.fn || f.clinical || NOT_TOWN_AFTER.has(t.key) || /\d/.test(t.key) || t.end - t.start < 3) break;
    if (t.lineCase === 'mixed' ? !t.cap || t.allCaps : f.common && !f.town && !f.city) break;
    out.push(j);
  }
  while (out.length > 0 && !TOWN_AFTER_END.test(text.slice(tokens[out[out.length - 1]!]!.end, tokens[out[out.length - 1]!]!.end + 12))) out.pop();
  return out;
}

/** "at Kids First Dental in Harmony", "at Laconia Children's Hospital, Willimantic via": the town after a named place. */
export function townAfterPlaceRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!ctx.isPlace[i] || ctx.isPlace[i + 1]) continue;
    const tail = KIND_TAIL.exec(text.slice(tokens[i]!.end, tokens[i]!.end + 80))![0];
    const rest = text.slice(tokens[i]!.end + tail.length, tokens[i]!.end + tail.length + 6);
    const link = /^(?:,[ \t]*|[ \t]+in[ \t]+|[ \t]*\([ \t]*)/i.exec(rest);
    if (!link) continue;
    const at = tokens[i]!.end + tail.length + link[0].length;
    let k = i + 1;
    while (k < tokens.length && tokens[k]!.start < at) k++;
    if (k >= tokens.length || tokens[k]!.start !== at || ctx.isName.has(k)) continue;
    // After a comma only a facility's town (a hospital, a practice): "Smith, John" lists stay people.
    if (link[0].startsWith(',') && tail.trim() === '' && !/organization|facility|hospital|saint|church/.test(ctx.rules[i] ?? '')) continue;
    const words = townWords(ctx, k);
    // "at the corner grill (willimantic)": in brackets after a named place of business or care, the town fills them.
    if (link[0].includes('(') && (!/facility|organization|kind-named|hospital|saint|church|body|institution|practice|employer|care/.test(ctx.rules[i] ?? '') || words.length === 0 || words.length > 2 || !/^[ \t]*\)/.test(text.slice(tokens[words[words.length - 1]!]!.end)))) continue;
    for (const j of words) mark(ctx, j, 'place-town-after');
  }
}

/** Offices named for their town: "the Skowhegan WIC office", "in the BANGOR office". */
const OFFICE_AFTER = /^[ \t]+(?:(?:wic|dhhs|dcf|dss|dta|ssa|va|dmv|rmv|probation|parole|social[ \t]+security|unemployment|welfare|housing|legal[ \t]+aid|district|field|satellite|branch|regional)[ \t]+)?(?:office|clinic)\b/i;

export function townOfficeRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  if (!/office|clinic/i.test(text)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]!.key !== 'the' || !OFFICE_AFTER.test(text.slice(tokens[i]!.end, tokens[i]!.end + 32))) continue;
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    // ("the anticoagulation clinic", "the infusion clinic": a kind of care, no town.)
    if (f.fn || f.clinical || GENERIC.has(t.key) || DEPARTMENT_WORD.test(t.key) || /(?:ment|ion)$/.test(t.key) || ctx.isName.has(i) || t.end - t.start < 3) continue;
    if (t.lineCase === 'mixed' ? !t.cap || t.initial : f.common && !f.town && !f.city) continue;
    mark(ctx, i, 'place-town-office');
  }
}

/** "in a parking lot in Friendship", "in a trailer in Norway": where a place of living or an event was, in its town. */
const PLACE_NOUN_IN = /\b(?:trailer|motel|hotel|apartment|parking[ \t]+lot|house|home|shelter|camp|cabin|farm|condo|tent|car|truck|park|church|bar|restaurant|store|garage|basement|barn|boat|room)[ \t]+in[ \t]+$/i;

export function placeNounInTownRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]!.key !== 'in' || ctx.isPlace[i] || ctx.isName.has(i) || !PLACE_NOUN_IN.test(text.slice(Math.max(0, tokens[i]!.start - 20), tokens[i]!.start))) continue;
    // The noun must be one's own ("a trailer", "her car"), not a phrase ("home in time").
    if (!/\b(?:a|an|the|his|her|their|our|my|its)[ \t]+(?:\w+[ \t]+)?(?:trailer|motel|hotel|apartment|parking[ \t]+lot|house|home|shelter|camp|cabin|farm|condo|tent|car|truck|park|church|bar|restaurant|store|garage|basement|barn|boat|room)[ \t]+in[ \t]+$/i.test(text.slice(Math.max(0, tokens[i]!.start - 32), tokens[i]!.start))) continue;
    for (const j of townWords(ctx, i)) mark(ctx, j, 'place-town-after');
  }
}

/** A ward named for a building or donor, with its floor, after a move: "back to WHITE 3", "tx'd to micu from gryzmish 9",
 * "REPORT GIVEN TO MAI RN ON SHAPIRO 4", "TX TO stoneman 9 WHEN BED AVAIL". */
const WARD_MOVE = /\b(?:back[ \t]+to|tx[ \t]+to|tx['’]?d[ \t]+to|txd[ \t]+to|transfer(?:red)?[ \t]+to|transferred[ \t]+from|tx['’]?d[ \t]+from|rn[ \t]+on|nurse[ \t]+on|(?:micu|sicu|ccu|icu|unit)[ \t]+from|go[ \t]+to|going[ \t]+to)[ \t]+$/i;
const WARD_FLOOR_END = /^[ \t]+\d{1,2}(?:[ \t]*(?:[,.;:)(\n]|$)|[ \t]+(?:once|when|after|via|for|and|with|w\/|on|at|in|today|tonight|tomorrow|pending|per|report|rn|team|bed))/i;
/** Words before a number that are a setting, a drug or a place's part, not a building. */
const NOT_WARD_WORD = /^(?:bed|beds|room|rm|floor|level|step|stage|grade|pod|day|days|page|week|unit|units|vent|peep|ps|cpap|bipap|fio2|levo|levophed|neo|dopa|dopamine|lasix|insulin|heparin|room|rate|dose|doses|zone|station|bay|ward|suite|wing|tower|building|bldg|north|south|east|west|the|a|an|icu|micu|sicu|ccu|csru|nicu|pacu|or|ir|ed|er|baseline|goal|sat|sats|ac|imv|simv|mg|mcg|cc|ml|hr|hrs|x|q|tele|telemetry|vna|home|rehab|gi|ct|mri|hd|cath|lab|echo|pt|ot|max|min)$/i;

export function wardFloorRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Cheap first: spaces and a digit right after the word.
    let e = t.end;
    while (e < t.end + 3 && (text[e] === ' ' || text[e] === '\t')) e++;
    const d = text.charCodeAt(e);
    if (e === t.end || d < 48 || d > 57) continue;
    if (ctx.isPlace[i] || ctx.isName.has(i) || t.end - t.start < 3 || NOT_WARD_WORD.test(t.key) || !WARD_FLOOR_END.test(text.slice(t.end, t.end + 16))) continue;
    const f = ctx.f[i]!;
    if (f.fn || f.clinical || f.eponym || /\d/.test(t.key)) continue;
    if (!WARD_MOVE.test(text.slice(Math.max(0, t.start - 24), t.start))) continue;
    mark(ctx, i, 'place-ward');
  }
}
