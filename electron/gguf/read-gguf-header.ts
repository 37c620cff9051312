// Reads and checks a GGUF header in plain JavaScript before llama.cpp ever sees the file: native
// code given a truncated or garbage file can crash the process, this cannot. Every length read
// from the file is checked against the file size before anything is allocated for it.
import { open, type FileHandle } from 'node:fs/promises';
import { GGUF_DEFAULT_ALIGNMENT, GGUF_MAGIC, GgufValueType, tensorByteSize } from './gguf-types';

export type GgufProblem = 'NOT_GGUF' | 'CORRUPT' | 'UNSUPPORTED';

export class GgufHeaderError extends Error {
  constructor(readonly problem: GgufProblem) {
    super(`GGUF header: ${problem}`);
    this.name = 'GgufHeaderError';
  }
}

type Scalar = string | number | bigint | boolean;

export interface GgufHeader {
  readonly version: number;
  readonly fileSize: number;
  readonly tensorCount: number;
  /** Scalar metadata only; arrays are skipped (their lengths are still checked). */
  readonly metadata: ReadonlyMap<string, Scalar>;
  readonly parameterCount: number;
  /** Bytes of tensor data whose type we know; unknown types count as 0. */
  readonly tensorDataBytes: number;
  /** Where the tensor data section starts. */
  readonly dataOffset: number;
  /** The smallest file size that holds every tensor the header declares (known types only). */
  readonly requiredFileSize: number;
}

const MAX_DIMS = 8;
const CHUNK = 1 << 20;

class Cursor {
  private buf = Buffer.alloc(0);
  private bufStart = 0;
  pos = 0;
  constructor(
    private readonly fh: FileHandle,
    readonly size: number,
  ) {}

  private async ensure(n: number): Promise<void> {
    if (this.pos + n > this.size) throw new GgufHeaderError('CORRUPT');
    if (this.pos + n <= this.bufStart + this.buf.length) return;
    const want = Math.max(n, CHUNK);
    const next = Buffer.alloc(Math.min(want, this.size - this.pos));
    const { bytesRead } = await this.fh.read(next, 0, next.length, this.pos);
    if (bytesRead < n) throw new GgufHeaderError('CORRUPT');
    this.buf = next.subarray(0, bytesRead);
    this.bufStart = this.pos;
  }
  private at(): number {
    return this.pos - this.bufStart;
  }
  async u8(): Promise<number> {
    await this.ensure(1);
    const v = this.buf.readUInt8(this.at());
    this.pos += 1;
    return v;
  }
  async u32(): Promise<number> {
    await this.ensure(4);
    const v = this.buf.readUInt32LE(this.at());
    this.pos += 4;
    return v;
  }
  async u64(): Promise<bigint> {
    await this.ensure(8);
    const v = this.buf.readBigUInt64LE(this.at());
    this.pos += 8;
    return v;
  }
  /** A u64 that must fit in the rest of the file when each unit takes at least `unit` bytes. */
  async count(unit: number): Promise<number> {
    const v = await this.u64();
    if (v > BigInt(Math.floor((this.size - this.pos) / unit))) throw new GgufHeaderError('CORRUPT');
    return Number(v);
  }
  async scalar(type: number): Promise<Scalar> {
    const n = SCALAR_SIZES.get(type);
    if (n === undefined) throw new GgufHeaderError('CORRUPT');
    await this.ensure(n);
    const b = this.buf;
    const i = this.at();
    this.pos += n;
    switch (type) {
      case GgufValueType.U8:
        return b.readUInt8(i);
      case GgufValueType.I8:
        return b.readInt8(i);
      case GgufValueType.U16:
        return b.readUInt16LE(i);
      case GgufValueType.I16:
        return b.readInt16LE(i);
      case GgufValueType.U32:
        return b.readUInt32LE(i);
      case GgufValueType.I32:
        return b.readInt32LE(i);
      case GgufValueType.F32:
        return b.readFloatLE(i);
      case GgufValueType.BOOL:
        return b.readUInt8(i) !== 0;
      case GgufValueType.U64:
        return b.readBigUInt64LE(i);
      case GgufValueType.I64:
        return b.readBigInt64LE(i);
      default:
        return b.readDoubleLE(i);
    }
  }
  async string(): Promise<string> {
    const len = await this.count(1);
    if (len === 0) return '';
    // Long strings (chat templates, big vocabularies) are read straight from the file.
    if (len > CHUNK) {
      const out = Buffer.alloc(len);
      const { bytesRead } = await this.fh.read(out, 0, len, this.pos);
      if (bytesRead < len) throw new GgufHeaderError('CORRUPT');
      this.pos += len;
      return out.toString('utf8');
    }
    await this.ensure(len);
    const s = this.buf.toString('utf8', this.at(), this.at() + len);
    this.pos += len;
    return s;
  }
  skip(n: number): void {
    if (this.pos + n > this.size) throw new GgufHeaderError('CORRUPT');
    this.pos += n;
  }
}

const SCALAR_SIZES: ReadonlyMap<number, number> = new Map([
  [GgufValueType.U8, 1],
  [GgufValueType.I8, 1],
  [GgufValueType.U16, 2],
  [GgufValueType.I16, 2],
  [GgufValueType.U32, 4],
  [GgufValueType.I32, 4],
  [GgufValueType.F32, 4],
  [GgufValueType.BOOL, 1],
  [GgufValueType.U64, 8],
  [GgufValueType.I64, 8],
  [GgufValueType.F64, 8],
]);

async function skipArray(c: Cursor): Promise<void> {
  const type = await c.u32();
  if (type === GgufValueType.STRING) {
    const n = await c.count(8);
    for (let i = 0; i < n; i++) c.skip(await c.count(1));
    return;
  }
  if (type === GgufValueType.ARRAY) throw new GgufHeaderError('UNSUPPORTED');
  const size = SCALAR_SIZES.get(type);
  if (size === undefined) throw new GgufHeaderError('CORRUPT');
  c.skip((await c.count(size)) * size);
}

const alignUp = (n: number, a: number) => Math.ceil(n / a) * a;

export async function readGgufHeader(file: string): Promise<GgufHeader> {
  const fh = await open(file, 'r');
  try {
    const size = (await fh.stat()).size;
    const c = new Cursor(fh, size);
    if (size < 4) throw new GgufHeaderError('NOT_GGUF');
    if ((await c.u32()) !== GGUF_MAGIC) throw new GgufHeaderError('NOT_GGUF');
    const version = await c.u32();
    if (version !== 2 && version !== 3) throw new GgufHeaderError(version === 1 ? 'UNSUPPORTED' : 'CORRUPT');
    // A tensor info takes at least 8 (name) + 4 + 8 + 4 + 8 bytes, a key/value at least 8 + 4 + 1.
    const tensorCount = await c.count(32);
    const kvCount = await c.count(13);

    const metadata = new Map<string, Scalar>();
    for (let i = 0; i < kvCount; i++) {
      const key = await c.string();
      const type = await c.u32();
      if (type === GgufValueType.STRING) metadata.set(key, await c.string());
      else if (type === GgufValueType.ARRAY) await skipArray(c);
      else metadata.set(key, await c.scalar(type));
    }
    const alignValue = metadata.get('general.alignment');
    const alignment = typeof alignValue === 'number' && alignValue > 0 && alignValue % 8 === 0 ? alignValue : GGUF_DEFAULT_ALIGNMENT;

    let parameters = 0n;
    let dataBytes = 0n;
    let extent = 0n;
    for (let i = 0; i < tensorCount; i++) {
      await c.string();
      const nDims = await c.u32();
      if (nDims === 0 || nDims > MAX_DIMS) throw new GgufHeaderError('CORRUPT');
      let elements = 1n;
      for (let d = 0; d < nDims; d++) elements *= await c.u64();
      const type = await c.u32();
      const offset = await c.u64();
      const bytes = tensorByteSize(type, elements);
      parameters += elements;
      if (bytes !== null) {
        dataBytes += bytes;
        if (offset + bytes > extent) extent = offset + bytes;
      }
    }
    const dataOffset = alignUp(c.pos, alignment);
    const requiredFileSize = BigInt(dataOffset) + extent;
    if (requiredFileSize > BigInt(size)) throw new GgufHeaderError('CORRUPT');
    return {
      version,
      fileSize: size,
      tensorCount,
      metadata,
      parameterCount: Number(parameters),
      tensorDataBytes: Number(dataBytes),
      dataOffset,
      requiredFileSize: Number(requiredFileSize),
    };
  } finally {
    await fh.close();
  }
}

/** Typed accessors for the few metadata values the app reads. */
export function metaString(h: GgufHeader, key: string): string | null {
  const v = h.metadata.get(key);
  return typeof v === 'string' ? v : null;
}

export function metaNumber(h: GgufHeader, key: string): number | null {
  const v = h.metadata.get(key);
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  return null;
}
