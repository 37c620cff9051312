import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excludeMemoryFromCoreDumps } from './core-dumps';

describe('core dumps', () => {
  it.runIf(process.platform === 'linux')('leaves every mapping out of this process and its children', () => {
    expect(excludeMemoryFromCoreDumps()).toBe('memory-excluded');
    expect(readFileSync('/proc/self/coredump_filter', 'utf8').trim()).toBe('00000000');
    // A child started afterwards (as the forked model host is) inherits the filter.
    const child = execFileSync(process.execPath, ['-e', "process.stdout.write(require('fs').readFileSync('/proc/self/coredump_filter','utf8'))"], { encoding: 'utf8' });
    expect(child.trim()).toBe('00000000');
  });

  it('says so where the platform offers nothing in-process', () => {
    expect(excludeMemoryFromCoreDumps('darwin')).toBe('not-linux');
  });
});
