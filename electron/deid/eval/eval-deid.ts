// `npm run eval:deid [-- --formats|--names|--places|--nursing|--narrative|--records|--transitions|--messages|--reports|--history|--perinatal|--admin|--icu|--abroad|--digital|--timeline|--teamwork|--prehospital|--pharmacy|--homecare|--consults|--behavioral|--procedures|--pediatrics|--oncology|--genetics|--decedent|--wards|--publichealth|--occupational|--emergency|--correctional|--ancillary|--transplant|--longterm|--research|--campus|--socialwork|--devices|--frontier|--veterans|--dental|--rehab|--claims|--hospice|--eye|--sports|--sexhealth|--dialysis|--hearing|--wound|--recovery|--nutrition|--cardiology|--derm|--anesthesia|--school|--urology|--rheum|--travel|--corrections|--endoscopy|--sleep|--nicu|--interpreter|--disaster|--bariatric|--podiatry|--fertility|--radiation|--allergy|--transfusion|--ent|--infusion|--palliative|--protection|--epilepsy|--pain|--neurosurgery|--marrow|--vascular|--burn|--hyperbaric|--telepsych|--geriatrics|--plastic|--lactation|--motility|--pulmrehab [--misses]] [-- --json] [--examples N] [--split odd|odd-a|odd-b|even|all] [--seed N] [--us-towns] [--strict]`: scores the engine on the
// kit's gold sets; --split picks which PhysioNet half is shown (with its examples), so the held-out
// half's misses stay unseen while rules are written. PhysioNet is reported as a whole and in two halves by patient (odd patient ids
// were used while developing the rules; even ids were held back to check they generalize). ACI-Bench
// visit notes and dialogues check name recall on text the rules were not written against.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { findIdentifiers } from '../find';
import { kitDir, loadAciNames, loadPhysionet, loadPresidio, type GoldDoc } from './kit';
import { swapSurrogates } from './swap';
import { wordLists } from '../wordlists';
import { WAVE_PRINTERS } from './formats-report';
import { PHYSIONET_TYPES, PRESIDIO_TYPES, precision, ratio, scoreDocs, type Score, type TypeMap } from './score';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function table(name: string, s: Score): string {
  const lines = [`${name}: ${s.docs} documents`, `  ${'kind (gold type)'.padEnd(34)} ${'found'.padStart(6)} ${'total'.padStart(6)} ${'recall'.padStart(7)}`];
  for (const [type, k] of Object.entries(s.perType).sort()) lines.push(`  ${type.padEnd(34)} ${String(k.found).padStart(6)} ${String(k.total).padStart(6)} ${ratio(k).toFixed(3).padStart(7)}`);
  lines.push(`  ${'overall recall'.padEnd(34)} ${String(s.recall.found).padStart(6)} ${String(s.recall.total).padStart(6)} ${ratio(s.recall).toFixed(3).padStart(7)}`);
  if (!name.includes('recall only')) lines.push(`  ${'precision (redacted characters)'.padEnd(34)} ${String(s.correctChars).padStart(6)} ${String(s.redactedChars).padStart(6)} ${precision(s).toFixed(3).padStart(7)}`);
  return lines.join('\n');
}

function summary(s: Score) {
  return {
    documents: s.docs,
    recall: ratio(s.recall),
    precision: precision(s),
    perKind: Object.fromEntries(Object.entries(s.perType).map(([k, v]) => [k, { ...v, recall: ratio(v) }])),
  };
}

/** Findings over the kit's mtsamples transcriptions: a false-alarm gauge (they carry few identifiers). */
async function mtsamplesFindings(kit: string): Promise<number | null> {
  const dir = path.join(kit, 'data/mtsamples');
  if (!existsSync(dir)) return null;
  let n = 0;
  for (const f of (await readdir(dir)).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of (await readFile(path.join(dir, f), 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      const t = (JSON.parse(line) as { transcription?: unknown }).transcription;
      if (typeof t === 'string') n += findIdentifiers(t).length;
    }
  }
  return n;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  for (const [flag, print] of WAVE_PRINTERS) if (args.includes(`--${flag}`)) return print(args.includes('--misses'));
  const json = args.includes('--json');
  const ex = args.indexOf('--examples');
  const examples = ex >= 0 ? Number(args[ex + 1] ?? 20) : 0;
  const sp = args.indexOf('--split');
  const split = sp >= 0 ? (args[sp + 1] ?? 'all') : 'all';
  if (!['odd', 'odd-a', 'odd-b', 'even', 'all'].includes(split)) {
    console.error('lockscribe: --split takes odd, odd-a, odd-b, even or all');
    return 1;
  }
  const kit = kitDir(repoRoot);
  if (!existsSync(path.join(kit, 'data/deid-physionet'))) {
    console.error(`lockscribe: eval:deid needs the test-data kit at ${kit} (set LOCKSCRIBE_KIT)`);
    return 1;
  }
  const find = (t: string) => findIdentifiers(t);
  const physio = await loadPhysionet(kit);
  const byPatient = (odd: boolean) => physio.filter((d) => Number(d.id.split('-')[0]) % 2 === (odd ? 1 : 0));
  const sets: [string, readonly GoldDoc[], TypeMap][] = [];
  // odd-a / odd-b: the dev half in two folds by patient (id % 4 == 1 / 3), so a rule written against
  // one fold's misses can be checked on the other before the held-out half is looked at.
  if (split === 'odd-a' || split === 'odd-b') {
    const rest = split === 'odd-a' ? 1 : 3;
    const fold = physio.filter((d) => Number(d.id.split('-')[0]) % 4 === rest);
    const other = physio.filter((d) => Number(d.id.split('-')[0]) % 4 === 4 - rest);
    sets.push([`physionet dev fold ${split.slice(4)} (patient id % 4 == ${rest})`, fold, PHYSIONET_TYPES]);
    sets.push([`physionet dev fold ${split === 'odd-a' ? 'b' : 'a'} (patient id % 4 == ${4 - rest}, figures only)`, other, PHYSIONET_TYPES]);
  }
  if (split === 'all') sets.push(['physionet (all)', physio, PHYSIONET_TYPES]);
  const folded = split.startsWith('odd-');
  if (split !== 'even' && !folded) sets.push(['physionet dev half (odd patients)', byPatient(true), PHYSIONET_TYPES]);
  if (split !== 'odd' && !folded) sets.push(['physionet held-out half (even patients)', byPatient(false), PHYSIONET_TYPES]);
  const sd = args.indexOf('--seed');
  const seed = sd >= 0 ? Number(args[sd + 1] ?? 11) : 11;
  if (split !== 'even' && !folded) sets.push(['physionet dev half, surrogates swapped', swapSurrogates(byPatient(true), seed), PHYSIONET_TYPES]);
  // --us-towns: the same half with its places drawn from the gazetteer's US post-office towns (real towns, any name).
  if (split !== 'even' && args.includes('--us-towns')) sets.push(['physionet dev half, places swapped for US towns', swapSurrogates(byPatient(true), seed, [...wordLists().towns].filter((t) => /^[a-z]{3,}$/.test(t)).map((t) => t[0]!.toUpperCase() + t.slice(1))), PHYSIONET_TYPES]);
  // --strict: every word of every place and name swapped, some surnames everyday words (see swap.ts).
  if (split !== 'even' && args.includes('--strict')) sets.push(['physionet dev half, strict swap', swapSurrogates(folded ? physio.filter((d) => Number(d.id.split('-')[0]) % 4 === (split === 'odd-a' ? 1 : 3)) : byPatient(true), seed, undefined, true), PHYSIONET_TYPES]);
  if (existsSync(path.join(kit, 'data/presidio-synth'))) sets.push(['presidio-synth', await loadPresidio(kit), PRESIDIO_TYPES]);
  // Names only (precision is not meaningful here: dates, places and ages in these notes are unlabelled).
  if (existsSync(path.join(kit, 'data/aci-bench'))) sets.push(['aci-bench names (recall only)', await loadAciNames(kit), { PERSON: 'NAME' }]);
  const results: Record<string, Omit<ReturnType<typeof summary>, 'precision'> & { precision: number | null }> = {};
  const started = performance.now();
  for (const [name, docs, types] of sets) {
    // The held-out half shows its examples only when asked for by name (--split even).
    const s = scoreDocs(docs, find, types, name.includes('(all)') || name.includes('figures only') || (name.includes('held-out') && split !== 'even') ? 0 : examples);
    results[name] = name.includes('recall only') ? { ...summary(s), precision: null } : summary(s);
    if (!json) {
      console.log(`${table(name, s)}\n`);
      for (const m of s.misses) console.log(`  miss ${m.doc} ${m.type} [${m.text}] … ${m.context}`);
      for (const f of s.falsePositives) console.log(`  extra ${f.doc} ${f.rule} [${f.text}] … ${f.context}`);
    }
  }
  const mt = await mtsamplesFindings(kit);
  if (json) console.log(JSON.stringify({ ...results, mtsamplesFindings: mt }, null, 2));
  else if (mt !== null) console.log(`mtsamples transcriptions (no gold; findings there are mostly false alarms): ${mt} findings`);
  else console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return 0;
}

process.exitCode = await main();
