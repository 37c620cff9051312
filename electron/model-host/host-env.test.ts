import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forkHostChannel } from './host-channel';
import { hostEnvironment, isHostEnvName } from './host-env';

describe('model host environment', () => {
  it('keeps only what the host needs', () => {
    const env = hostEnvironment({
      PATH: '/usr/bin',
      HOME: '/home/u',
      TMPDIR: '/tmp',
      CUDA_VISIBLE_DEVICES: '0',
      VK_ICD_FILENAMES: '/usr/share/vulkan/icd.d/x.json',
      GGML_CUDA_FORCE_MMQ: '1',
      LOCKSCRIBE_THREADS: '4',
      LOCKSCRIBE_HOST_TEST_HOOKS: '1',
      // Everything below must stay behind.
      LOCKSCRIBE_DATA_DIR: '/secret/vault',
      SSH_AUTH_SOCK: '/run/agent',
      AWS_SECRET_ACCESS_KEY: 'x',
      NODE_OPTIONS: '--inspect',
      LD_PRELOAD: '/tmp/evil.so',
      DISPLAY: ':0',
      HISTFILE: '/home/u/.bash_history',
      ELECTRON_RUN_AS_NODE: '1',
      UNSET: undefined,
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/u',
      TMPDIR: '/tmp',
      CUDA_VISIBLE_DEVICES: '0',
      VK_ICD_FILENAMES: '/usr/share/vulkan/icd.d/x.json',
      GGML_CUDA_FORCE_MMQ: '1',
      LOCKSCRIBE_THREADS: '4',
      LOCKSCRIBE_HOST_TEST_HOOKS: '1',
    });
  });

  it('drops most of a real environment', () => {
    const full = { ...process.env, LOCKSCRIBE_DATA_DIR: '/x', SOME_TOKEN: 'y' };
    const kept = hostEnvironment(full);
    expect(kept.SOME_TOKEN).toBeUndefined();
    expect(kept.LOCKSCRIBE_DATA_DIR).toBeUndefined();
    expect(kept.PATH).toBe(process.env.PATH);
    expect(Object.keys(kept).length).toBeLessThan(Object.keys(full).length);
  });
});

describe('forkHostChannel', () => {
  it('starts the host with the allow-listed environment only', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ls-host-env-'));
    try {
      const script = path.join(dir, 'echo-env.mjs');
      writeFileSync(script, 'process.send(Object.keys(process.env)); process.disconnect();');
      const channel = forkHostChannel(script, { env: { ...process.env, SECRET_TOKEN: 'x', LOCKSCRIBE_DATA_DIR: '/v', LOCKSCRIBE_THREADS: '2' } });
      const names = await new Promise<unknown>((resolve) => channel.onMessage(resolve));
      channel.kill();
      expect(names).toEqual(expect.arrayContaining(['PATH', 'LOCKSCRIBE_THREADS']));
      expect(names).not.toContain('SECRET_TOKEN');
      expect(names).not.toContain('LOCKSCRIBE_DATA_DIR');
      // Node adds its IPC variables; nothing else beyond the allow-list.
      expect((names as string[]).filter((n) => !isHostEnvName(n) && !n.startsWith('NODE_CHANNEL_') && n !== 'NODE_UNIQUE_ID')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
