/**
 * `pyglass bench …`: hands its arguments to the benchmark tool, tools/bench/cli.ts, in a child
 * Node process with the workspace's tsx loader and the `@pyglass/source` condition. The bench
 * tool is development tooling, not a stage: it reads the CPython corpus through tools/oracle,
 * loads every stage's benchmark file and forks worker processes that run TypeScript sources, so
 * it needs the workspace checkout and cannot live inside the bundled CLI. Run from the bundled
 * command it inherits the terminal (progress bar); run with in-memory IO (tests) its output is
 * captured and passed on.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { processIO, type Command } from '../io';

/** The workspace root: the nearest folder above this file with pnpm-workspace.yaml. */
export function findWorkspaceRoot(from: string = __dirname): string | null {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml')) && fs.existsSync(path.join(dir, 'tools', 'bench', 'cli.ts'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export const benchCommand: Command = (argv, io) => {
  const root = findWorkspaceRoot();
  if (!root) {
    io.stderr('pyglass bench: needs the pyglass workspace (tools/bench); run it from a checkout\n');
    return 2;
  }
  let loader: string;
  try {
    loader = pathToFileURL(require.resolve('tsx', { paths: [root] })).href;
  } catch {
    io.stderr('pyglass bench: tsx is not installed in the workspace; run `source tools/bootstrap.sh` first\n');
    return 2;
  }
  const args = ['--conditions=@pyglass/source', '--import', loader, path.join(root, 'tools', 'bench', 'cli.ts'), ...argv];
  const inherit = io === processIO;
  const r = spawnSync(process.execPath, args, {
    env: process.env,
    stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.error) {
    io.stderr(`pyglass bench: ${r.error.message}\n`);
    return 2;
  }
  if (!inherit) {
    if (r.stdout) io.stdout(r.stdout);
    if (r.stderr) io.stderr(r.stderr);
  }
  return r.status ?? 2;
};
