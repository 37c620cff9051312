import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { listModels } from './model-catalog';
import { chooseThreads, parseThreads } from './threads';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ls-catalog-'));
  await writeFile(path.join(dir, 'a.gguf'), 'x'.repeat(10));
  await writeFile(path.join(dir, 'README.md'), 'not a model');
  await mkdir(path.join(dir, 'qwen'));
  await writeFile(path.join(dir, 'qwen', 'B.GGUF'), 'xx');
  await mkdir(path.join(dir, 'qwen', 'deeper'));
  await writeFile(path.join(dir, 'qwen', 'deeper', 'c.gguf'), 'x');
  await mkdir(path.join(dir, 'dir.gguf'));
  await symlink(path.join(dir, 'a.gguf'), path.join(dir, 'link.gguf'));
  await symlink(path.join(dir, 'gone'), path.join(dir, 'broken.gguf'));
  execFileSync('mkfifo', [path.join(dir, 'fifo.gguf')]);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('model catalog', () => {
  it('lists .gguf regular files one level deep with sizes', async () => {
    const found = await listModels(dir);
    expect(found.map((m) => path.relative(dir, m.path))).toEqual(['a.gguf', 'link.gguf', path.join('qwen', 'B.GGUF')]);
    expect(found[0]).toEqual({ path: path.join(dir, 'a.gguf'), fileName: 'a.gguf', sizeBytes: 10 });
  });

  it('returns nothing for a missing folder', async () => {
    expect(await listModels(path.join(dir, 'missing'))).toEqual([]);
  });
});

describe('thread count', () => {
  it('uses half the cores, at least one, unless LOCKSCRIBE_THREADS says otherwise', () => {
    expect(chooseThreads({}, 2)).toBe(1);
    expect(chooseThreads({}, 1)).toBe(1);
    expect(chooseThreads({}, 16)).toBe(8);
    expect(chooseThreads({ LOCKSCRIBE_THREADS: '3' }, 16)).toBe(3);
    expect(chooseThreads({ LOCKSCRIBE_THREADS: 'lots' }, 16)).toBe(8);
    expect(parseThreads('0')).toBeNull();
    expect(parseThreads('2.5')).toBeNull();
  });
});
