// The warm-up must read everything a ranked search needs, so the search reads no page from the file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { open, readFile, writeFile } from 'node:fs/promises';
import { openNative, wrapConnection } from '../db/multiple-ciphers-driver';
import { migrate } from './migrations';
import { insertNote, listNotes } from './notes';
import { VAULT_PRAGMAS } from './vault-db';
import { warmStore } from './store-warmup';
import { tempDir } from './vault-test-support';

describe('warmStore', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir('lockscribe-warm-')));
  afterEach(async () => cleanup());

  it('leaves a ranked search nothing to read from the file', async () => {
    const file = path.join(dir, 'n.db');
    const key = Buffer.alloc(32, 5);
    const seed = wrapConnection(openNative(file, key, true));
    await seed.exec(VAULT_PRAGMAS);
    await migrate(seed, 'content');
    const words = ['metformin', 'asthma', 'gout', 'warfarin', 'sepsis', 'anemia', 'insulin'];
    await seed.transaction(async (tx) => {
      for (let i = 0; i < 600; i++) {
        const text = `Visit ${i}: ${words[i % words.length]} follow up. ${'Stable findings, plan unchanged. '.repeat(i % 5 === 0 ? 300 : 40)}`;
        await insertNote(tx, { authorId: 'u_a', text, summary: `${words[(i + 3) % words.length]} noted.`, style: 'brief', provenance: null, at: '2026-01-01T00:00:00.000Z' });
      }
    });
    await seed.close();

    // After the warm-up, every page a search needs is in memory: the search still answers when the file
    // beyond its first page is overwritten with noise (each page read from disk would fail its MAC).
    const searchOverNoise = async (warm: boolean) => {
      const db = wrapConnection(openNative(file, key, false));
      await db.exec(VAULT_PRAGMAS);
      const expected = await listNotes(db, { authorId: null, query: 'anemia', limit: 5 });
      if (warm) await warmStore(db);
      const original = await readFile(file);
      const noise = randomBytes(original.length - 4096);
      const handle = await open(file, 'r+');
      await handle.write(noise, 0, noise.length, 4096);
      await handle.close();
      try {
        const hits = await listNotes(db, { authorId: null, query: 'gout', limit: 100 });
        expect(hits.length).toBeGreaterThan(50);
        return hits.length;
      } finally {
        await db.close().catch(() => undefined);
        await writeFile(file, original);
        expect(expected.length).toBe(5);
      }
    };
    expect(await searchOverNoise(true)).toBeGreaterThan(50);
    await expect(searchOverNoise(false)).rejects.toThrow();
  });
});
