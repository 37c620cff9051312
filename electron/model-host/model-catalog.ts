// Finds .gguf files in the models folder and its direct subfolders (users often keep one folder
// per model). Symlinks to regular files count; sockets, FIFOs, devices and broken links do not.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ModelCandidate } from '../../shared/contract/model';

async function regularFileSize(file: string): Promise<number | null> {
  try {
    const s = await stat(file);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

async function listDir(dir: string): Promise<{ files: ModelCandidate[]; subdirs: string[] }> {
  const files: ModelCandidate[] = [];
  const subdirs: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return { files, subdirs };
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      subdirs.push(full);
      continue;
    }
    if (!e.name.toLowerCase().endsWith('.gguf') || !(e.isFile() || e.isSymbolicLink())) continue;
    const size = await regularFileSize(full);
    if (size !== null) files.push({ path: full, fileName: e.name, sizeBytes: size });
  }
  return { files, subdirs };
}

export async function listModels(modelsDir: string): Promise<ModelCandidate[]> {
  const top = await listDir(modelsDir);
  const nested = await Promise.all(top.subdirs.map(async (d) => (await listDir(d)).files));
  return [...top.files, ...nested.flat()].sort((a, b) => a.path.localeCompare(b.path));
}
