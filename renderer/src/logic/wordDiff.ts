// Word-level diff of two summary texts (longest common subsequence over words), for "what the
// clinician changed" on an edited version. Words are compared without the whitespace after them, so
// only words align; the parts give the new text back exactly (and the old one up to whitespace).

export interface DiffPart {
  readonly op: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** Words with their trailing whitespace (leading whitespace is a token of its own). */
function words(text: string): string[] {
  return text.match(/^\s+|\S+\s*/g) ?? [];
}

const same = (x: string, y: string) => x.trim() === y.trim();

/** Within each run of changes, everything removed first, then everything added: easier to read. */
function grouped(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ op: 'removed', text: removed });
    if (added) out.push({ op: 'added', text: added });
    removed = '';
    added = '';
  };
  for (const p of parts) {
    if (p.op === 'removed') removed += p.text;
    else if (p.op === 'added') added += p.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'same') out[out.length - 1] = { op: 'same', text: last.text + p.text };
      else out.push(p);
    }
  }
  flush();
  return out;
}

/** Beyond this many word pairs, lines that differ are shown whole rather than aligned word by word. */
const MAX_CELLS = 4_000_000;

export function wordDiff(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  // Common head and tail are cut first: edits are usually small.
  let head = 0;
  while (head < a.length && head < b.length && same(a[head]!, b[head]!)) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && same(a[a.length - 1 - tail]!, b[b.length - 1 - tail]!)) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) parts[parts.length - 1] = { op, text: last.text + text };
    else parts.push({ op, text });
  };
  push('same', b.slice(0, head).join(''));
  if (midA.length * midB.length > MAX_CELLS) {
    push('removed', midA.join(''));
    push('added', midB.join(''));
  } else {
    // lcs[i][j]: common words of midA[i..] and midB[j..].
    const n = midA.length;
    const m = midB.length;
    const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i]![j] = same(midA[i]!, midB[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && same(midA[i]!, midB[j]!)) {
        push('same', midB[j]!);
        i++;
        j++;
      } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
        push('added', midB[j++]!);
      } else {
        push('removed', midA[i++]!);
      }
    }
  }
  push('same', b.slice(b.length - tail).join(''));
  return grouped(parts);
}
