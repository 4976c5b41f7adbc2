/**
 * Helpers shared by the primitives tests: loading the oracle-made fixtures and decoding their
 * transport forms (floats as 16 hex digits of their IEEE-754 bits, bytes as hex).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function loadFixture<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', `${name}.json`), 'utf8')) as T;
}

const f64 = new Float64Array(1);
const big = new BigUint64Array(f64.buffer);

/** The double whose bit pattern is the 16 hex digits `hex`. */
export function floatFromBits(hex: string): number {
  big[0] = BigInt('0x' + hex);
  return f64[0];
}

/** The 16 hex digits of a double's bit pattern. */
export function floatToBits(x: number): string {
  f64[0] = x;
  return big[0].toString(16).padStart(16, '0');
}

export function bytesFromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
