/**
 * Python's `repr(float)` and the float text marshal's TYPE_FLOAT holds, without a Python runtime:
 * `floatRepr` prints the shortest round-tripping digits (which JS's `toExponential()` gives) in
 * `float_repr_style='short'` layout — fixed notation for decimal exponents -4 ≤ e < 16, else
 * `d.ddde±XX` — and `parseFloatRepr` accepts what `PyOS_string_to_double` does.
 */

/** `repr(x)` of a Python float. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mantissa, exponent] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const decpt = Number(exponent) + 1;
  if (decpt <= -4 || decpt > 16) {
    const e = decpt - 1;
    const exp = `${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
    return `${sign}${digits[0]}${digits.length > 1 ? `.${digits.slice(1)}` : ''}e${exp}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

const FLOAT_TEXT = /^[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf|infinity|nan)$/i;

/** The value of a float text as `PyOS_string_to_double` parses it, or null if it is not one. */
export function parseFloatRepr(text: string): number | null {
  if (!FLOAT_TEXT.test(text)) return null;
  const lower = text.toLowerCase();
  const negative = lower.startsWith('-');
  const body = lower.replace(/^[+-]/, '');
  if (body === 'inf' || body === 'infinity') return negative ? -Infinity : Infinity;
  if (body === 'nan') return NaN;
  return Number(text);
}
