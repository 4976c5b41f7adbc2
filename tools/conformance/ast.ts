/**
 * AST conformance over the oracle's corpus (CPython 3.12's standard library and Lib/test):
 * each file's oracle token stream is parsed by @pyglass/ast and dumped with
 * include_attributes=True; the sha1 must equal that of CPython's `ast.dump`, or, for files
 * CPython rejects, the SyntaxError must match (type, msg, lineno, offset). Prints
 * `N identical / M`, the first differences, and checks the allowlist
 * (tools/conformance/allowlists/ast.txt), which may only shrink.
 *
 * usage: tsx --conditions=@pyglass/source tools/conformance/ast.ts [--sample N] [--show N]
 *          [--only SUBSTRING] [--update-allowlist]
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dump, isPySyntaxError, parse, sourceForParser } from '@pyglass/ast';
import { tokenize } from '@pyglass/tokens';
import { runOracle } from '../oracle';
import { corpusRecords, recordTokenError, recordTokens, type CorpusRecord } from './ast-corpus';
import { readAllowlist } from './allowlist';

const ALLOWLIST = path.join(__dirname, 'allowlists', 'ast.txt');

interface Outcome {
  ok: boolean;
  reason: string;
}

/** Compares our result for one corpus file with the oracle's. */
export function checkRecord(rec: CorpusRecord): Outcome {
  let tree;
  try {
    const te = rec.tokenError;
    if (te && te.type === 'SyntaxError' && te.lineno === null) {
      // An encoding problem `tokenize` reports its own way: compile()'s error comes from the
      // bytes (sourceForParser), tokenizing their lenient decoding where it needs tokens.
      const input = sourceForParser(fs.readFileSync(rec.path), { tokens: recordTokens(rec), error: { type: te.type, message: te.msg, line: null, column: null } }, (text) => tokenize(text));
      tree = parse(input.tokens, { tokenError: input.tokenError, tokenErrorIsLiteral: input.literalError });
    } else {
      tree = parse(recordTokens(rec), { tokenError: recordTokenError(rec) });
    }
  } catch (e) {
    if (isPySyntaxError(e)) {
      if (rec.error) {
        const o = rec.error;
        const same = o.type === e.type && o.msg === e.msg && o.lineno === e.lineno && o.offset === e.offset;
        return { ok: same, reason: same ? '' : `error differs: ours ${e.type}: ${e.msg} (${e.lineno}:${e.offset}), CPython ${o.type}: ${o.msg} (${o.lineno}:${o.offset})` };
      }
      return { ok: false, reason: `we raise ${e.type}: ${e.msg} (line ${e.lineno}, offset ${e.offset}); CPython parses it` };
    }
    return { ok: false, reason: `crash: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}` };
  }
  if (rec.error) return { ok: false, reason: `we parse it; CPython raises ${rec.error.type}: ${rec.error.msg} (line ${rec.error.lineno})` };
  const ours = dump(tree, { includeAttributes: true });
  const sha1 = createHash('sha1').update(ours, 'utf8').digest('hex');
  return sha1 === rec.sha1 ? { ok: true, reason: '' } : { ok: false, reason: 'dump differs' };
}

/** The first line where our indented dump and CPython's differ, for the report. */
function firstDifference(rec: CorpusRecord): string {
  const r = runOracle(['-c', 'import ast,sys,warnings; warnings.simplefilter("ignore"); print(ast.dump(ast.parse(open(sys.argv[1],"rb").read()), include_attributes=True, indent=1))', rec.path]);
  const theirs = r.stdout.replace(/\n$/, '').split('\n');
  const ours = dump(parse(recordTokens(rec)), { includeAttributes: true, indent: 1 }).split('\n');
  for (let i = 0; i < Math.max(theirs.length, ours.length); i++) {
    if (theirs[i] !== ours[i]) {
      return `line ${i + 1} of the indent=1 dump:\n      CPython: ${theirs.slice(Math.max(0, i - 2), i + 1).join(' ').trim()}\n      ours:    ${ours.slice(Math.max(0, i - 2), i + 1).join(' ').trim()}`;
    }
  }
  return '(indented dumps equal)';
}


async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sample = opt('--sample') ? Number(opt('--sample')) : 0;
  const show = opt('--show') ? Number(opt('--show')) : 10;
  const only = opt('--only');
  const update = argv.includes('--update-allowlist');
  const allow = readAllowlist(ALLOWLIST);

  let total = 0;
  let identical = 0;
  const failures: { rec: CorpusRecord; rel: string; reason: string }[] = [];
  const passingAllowed: string[] = [];
  const root = (p: string) => p.slice(p.indexOf('/python3.12/') + '/python3.12/'.length);
  // A sample takes every k-th file, so it spreads over the whole corpus.
  let count = -1;
  for await (const rec of corpusRecords()) {
    count++;
    const rel = root(rec.path);
    if (only && !rel.includes(only)) continue;
    if (sample > 0 && count % Math.max(1, Math.floor(1740 / sample)) !== 0) continue;
    total++;
    const r = checkRecord(rec);
    if (r.ok) {
      identical++;
      if (allow.has(rel)) passingAllowed.push(rel);
    } else {
      failures.push({ rec: r.reason === 'dump differs' ? rec : { ...rec, tokens: [], lines: [] }, rel, reason: r.reason });
    }
  }
  console.log(`ast conformance: ${identical} identical / ${total}${sample ? ` (sample of ${sample})` : ''}`);
  const unexpected = failures.filter((f) => !allow.has(f.rel));
  const listed = unexpected.length > 0 ? unexpected : failures;
  for (const f of listed.slice(0, show)) {
    let reason = f.reason;
    if (reason === 'dump differs') reason += ': ' + firstDifference(f.rec);
    console.log(`  ${allow.has(f.rel) ? '(allowlisted) ' : ''}${f.rel}: ${reason}`);
  }
  if (update) {
    const keep = [...allow].filter((p) => !passingAllowed.includes(p));
    // Rewrite keeping the commented layout: drop the lines of entries that now pass.
    if (fs.existsSync(ALLOWLIST)) {
      const kept = fs.readFileSync(ALLOWLIST, "utf8").split("\n").filter((l) => !passingAllowed.includes(l.replace(/#.*/, "").trim()));
      fs.writeFileSync(ALLOWLIST, kept.join("\n"));
      console.log(`allowlist: ${passingAllowed.length} entries removed`);
      return 0;
    }
    const add = fs.existsSync(ALLOWLIST) ? [] : failures.map((f) => f.rel);
    fs.writeFileSync(ALLOWLIST, '# Corpus files whose AST does not yet equal CPython\'s. May only shrink.\n' + [...keep, ...add].sort().join('\n') + '\n');
    console.log(`allowlist: ${keep.length + add.length} entries (${passingAllowed.length} removed)`);
    return 0;
  }
  let status = 0;
  if (passingAllowed.length > 0) {
    console.log(`${passingAllowed.length} allowlisted files now pass; remove them (--update-allowlist): ${passingAllowed.slice(0, 5).join(', ')}`);
    status = 1;
  }
  if (!sample && !only && unexpected.length > 0) {
    console.log(`${unexpected.length} failures are not in the allowlist`);
    status = 1;
  }
  return status;
}

if (require.main === module) {
  main().then((code) => process.exit(code), (e) => { console.error(e); process.exit(2); });
}
