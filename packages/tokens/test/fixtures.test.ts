/**
 * The fixtures: for every folder under test/fixtures (inputs listed in scripts/fixture-cases.ts,
 * expected outputs written by the oracle through scripts/regenerate-fixtures.ts), our output must
 * equal CPython 3.12's: `tokenize` and `tokenize -e` text and error line of a file, the same
 * read from stdin, and the full `tokenize.tokenize` stream with positions and `line`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderFileOutput, renderStreamOutput, tokenize } from '../src/index';

const FIXTURES = path.join(__dirname, 'fixtures');
const cases = fs.readdirSync(FIXTURES).filter((d) => fs.existsSync(path.join(FIXTURES, d, 'input.py'))).sort();

interface Status {
  stderr: string;
  exit: number;
}

function read(dir: string, file: string): string {
  return fs.readFileSync(path.join(FIXTURES, dir, file), 'utf8');
}

/** `python -m tokenize` ends non-syntax errors with "unexpected error: MSG" and a traceback. */
function expectSameStderr(actual: string, expected: string, unexpectedMessage: string | null): void {
  const at = expected.indexOf('unexpected error: ');
  if (at < 0) {
    expect(actual).toBe(expected);
    return;
  }
  // The traceback (CPython's own file paths and, for SystemError, a memory address) is not ours
  // to reproduce; the "unexpected error" line and the message the traceback ends with are.
  const wanted = expected.slice(at).split('\n')[0].replace(/object at 0x[0-9a-f]+/, 'object at 0x0');
  expect(`unexpected error: ${unexpectedMessage}`).toBe(wanted);
  expect(actual.slice(0, at)).toBe(expected.slice(0, at));
}

describe('tokenizer fixtures (expected outputs from CPython 3.12)', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(80);
  });

  describe.each(cases)('%s', (name) => {
    const input = fs.readFileSync(path.join(FIXTURES, name, 'input.py'));
    const status = JSON.parse(read(name, 'status.json')) as Record<'tokenize' | 'tokenize-e', Status>;
    const result = tokenize(input, { filename: 'input.py' });
    const unexpectedMessage = result.error && (result.error.type === 'SystemError' || result.error.type === 'UnicodeDecodeError') ? result.error.message : null;

    it.each([
      ['tokenize', false],
      ['tokenize-e', true],
    ] as const)('python -m %s input.py', (mode, exact) => {
      const out = renderFileOutput(result, 'input.py', exact);
      expect(out.stdout).toBe(read(name, `${mode}.txt`));
      expectSameStderr(out.stderr, status[mode].stderr, unexpectedMessage);
      expect(out.exitCode).toBe(status[mode].exit);
    });

    it('python -m tokenize -e < input.py', () => {
      const want = JSON.parse(read(name, 'stdin.json')) as { stdout: string; stderr: string; exit: number };
      const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(input);
      if (want.stderr.includes('UnicodeDecodeError') && want.stdout === '') {
        // sys.stdin cannot decode the bytes; CPython fails before the first token.
        expect(text).toContain('\ufffd');
        return;
      }
      const r = tokenize(text);
      const out = renderStreamOutput(r, /* exact */ true);
      expect(out.stdout).toBe(want.stdout);
      const streamUnexpected = r.error && (r.error.type === 'SystemError' || r.error.type === 'UnicodeDecodeError') ? r.error.message : null;
      expectSameStderr(out.stderr, want.stderr, streamUnexpected);
      expect(out.exitCode).toBe(want.exit);
    });

    it('tokenize.tokenize stream (positions, line, error)', () => {
      const want = JSON.parse(read(name, 'tokens.json')) as {
        tokens: unknown[];
        error: { type: string; msg: string; lineno: number | null; offset: number | null } | null;
        warnings: { message: string; line: number }[];
      };
      expect(result.tokens.map((t) => ({ type: t.type, string: t.string, start: [...t.start], end: [...t.end], line: t.line }))).toEqual(want.tokens);
      const err = want.error && { type: want.error.type, message: want.error.type === 'SystemError' ? want.error.msg.replace(/0x[0-9a-f]+/, '0x0') : want.error.msg, line: want.error.lineno, column: want.error.offset };
      expect(result.error).toEqual(err);
      expect(result.warnings.map((w) => ({ message: w.message, line: w.line }))).toEqual(want.warnings);
    });
  });
});
