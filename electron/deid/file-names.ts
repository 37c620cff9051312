// Names inside file names: "jsmith_cxr_0304.dcm", "KowalskiA_labs.pdf", "echo-maria-lopez.mp4". A file name has
// no spaces and no capitals to read, so its letter runs are read against the name lists alone: a listed surname
// or given name that is no everyday or clinical word, or an initial glued to a listed surname ("jsmith").
import type { Candidate } from './patterns';
import { facts } from './tokens';
import type { WordLists } from './wordlists';

const EXTENSION = String.raw`\.(?:dcm|dicom|pdf|jpe?g|png|gif|bmp|tiff?|heic|docx?|rtf|txt|xlsx?|csv|zip|mp4|mov|avi|wav|mp3|m4a|nii|edf|hl7|xml|json)\b`;
const FILE_NAME = new RegExp(String.raw`(?<![\w./\\-])[A-Za-z0-9][\w-]*(?:\.[\w-]+)*` + EXTENSION, 'gi');
const GATE = new RegExp(EXTENSION, 'i');

/** Is this lower-case run a name by the lists: a name no word spells ("flair", "echo" stay)? A surname glued
 * to an initial may be a word too ("jsmith", "cbrown"). */
function listedName(lists: WordLists, run: string, glued = false): boolean {
  if (run.length < 3) return false;
  const f = facts(lists, run);
  return (glued ? f.last : (f.first || f.last) && !f.english) && !f.clinical && !f.fn && !f.eponym;
}

/** Words a file's name opens with that say what it holds, not whose it is. */
const NOT_FILE_NAME = /^(?:report|reports|scan|scans|image|images|img|photo|photos|pic|export|exports|data|file|files|audio|video|wound|note|notes|letter|form|forms|labs?|chart|record|records|session|test|tests|study|backup|log|logs|dicom|series|exam|visit|print|aud|audio|tymp|vng|abr|oae|ecg|ekg|eeg|emg|cxr|mri|ct|us|xr)$/i;

/** The dates inside a file's name ("072417", "20171028", "2016-01-27"), as DATE candidates. */
function datesIn(base: string, at: number, out: Candidate[]): void {
  for (const d of base.matchAll(/(?<![A-Za-z\d])(?:(?:19|20)\d{2}(-?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{2})(?![A-Za-z\d])/g)) {
    out.push({ start: at + d.index, end: at + d.index + d[0].length, kind: 'DATE', rule: 'date-file-name', priority: 3 });
  }
}

/** Names' letter runs inside the file names of a text, as NAME candidates (the extension and the rest stay). */
/** An EEG system's study file, the patient's name written "surname~ given" before its id: "conroy~ antonia_23f3cb90-…e". */
const TILDE_NAME = /(?=\p{L})(?<![\p{L}\d'’-])(\p{L}[\p{L}\p{M}'’-]+~[ \t]?\p{L}[\p{L}\p{M}'’-]*)(?=_|\.(?:e|erd|eeg|edf)\b)/gu;

export function fileNameCandidates(text: string, lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  if (text.includes('~')) for (const m of text.matchAll(TILDE_NAME)) out.push({ start: m.index, end: m.index + m[1]!.length, kind: 'NAME', rule: 'name-file-name', priority: 3 });
  if (!GATE.test(text)) return out;
  for (const m of text.matchAll(FILE_NAME)) {
    const base = m[0].slice(0, m[0].lastIndexOf('.'));
    // "celia_young_rash.jpg", "COLLIN_HALL_RASH.JPG": a listed given name, then a listed surname, as the first two parts;
    // either may be a word ("max_best", "chase_hill").
    const pair = /^([A-Za-z]{3,})[_-]([A-Za-z]{2,})(?=[_-]|$)/.exec(base);
    if (pair) {
      const g = facts(lists, pair[1]!.toLowerCase());
      const f = facts(lists, pair[2]!.toLowerCase());
      // ("hiebl_rusty_20130906_cecum.jpg": the surname first, as a chart sorts them.)
      const sorted = g.last && f.first && !f.clinical && !f.fn && !g.clinical && !g.fn && (!g.english || !f.english);
      if ((g.first && !g.clinical && !g.fn && f.last && !f.clinical && !f.fn && !f.eponym) || sorted) {
        out.push({ start: m.index, end: m.index + pair[0].length, kind: 'NAME', rule: 'name-file-name', priority: 3 });
        datesIn(base, m.index, out);
        continue;
      }
    }
    // "MARSH_20171028_AUD.XML": a listed surname alone before the file's date, as exports name them.
    const lone = /^([A-Za-z]{3,})[_-](?:19|20)\d{2}-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])(?=[_-]|$)/.exec(base);
    if (lone) {
      const f = facts(lists, lone[1]!.toLowerCase());
      if (f.last && !f.clinical && !f.fn && !f.eponym && !NOT_FILE_NAME.test(lone[1]!)) out.push({ start: m.index, end: m.index + lone[1]!.length, kind: 'NAME', rule: 'name-file-name', priority: 3 });
    }
    datesIn(base, m.index, out);
    // A record number inside a file name ("egd_43682302_101423_04.jpg"): six digits or more, unless a date reads them.
    for (const d of base.matchAll(/(?<![A-Za-z\d])\d{6,12}(?![A-Za-z\d])/g)) {
      // (A clock time after a date: "ECG_20110427_134608.dcm".)
      if (!/^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(d[0]) && !/(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[_-]$/.test(base.slice(0, d.index))) out.push({ start: m.index + d.index, end: m.index + d.index + d[0].length, kind: 'ID', rule: 'id-file-name', priority: 3 });
    }
    for (const r of base.matchAll(/[A-Za-z]+/g)) {
      // "KowalskiA": a capital inside the run starts a new part (camel case, a trailing initial).
      for (const part of r[0].matchAll(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g)) {
        const run = part[0].toLowerCase();
        const start = m.index + r.index + part.index;
        // "jsmith": an initial glued to a listed surname.
        // (The whole run must be no word: "shunt" is no s. Hunt, "scan" no one.)
        const glued = run.length >= 4 && !facts(lists, run).english && listedName(lists, run.slice(1), true);
        if (NOT_FILE_NAME.test(run)) continue;
        if (listedName(lists, run) || glued) out.push({ start, end: start + run.length, kind: 'NAME', rule: 'name-file-name', priority: 3 });
      }
    }
  }
  return out;
}
