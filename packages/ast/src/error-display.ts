/**
 * How CPython prints a SyntaxError when it stops a program (the end of a traceback): the
 * `File "…", line N` line, the offending line stripped of its indentation, the caret line from
 * `offset` to `end_offset` (tabs and other whitespace kept for alignment), then
 * `SyntaxError: msg`. These are the rules of 3.12's traceback module, written for our record.
 */
import type { PySyntaxError } from './syntax-error';

const PY_WHITESPACE = /\s/;

export function formatSyntaxError(e: PySyntaxError, filename: string | null): string {
  let out = '';
  let suffix = '';
  if (e.lineno !== null && e.lineno !== undefined) out += `  File "${filename ?? '<string>'}", line ${e.lineno}\n`;
  else if (filename !== null) suffix = ` (${filename})`;
  const text = e.text;
  if (text !== null && text !== undefined) {
    const textLength = [...text].length; // Python counts code points
    const rtext = text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = [...rtext].length - [...ltext].length;
    out += `    ${ltext}\n`;
    if (e.offset !== null && e.offset !== undefined) {
      let offset = e.offset;
      let end = e.end_offset === null || e.end_offset === undefined || e.end_offset === 0 ? offset : e.end_offset;
      if (offset > textLength) offset = textLength + 1;
      if (end > textLength) end = textLength + 1;
      if (offset >= end || end < 0) end = offset + 1;
      const col = offset - 1 - spaces;
      const endCol = end - 1 - spaces;
      if (col >= 0) {
        let caretSpace = '';
        for (const c of [...ltext].slice(0, col)) caretSpace += PY_WHITESPACE.test(c) ? c : ' ';
        out += `    ${caretSpace}${'^'.repeat(endCol - col)}\n`;
      }
    }
  }
  return out + `${e.type}: ${e.msg || '<no detail available>'}${suffix}\n`;
}
