// Writes a GGUF v3 file: header, metadata, tensor infos, aligned tensor data. Tensor data is produced
// one tensor at a time so a model of tens of MB never sits in memory at once. The file appears
// atomically (temp file + rename) so concurrent writers of the same path cannot tear it.
import { open, rename, rm } from 'node:fs/promises';
import { ByteWriter } from './byte-writer';
import { GGUF_DEFAULT_ALIGNMENT, GGUF_MAGIC, GGUF_VERSION, GgufValueType } from './gguf-types';
import { encodeTensor, encodedByteSize, GGML_TYPE_ID, type WritableTensorType } from './tensor-encoding';

export type MetadataValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'u32'; readonly value: number }
  | { readonly kind: 'i32'; readonly value: number }
  | { readonly kind: 'f32'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'string[]'; readonly value: readonly string[] }
  | { readonly kind: 'f32[]'; readonly value: readonly number[] }
  | { readonly kind: 'i32[]'; readonly value: readonly number[] };

export interface TensorSpec {
  readonly name: string;
  /** ggml order: dims[0] is the innermost (row) dimension. */
  readonly dims: readonly number[];
  readonly type: WritableTensorType;
  /** Produces the weights when the tensor is written. */
  readonly values: () => Float32Array;
}

function writeValue(w: ByteWriter, v: MetadataValue): void {
  switch (v.kind) {
    case 'string':
      w.u32(GgufValueType.STRING);
      w.string(v.value);
      return;
    case 'u32':
      w.u32(GgufValueType.U32);
      w.u32(v.value);
      return;
    case 'i32':
      w.u32(GgufValueType.I32);
      w.i32(v.value);
      return;
    case 'f32':
      w.u32(GgufValueType.F32);
      w.f32(v.value);
      return;
    case 'bool':
      w.u32(GgufValueType.BOOL);
      w.u8(v.value ? 1 : 0);
      return;
    case 'string[]':
      w.u32(GgufValueType.ARRAY);
      w.u32(GgufValueType.STRING);
      w.u64(v.value.length);
      for (const s of v.value) w.string(s);
      return;
    case 'f32[]':
      w.u32(GgufValueType.ARRAY);
      w.u32(GgufValueType.F32);
      w.u64(v.value.length);
      for (const n of v.value) w.f32(n);
      return;
    case 'i32[]':
      w.u32(GgufValueType.ARRAY);
      w.u32(GgufValueType.I32);
      w.u64(v.value.length);
      for (const n of v.value) w.i32(n);
      return;
  }
}

const elementCount = (dims: readonly number[]) => dims.reduce((a, b) => a * b, 1);
const alignUp = (n: number, a: number) => Math.ceil(n / a) * a;

/** The header (everything before the tensor data), and each tensor's offset into the data section. */
export function buildGgufHeader(
  metadata: readonly (readonly [string, MetadataValue])[],
  tensors: readonly Omit<TensorSpec, 'values'>[],
  alignment = GGUF_DEFAULT_ALIGNMENT,
): { header: Uint8Array; offsets: number[]; dataSize: number } {
  const w = new ByteWriter();
  w.u32(GGUF_MAGIC);
  w.u32(GGUF_VERSION);
  w.u64(tensors.length);
  const meta = alignment === GGUF_DEFAULT_ALIGNMENT ? metadata : [...metadata, ['general.alignment', { kind: 'u32', value: alignment }] as const];
  w.u64(meta.length);
  for (const [key, value] of meta) {
    w.string(key);
    writeValue(w, value);
  }
  const offsets: number[] = [];
  let offset = 0;
  for (const t of tensors) {
    w.string(t.name);
    w.u32(t.dims.length);
    for (const d of t.dims) w.u64(d);
    w.u32(GGML_TYPE_ID[t.type]);
    w.u64(offset);
    offsets.push(offset);
    offset = alignUp(offset + encodedByteSize(t.type, elementCount(t.dims)), alignment);
  }
  w.padTo(alignment);
  return { header: w.result(), offsets, dataSize: offset };
}

export async function writeGguf(
  file: string,
  metadata: readonly (readonly [string, MetadataValue])[],
  tensors: readonly TensorSpec[],
  alignment = GGUF_DEFAULT_ALIGNMENT,
): Promise<void> {
  const { header, offsets, dataSize } = buildGgufHeader(metadata, tensors, alignment);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fh = await open(tmp, 'w');
  try {
    await fh.write(header, 0, header.length, 0);
    for (let i = 0; i < tensors.length; i++) {
      const t = tensors[i]!;
      const values = t.values();
      if (values.length !== elementCount(t.dims)) throw new Error(`tensor ${t.name}: wrong element count`);
      const bytes = encodeTensor(t.type, values);
      await fh.write(bytes, 0, bytes.length, header.length + offsets[i]!);
    }
    // Pad the file to the aligned end so the last tensor's declared extent is inside the file.
    await fh.truncate(header.length + dataSize);
  } catch (e) {
    await fh.close();
    await rm(tmp, { force: true });
    throw e;
  }
  await fh.close();
  await rename(tmp, file);
}
