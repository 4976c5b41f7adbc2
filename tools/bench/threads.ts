/**
 * Benchmark (not a test) for issue 8's first figure: the CPU-bound two-thread counter of
 * examples/seed.py against the same two counts run one after the other, under pyglass's `gil`
 * scheduler and under python3.12, in one run. Under a GIL the threaded version cannot be faster;
 * the figure is how close it stays to the sequential one (issue 8: within ±15%). Each variant is
 * a separate process (`./pyglass` and python3.12 on the same file); the time is measured inside
 * the program around the work (time.perf_counter), best of N runs.
 *
 * usage: tsx tools/bench/threads.ts [--runs N] [--n COUNT]
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireOracle, WORKSPACE_ROOT } from '../oracle/index';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const PROGRAM = (threaded: boolean, n: number) => `
import threading, time
counter = 0
def count(n):
    global counter
    for _ in range(n):
        counter += 1
t0 = time.perf_counter()
${threaded
    ? `threads = [threading.Thread(target=count, args=(${n},)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()`
    : `count(${n})
count(${n})`}
t1 = time.perf_counter()
assert counter == ${2 * n}, counter
print(t1 - t0)
`;

function timeOf(cmd: string, args: string[]): number {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return Number(r.stdout.trim());
}

function main(): void {
  const runs = arg('--runs', 5);
  const n = arg('--n', 1_000_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-threads-'));
  const threadedFile = path.join(dir, 'threaded.py');
  const sequentialFile = path.join(dir, 'sequential.py');
  fs.writeFileSync(threadedFile, PROGRAM(true, n));
  fs.writeFileSync(sequentialFile, PROGRAM(false, n));
  const oracle = requireOracle();
  const pyglass = path.join(WORKSPACE_ROOT, 'pyglass');
  const best: Record<string, number> = {};
  // Interleaved rounds, so a busy moment on the machine hits every variant alike.
  for (let r = 0; r < runs; r++) {
    for (const [name, cmd, file] of [
      ['pyglass threaded', pyglass, threadedFile], ['pyglass sequential', pyglass, sequentialFile],
      ['python3.12 threaded', oracle.executable, threadedFile], ['python3.12 sequential', oracle.executable, sequentialFile],
    ] as const) {
      const t = timeOf(cmd, [file]);
      best[name] = Math.min(best[name] ?? Infinity, t);
    }
  }
  console.log(`two threads × ${n} increments vs the same counts in sequence, best of ${runs} (seconds inside the program)`);
  for (const impl of ['pyglass', 'python3.12']) {
    const th = best[`${impl} threaded`]!;
    const seq = best[`${impl} sequential`]!;
    console.log(`${impl.padEnd(11)} threaded ${th.toFixed(3)}  sequential ${seq.toFixed(3)}  threaded/sequential ${(th / seq).toFixed(3)}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

main();
