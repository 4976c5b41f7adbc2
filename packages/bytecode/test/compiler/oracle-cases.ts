/**
 * Test helper: runs a batch of source snippets through the oracle once (tools/conformance/py/
 * compile_cases.py) and returns, per snippet, CPython's AST (in pyglass's JSON form), symbol table
 * or its error, and code object or compile error. The compiler and symbol-table tests feed that
 * same AST to pyglass, so they test this stage alone.
 */
import * as path from 'node:path';
import type { CodeObject, ModNode } from '@pyglass/interfaces';
import { runOracle } from '../../../../tools/oracle/index';

export interface OracleError { type: string; msg: string; lineno: number | null; offset: number | null; end_lineno: number | null; end_offset: number | null }
export interface OracleSte { type: number; name: string; lineno: number; symbols: [string, number][]; varnames: string[]; children: OracleSte[] }
export interface OracleCase { ast: ModNode | null; symtable?: OracleSte; symtable_error?: OracleError; code?: CodeObject; error?: OracleError }
export interface CaseInput { source: string; mode?: 'exec' | 'eval' | 'single'; filename?: string; optimize?: number }

const SCRIPT = path.join(__dirname, '..', '..', '..', '..', 'tools', 'conformance', 'py', 'compile_cases.py');

export function oracleCases(cases: CaseInput[]): OracleCase[] {
  const r = runOracle([SCRIPT], { input: cases.map((c) => JSON.stringify(c)).join('\n') + '\n' });
  if (r.exitCode !== 0) throw new Error(`compile_cases.py failed:\n${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as OracleCase);
}
