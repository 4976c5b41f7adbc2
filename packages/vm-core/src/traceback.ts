/**
 * Printing an uncaught exception as CPython 3.12 does (Python/pythonrun.c print_exception and
 * Lib/traceback.py's layout): chained causes and contexts first, "Traceback (most recent call
 * last):", one `File "…", line N, in name` entry per frame with its stripped source line and the
 * `^^^^` / `~~~^~~~` position markers (anchors for binary operators and subscripts found by a
 * small top-level scan of the segment instead of `ast.parse`), "[Previous line repeated N more
 * times]" after three identical entries, the last 1000 entries only, then `Type: message`.
 */
import * as fs from 'node:fs';
import { PyBaseException, PyTraceback } from './object.js';
import type { Frame, PyFrameObject } from './eval.js';
import { isSubtype, str } from './abstract.js';
import { PyObject, PyStr } from './object.js';
import { dictGetStr } from './objects/dict.js';
import { None } from './objects/values.js';
import { exceptionTypes, intType, strType } from './types.js';

const TB_LIMIT = 1000;
const RECURSIVE_CUTOFF = 3;

const sourceCache = new Map<string, string[] | null>();
function sourceLine(filename: string, lineno: number): string | null {
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    try {
      lines = fs.readFileSync(filename, 'utf8').split(/\r\n|\r|\n/);
    } catch {
      lines = null;
    }
    sourceCache.set(filename, lines);
  }
  if (lines === null || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1];
}

/** UTF-8 byte offset → character offset in `line` (column offsets in code objects are bytes). */
function byteToChar(line: string, offset: number): number {
  const bytes = Buffer.from(line, 'utf8');
  return bytes.subarray(0, offset).toString('utf8').length;
}

// A tiny tokenizer for a one-line expression segment.
interface Tok { kind: 'op' | 'atom' | 'open' | 'close' | 'kw'; text: string; start: number; end: number }

const OPS3 = ['**=', '//=', '>>=', '<<='];
const OPS2 = ['**', '//', '<<', '>>', '<=', '>=', '==', '!=', '->', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@='];
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'if', 'else', 'lambda', 'for', 'await', 'yield']);

function tokenize(s: string): Tok[] | null {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '#') return null;
    if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
      let j = i + 1;
      while (j < s.length && /[\w\u0080-\uffff]/.test(s[j])) j++;
      const w = s.slice(i, j);
      if ((s[j] === "'" || s[j] === '"') && /^[rbfuRBFU]{1,2}$/.test(w)) {
        i = j;
        continue;
      }
      out.push({ kind: KEYWORDS.has(w) ? 'kw' : 'atom', text: w, start: i, end: j });
      i = j;
      continue;
    }
    if (/[0-9.]/.test(c) && (c !== '.' || /[0-9]/.test(s[i + 1] ?? ''))) {
      let j = i + 1;
      while (j < s.length && /[\w.]/.test(s[j])) j++;
      out.push({ kind: 'atom', text: s.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    if (c === "'" || c === '"') {
      const triple = s.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      let j = i + q.length;
      while (j < s.length && !s.startsWith(q, j)) j += s[j] === '\\' ? 2 : 1;
      j += q.length;
      let start = i;
      while (start > 0 && /[rbfuRBFU]/.test(s[start - 1])) start--;
      out.push({ kind: 'atom', text: s.slice(start, j), start, end: j });
      i = j;
      continue;
    }
    if ('([{'.includes(c)) {
      out.push({ kind: 'open', text: c, start: i, end: i + 1 });
      i++;
      continue;
    }
    if (')]}'.includes(c)) {
      out.push({ kind: 'close', text: c, start: i, end: i + 1 });
      i++;
      continue;
    }
    const three = s.slice(i, i + 3);
    const two = s.slice(i, i + 2);
    const t = OPS3.includes(three) ? three : OPS2.includes(two) ? two : c;
    out.push({ kind: 'op', text: t, start: i, end: i + t.length });
    i += t.length;
  }
  return out;
}

const PREC: Record<string, number> = { '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '//': 6, '%': 6, '@': 6, '**': 8 };

/** [left_end, right_start) of the markers' secondary part, or null (CPython's _Anchors). */
function anchors(segment: string): [number, number] | null {
  const toks = tokenize(segment);
  if (toks === null || toks.length === 0) return null;
  let depth = 0;
  let best = -1;
  let bestPrec = 99;
  let prevOperand = false;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind === 'open') {
      depth++;
      prevOperand = false;
      continue;
    }
    if (t.kind === 'close') {
      depth--;
      prevOperand = true;
      continue;
    }
    if (depth > 0) {
      prevOperand = t.kind === 'atom';
      continue;
    }
    if (t.kind === 'kw') return null;
    if (t.kind === 'op') {
      if (t.text === '.') {
        prevOperand = false;
        continue;
      }
      const p = PREC[t.text];
      if (p === undefined) return null; // comparison, comma, assignment…: not a BinOp or Subscript
      if (prevOperand) {
        if (p < bestPrec || (p === bestPrec && p !== 8)) {
          best = k;
          bestPrec = p;
        }
      }
      prevOperand = false;
      continue;
    }
    prevOperand = true;
  }
  if (depth !== 0) return null;
  if (best >= 0) {
    const op = toks[best];
    let left = toks[best - 1].end;
    const opStr = segment.slice(left, toks[best + 1]?.start ?? segment.length);
    const offset = opStr.length - opStr.trimStart().length;
    left += offset;
    let right = left + 1;
    if (offset + 1 < opStr.length && !/\s/.test(opStr[offset + 1])) right++;
    while (left < segment.length && (/\s/.test(segment[left]) || segment[left] === ')' || segment[left] === '#')) {
      left++;
      right++;
    }
    void op;
    return [left, right];
  }
  // Subscript: the last token closes a '[' opened at depth 0 after an operand.
  const last = toks[toks.length - 1];
  if (last.kind === 'close' && last.text === ']') {
    let d = 0;
    for (let k = toks.length - 1; k >= 0; k--) {
      const t = toks[k];
      if (t.kind === 'close') d++;
      else if (t.kind === 'open') {
        d--;
        if (d === 0) {
          if (t.text !== '[' || k === 0) return null;
          return [t.start, segment.length];
        }
      }
    }
  }
  return null;
}

function frameEntry(tb: PyTraceback): [string, number, string, string] {
  const fo = tb.frame as PyFrameObject;
  const code = fo.frame.code;
  return [code.filename, tb.lineno, code.name, ''];
}

function formatEntry(tb: PyTraceback): string {
  const fo = tb.frame as PyFrameObject;
  const code = fo.frame.code;
  let out = `  File "${code.filename}", line ${tb.lineno}, in ${code.name}\n`;
  const line = tb.lineno > 0 ? sourceLine(code.filename, tb.lineno) : null;
  if (line === null) return out;
  const stripped = line.trim();
  if (stripped === '') return out;
  out += `    ${stripped}\n`;
  const [l, el, c, ec] = code.position(tb.lasti);
  if (c < 0 || ec < 0 || l !== tb.lineno) return out;
  const start = byteToChar(line, c);
  let end = byteToChar(line, ec);
  const segment = line.slice(start, end);
  let anc: [number, number] | null = null;
  if (l === el) anc = anchors(segment);
  else end = line.trimEnd().length;
  const strippedChars = line.length - line.trimStart().length;
  if (end - start < stripped.length || (anc !== null && anc[1] - anc[0] > 0)) {
    let marks = '    ' + ' '.repeat(start - strippedChars);
    if (anc !== null) {
      marks += '~'.repeat(anc[0]) + '^'.repeat(anc[1] - anc[0]) + '~'.repeat(end - start - anc[1]);
    } else marks += '^'.repeat(end - start);
    out += marks + '\n';
  }
  return out;
}

function formatTraceback(first: PyTraceback): string {
  const entries: PyTraceback[] = [];
  for (let t: PyTraceback | null = first; t !== null; t = t.next) entries.push(t);
  const shown = entries.length > TB_LIMIT ? entries.slice(entries.length - TB_LIMIT) : entries;
  let out = 'Traceback (most recent call last):\n';
  let last: string | null = null;
  let count = 0;
  for (const tb of shown) {
    const key = frameEntry(tb).slice(0, 3).join('\0');
    if (last === null || key !== last) {
      if (count > RECURSIVE_CUTOFF) out += repeated(count - RECURSIVE_CUTOFF);
      last = key;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += formatEntry(tb);
  }
  if (count > RECURSIVE_CUTOFF) out += repeated(count - RECURSIVE_CUTOFF);
  return out;
}

function repeated(n: number): string {
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

/** An attribute of a SyntaxError's instance dict, or null when unset or None. */
function syntaxAttr(exc: PyBaseException, name: string): PyObject | null {
  const v = exc.dict === null ? null : dictGetStr(exc.dict, name);
  return v === null || v === None ? null : v;
}

/**
 * A SyntaxError as CPython prints it at the end of a traceback: `File "…", line N`, the offending
 * line without its indentation, carets from `offset` to `end_offset` (whitespace kept for
 * alignment), then `SyntaxError: msg` (3.12's traceback rules; the same as @pyglass/ast's
 * formatSyntaxError, which the VM may not import).
 */
function formatSyntaxErrorOnly(exc: PyBaseException, name: string): string {
  const intOf = (o: PyObject | null): number | null => (o !== null && o.type === intType ? Number(str(o)) : null);
  const fileObj = syntaxAttr(exc, 'filename');
  const filename = fileObj !== null && fileObj.type === strType ? (fileObj as PyStr).s : '<string>';
  const lineno = intOf(syntaxAttr(exc, 'lineno'));
  const textObj = syntaxAttr(exc, 'text');
  const text = textObj !== null && textObj.type === strType ? (textObj as PyStr).s : null;
  const offsetIn = intOf(syntaxAttr(exc, 'offset'));
  const endIn = intOf(syntaxAttr(exc, 'end_offset'));
  const msgObj = syntaxAttr(exc, 'msg');
  const msg = msgObj === null ? '' : str(msgObj);
  let out = '';
  let suffix = '';
  if (lineno !== null) out += `  File "${filename}", line ${lineno}\n`;
  else if (fileObj !== null) suffix = ` (${filename})`;
  if (text !== null) {
    const textLength = [...text].length;
    const rtext = text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = [...rtext].length - [...ltext].length;
    out += `    ${ltext}\n`;
    if (offsetIn !== null) {
      let offset = offsetIn;
      let end = endIn === null || endIn === 0 ? offset : endIn;
      if (offset > textLength) offset = textLength + 1;
      if (end > textLength) end = textLength + 1;
      if (offset >= end || end < 0) end = offset + 1;
      const col = offset - 1 - spaces;
      const endCol = end - 1 - spaces;
      if (col >= 0) {
        let caretSpace = '';
        for (const c of [...ltext].slice(0, col)) caretSpace += /\s/.test(c) ? c : ' ';
        out += `    ${caretSpace}${'^'.repeat(endCol - col)}\n`;
      }
    }
  }
  return out + `${name}: ${msg || '<no detail available>'}${suffix}\n`;
}

export function formatExceptionOnly(exc: PyBaseException): string {
  const t = exc.type;
  const name = t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
  if (isSubtype(t, exceptionTypes.get('SyntaxError')!)) return formatSyntaxErrorOnly(exc, name);
  let msg: string;
  try {
    msg = str(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  return msg === '' ? `${name}\n` : `${name}: ${msg}\n`;
}

/** The full text CPython prints to stderr for an uncaught exception. */
export function formatException(exc: PyBaseException, seen = new Set<PyBaseException>()): string {
  seen.add(exc);
  let out = '';
  if (exc.cause !== null && !seen.has(exc.cause)) {
    out += formatException(exc.cause, seen) + '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (exc.context !== null && !exc.suppressContext && !seen.has(exc.context)) {
    out += formatException(exc.context, seen) + '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  if (exc.traceback !== null) out += formatTraceback(exc.traceback);
  out += formatExceptionOnly(exc);
  return out;
}

/** A thread's Python stack, innermost last, as traceback.print_stack prints it (deadlock reports). */
export function formatStack(frame: Frame | null): string {
  const entries: string[] = [];
  for (let fr = frame; fr !== null; fr = fr.back) {
    const lineno = fr.code.lineOf(Math.max(0, fr.lasti));
    let entry = `  File "${fr.code.filename}", line ${lineno}, in ${fr.code.name}\n`;
    const line = sourceLine(fr.code.filename, lineno);
    if (line !== null) entry += `    ${line.trim()}\n`;
    entries.push(entry);
  }
  return entries.reverse().join('');
}
