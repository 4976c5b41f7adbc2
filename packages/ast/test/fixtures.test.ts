/**
 * Every fixture under test/fixtures/<area>/<case>/: the oracle's token stream (tokens.json) is
 * parsed and must dump exactly as CPython's `ast.dump(..., include_attributes=True, indent=1)`
 * (ast.txt), or raise CPython's SyntaxError (error.json: type, msg, line, offset, end).
 * Expected files come from scripts/regen-fixtures.ts (never written by this test).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Token } from '@pyglass/interfaces';
import { dump, isPySyntaxError, parse, PySyntaxError } from '../src';

const ROOT = path.join(__dirname, 'fixtures');

interface Case { name: string; dir: string }

function cases(): Case[] {
  const out: Case[] = [];
  for (const area of fs.readdirSync(ROOT).sort()) {
    for (const name of fs.readdirSync(path.join(ROOT, area)).sort()) {
      const dir = path.join(ROOT, area, name);
      if (fs.existsSync(path.join(dir, 'input.py'))) out.push({ name: `${area}/${name}`, dir });
    }
  }
  return out;
}

function tokensOf(dir: string): { tokens: Token[]; tokenError: PySyntaxError | null } {
  const t = JSON.parse(fs.readFileSync(path.join(dir, 'tokens.json'), 'utf8')) as { tokens: Token[]; error: { type: string; msg: string; lineno: number; offset: number } | null };
  const e = t.error;
  const tokenError = e && e.type !== 'TokenError' ? new PySyntaxError(e.type as 'SyntaxError', e.msg, e.lineno, e.offset, e.lineno, e.offset, null) : null;
  return { tokens: t.tokens, tokenError };
}

describe('ast fixtures (oracle token streams → tree)', () => {
  const all = cases();
  it('has fixtures', () => expect(all.length).toBeGreaterThan(20));
  for (const c of all) {
    it(c.name, () => {
      const { tokens, tokenError } = tokensOf(c.dir);
      const astFile = path.join(c.dir, 'ast.txt');
      if (fs.existsSync(astFile)) {
        const expected = fs.readFileSync(astFile, 'utf8').replace(/\n$/, '');
        expect(dump(parse(tokens, { tokenError }), { includeAttributes: true, indent: 1 })).toBe(expected);
      } else {
        const expected = JSON.parse(fs.readFileSync(path.join(c.dir, 'error.json'), 'utf8')) as Record<string, unknown>;
        let caught: unknown = null;
        try { parse(tokens, { tokenError }); } catch (e) { caught = e; }
        expect(isPySyntaxError(caught)).toBe(true);
        const e = caught as PySyntaxError;
        expect({ type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset }).toEqual(expected);
      }
    });
  }
});
