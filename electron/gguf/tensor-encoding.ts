// Encodes float weights as the ggml tensor types the writer supports.

export type WritableTensorType = 'F32' | 'F16' | 'Q8_0';

export const GGML_TYPE_ID: Record<WritableTensorType, number> = { F32: 0, F16: 1, Q8_0: 8 };

const QK8_0 = 32;

export function encodedByteSize(type: WritableTensorType, elements: number): number {
  if (type === 'F32') return elements * 4;
  if (type === 'F16') return elements * 2;
  if (elements % QK8_0 !== 0) throw new Error('Q8_0 needs a multiple of 32 elements');
  return (elements / QK8_0) * 34;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** IEEE half precision, round to nearest even (Node 20 has no Float16Array). */
export function toHalf(value: number): number {
  f32[0] = value;
  const x = u32[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  let e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    let half = mant >>> shift;
    const rest = mant & ((1 << shift) - 1);
    const mid = 1 << (shift - 1);
    if (rest > mid || (rest === mid && (half & 1))) half += 1;
    return sign | half;
  }
  let half = (e << 10) | (mant >>> 13);
  const rest = mant & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && (half & 1))) half += 1;
  e = half >>> 10;
  return sign | half;
}

export function encodeTensor(type: WritableTensorType, data: Float32Array): Uint8Array {
  const out = new Uint8Array(encodedByteSize(type, data.length));
  const view = new DataView(out.buffer);
  if (type === 'F32') {
    for (let i = 0; i < data.length; i++) view.setFloat32(i * 4, data[i]!, true);
  } else if (type === 'F16') {
    for (let i = 0; i < data.length; i++) view.setUint16(i * 2, toHalf(data[i]!), true);
  } else {
    // Q8_0 block: f16 scale d, then 32 signed bytes q with x ≈ d * q.
    for (let b = 0; b < data.length / QK8_0; b++) {
      let amax = 0;
      for (let j = 0; j < QK8_0; j++) amax = Math.max(amax, Math.abs(data[b * QK8_0 + j]!));
      const d = amax / 127;
      const inv = d ? 1 / d : 0;
      const base = b * 34;
      view.setUint16(base, toHalf(d), true);
      for (let j = 0; j < QK8_0; j++) view.setInt8(base + 2 + j, Math.round(data[b * QK8_0 + j]! * inv));
    }
  }
  return out;
}
