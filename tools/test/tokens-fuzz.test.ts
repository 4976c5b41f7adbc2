/**
 * A differential sample of the tokenizer fuzzer: 300 generated inputs (random bytes, fragments,
 * mutated fixtures) run through CPython 3.12's `tokenize.tokenize` in one process and through
 * ours; token streams (positions and `line` included), errors and warnings must be equal. The
 * large run is `tsx --conditions=@pyglass/source packages/tokens/scripts/fuzz.ts --differential N`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tokenize } from '@pyglass/tokens';
import { describeWithOracle, ORACLE_SCRIPTS } from '../oracle/index';
import { fuzzInput } from '../../packages/tokens/scripts/fuzz-inputs';

describeWithOracle('tokens differential fuzz sample', (oracle) => {
  it('agrees with CPython on 300 generated inputs', () => {
    const fixtures = path.join(__dirname, '..', '..', 'packages', 'tokens', 'test', 'fixtures');
    const seeds = fs.readdirSync(fixtures).sort().map((d) => fs.readFileSync(path.join(fixtures, d, 'input.py')));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-tokens-fuzz-'));
    const files: string[] = [];
    for (let i = 0; i < 300; i++) {
      const f = path.join(dir, `${i}.py`);
      fs.writeFileSync(f, fuzzInput(/* seed */ 7, i, seeds));
      files.push(f);
    }
    const r = spawnSync(oracle.executable, [path.join(ORACLE_SCRIPTS, 'tokenize_batch.py'), '--json'], { input: files.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.status).toBe(0);
    const differing: string[] = [];
    for (const line of r.stdout.split('\n').filter(Boolean)) {
      const want = JSON.parse(line);
      const got = tokenize(fs.readFileSync(want.path), { filename: want.path });
      const err = want.error && { type: want.error.type, message: String(want.error.msg).replace(/object at 0x[0-9a-f]+/, 'object at 0x0'), line: want.error.lineno, column: want.error.offset };
      const a = JSON.stringify([want.tokens, err, want.warnings.map((w: { message: string }) => w.message)]);
      const b = JSON.stringify([got.tokens, got.error, got.warnings.map((w) => w.message)]);
      if (a !== b) differing.push(want.path);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    expect(differing).toEqual([]);
  }, 60_000);
});
