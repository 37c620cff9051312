// SHA-256 of a file, streamed so a multi-GB model never sits in memory; reports progress 0..1.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export function fileSha256(file: string, size: number, onProgress: (fraction: number) => void = () => undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let read = 0;
    const stream = createReadStream(file, { highWaterMark: 1 << 20 });
    stream.on('data', (chunk) => {
      hash.update(chunk);
      read += chunk.length;
      if (size > 0) onProgress(Math.min(1, read / size));
    });
    stream.on('error', reject);
    stream.on('end', () => resolve(hash.digest('hex')));
  });
}
