/**
 * `\N{NAME}` lookup: character name → code point, as CPython's unicodedata (Unicode 15.0.0 in
 * 3.12) answers it, case-insensitively. Explicit names come from the generated word-coded table,
 * decoded into a Map on first use (most programs never pay for it); algorithmic names
 * (CJK/Tangut/Khitan/Nushu ideographs "<PREFIX><HEX>", Hangul syllables by jamo composition) are
 * computed. Name aliases (NameAliases.txt) are not in the table yet.
 */
import { ALGORITHMIC_RANGES, NAMES, WORDS } from './generated/unicode-names';

let table: Map<string, number> | null = null;
let hangul: Map<string, number> | null = null;

function buildTable(): Map<string, number> {
  const words = WORDS.split(' ');
  const map = new Map<string, number>();
  let cp = -1;
  for (const line of NAMES.split('\n')) {
    const parts = line.split(' ');
    cp += parseInt(parts[0], 36);
    let name = words[parseInt(parts[1], 36)];
    for (let i = 2; i < parts.length; i++) name += ' ' + words[parseInt(parts[i], 36)];
    map.set(name, cp);
  }
  return map;
}

// Hangul syllable short jamo names (The Unicode Standard, chapter 3.12).
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

function buildHangul(): Map<string, number> {
  const map = new Map<string, number>();
  for (let l = 0; l < JAMO_L.length; l++) {
    for (let v = 0; v < JAMO_V.length; v++) {
      for (let t = 0; t < JAMO_T.length; t++) {
        map.set(JAMO_L[l] + JAMO_V[v] + JAMO_T[t], 0xac00 + (l * 21 + v) * 28 + t);
      }
    }
  }
  return map;
}

function inRanges(ranges: [number, number][] | undefined, cp: number): boolean {
  if (!ranges) return false;
  for (const [a, b] of ranges) if (cp >= a && cp <= b) return true;
  return false;
}

/** The code point named `name`, or -1. */
export function lookupUnicodeName(name: string): number {
  const upper = name.toUpperCase();
  if (upper.startsWith('HANGUL SYLLABLE ')) {
    hangul ??= buildHangul();
    const cp = hangul.get(upper.slice('HANGUL SYLLABLE '.length));
    if (cp !== undefined) return cp;
  }
  for (const prefix in ALGORITHMIC_RANGES) {
    if (prefix !== 'HANGUL SYLLABLE ' && upper.startsWith(prefix)) {
      const hex = upper.slice(prefix.length);
      if (/^[0-9A-F]{4,5}$/.test(hex)) {
        const cp = parseInt(hex, 16);
        if (inRanges(ALGORITHMIC_RANGES[prefix], cp)) return cp;
      }
    }
  }
  table ??= buildTable();
  return table.get(upper) ?? -1;
}
