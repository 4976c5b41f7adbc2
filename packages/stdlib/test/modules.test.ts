/**
 * Every public module of the native registry (src/modules/index.ts) against python3.12: a program
 * compiled by the oracle imports it under our VM (runCode with `stdlibModules`) and lists its
 * public names; each name CPython's module has must be there except the ones listed in NOT_YET
 * (a list that may only shrink: a listed name that appears fails the test until it is removed).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCode } from '@pyglass/vm-core';
import { describeWithOracle, oracleCode, runOracle } from '../../../tools/oracle/index';
import { nativeModules, stdlibModules } from '../src/index';

/** Public names of CPython's modules that are not implemented yet (see docs/stdlib.md). */
const NOT_YET: Record<string, string[]> = {
  functools: ['GenericAlias', 'RLock', 'get_cache_token', 'namedtuple'],
  types: ['AsyncGeneratorType', 'CoroutineType', 'DynamicClassAttribute', 'GenericAlias', 'MethodWrapperType', 'UnionType',
    'coroutine'],
};

describeWithOracle('native modules have the public names of python3.12', () => {
  const names = [...nativeModules.keys()].filter((n) => !n.startsWith('_'));
  const source = `import ${names.join(', ')}\nfor m in [${names.join(', ')}]:\n    print(m.__name__, ' '.join(sorted(n for n in dir(m) if not n.startswith('_'))))\n`;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-stdlib-')), 'names.py');
  fs.writeFileSync(file, source);
  const parse = (text: string): Map<string, Set<string>> =>
    new Map(text.trim().split('\n').map((l) => {
      const [mod, ...rest] = l.split(' ');
      return [mod, new Set(rest.filter((x) => x !== ''))];
    }));
  const want = parse(runOracle([file]).stdout);
  const code = oracleCode(file);
  let out = '';
  let err = '';
  if (code.ok !== undefined) runCode(code.ok, { stdout: (s) => (out += s), stderr: (s) => (err += s), modules: stdlibModules });
  const have = parse(out);
  it('the program ran', () => {
    expect(err).toBe('');
    expect(code.ok).toBeDefined();
  });
  for (const mod of names) {
    it(mod, () => {
      const missing = [...want.get(mod)!].filter((n) => !have.get(mod)?.has(n)).sort();
      expect(missing).toEqual((NOT_YET[mod] ?? []).slice().sort());
    });
  }
});
