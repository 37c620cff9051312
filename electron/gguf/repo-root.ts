// The repository root, found the same way from a source file (electron/<dir>/x.ts) and from a
// bundle (dist/<dir>/x.mjs): both sit two levels below it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function repoRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}
