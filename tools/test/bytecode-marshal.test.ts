/**
 * marshal and .pyc against the oracle:
 *  - reading: for every code object of a set of programs (our fixtures and a sample of the stdlib),
 *    our reader's view of the oracle's `marshal.dumps` equals the oracle's own CodeObject dump;
 *  - writing: our bytes, loaded by the oracle's `marshal.loads`, equal the oracle's `compile()`
 *    result field by field (types of constants included);
 *  - .pyc: a file we write from an oracle-compiled code object runs under python3.12 with the same
 *    output as the source; .pyc files py_compile writes (all three invalidation modes) read back;
 *    our source hash equals importlib.util.source_hash;
 *  - errors: truncations and mutations of marshal data give the oracle's exception type and message,
 *    never a JS exception.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MarshalError, PycError, dumps, formatDis, dumpsCode, loads, loadsCode, readPyc, sourceHash, writePyc } from '@pyglass/bytecode';
import { corpus, corpusPath, describeWithOracle, oracleCodeBatch, runOracle } from '../oracle';
import { rng } from '../lib/rng';

/** The bytecode package's fixture programs (packages/bytecode/test/fixtures/<case>/input.py). */
const FIXTURES = path.join(__dirname, '..', '..', 'packages', 'bytecode', 'test', 'fixtures');
const PROGRAMS = fs.readdirSync(FIXTURES).sort().map((d) => path.join(FIXTURES, d, 'input.py')).filter((f) => fs.existsSync(f));


const COMPARE = `
import base64, json, marshal, math, sys, types

def same(a, b, where):
    if type(a) is not type(b):
        return f"{where}: type {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, types.CodeType):
        for attr in ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags",
                     "co_code", "co_names", "co_varnames", "co_cellvars", "co_freevars", "co_filename",
                     "co_name", "co_qualname", "co_firstlineno", "co_linetable", "co_exceptiontable", "co_nlocals"):
            if getattr(a, attr) != getattr(b, attr):
                return f"{where}.{attr}: {getattr(a, attr)!r} != {getattr(b, attr)!r}"
        return same(a.co_consts, b.co_consts, where + ".co_consts")
    if isinstance(a, (tuple, list)):
        if len(a) != len(b):
            return f"{where}: length {len(a)} != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            r = same(x, y, f"{where}[{i}]")
            if r: return r
        return None
    if isinstance(a, frozenset):
        return None if a == b else f"{where}: {a!r} != {b!r}"
    if isinstance(a, float):
        ok = (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
        return None if ok else f"{where}: {a!r} != {b!r}"
    if isinstance(a, complex):
        return same((a.real, a.imag), (b.real, b.imag), where)
    return None if a == b else f"{where}: {a!r} != {b!r}"

out = []
for line in sys.stdin:
    item = json.loads(line)
    ours = marshal.loads(base64.b64decode(item["ours"]))
    src = open(item["file"], "rb").read()
    theirs = compile(src, item["file"], "exec", dont_inherit=True)
    out.append(same(ours, theirs, item["file"]))
print(json.dumps(out))
`;

describeWithOracle('marshal and .pyc against the oracle', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-marshal-'));
  const c = corpus();
  // A fixed, spread-out sample of the stdlib (every 60th file that compiles).
  const sample = c.files.filter((f) => f.compileError === null).filter((_, i) => i % 60 === 0).map((f) => corpusPath(c, f));
  const files = [...PROGRAMS, ...sample];
  const dumped = oracleCodeBatch(files, { marshal: true });

  it(`reads the oracle's marshal bytes of ${files.length} programs into its code objects`, () => {
    const bad: string[] = [];
    files.forEach((file, i) => {
      const r = dumped[i]!;
      const ours = loadsCode(Buffer.from(r.marshal!, 'base64'));
      try {
        expect(ours).toEqual(r.ok);
      } catch {
        bad.push(file);
      }
    });
    expect(bad).toEqual([]);
  });

  it('writes bytes the oracle loads into equal code objects, field by field', () => {
    const input = files.map((file, i) => JSON.stringify({ file, ours: Buffer.from(dumpsCode(dumped[i]!.ok!)).toString('base64') })).join('\n');
    const r = runOracle(['-c', COMPARE], { input });
    expect(r.stderr).toBe('');
    const problems = (JSON.parse(r.stdout) as (string | null)[]).filter((p) => p !== null);
    expect(problems).toEqual([]);
  });

  it('writes .pyc files (all invalidation modes) that python3.12 runs with the source\'s output', () => {
    const source = path.join(FIXTURES, 'hello', 'input.py');
    const expected = runOracle([source]);
    expect(expected.exitCode).toBe(0);
    const code = dumped[PROGRAMS.indexOf(source)]!.ok!;
    const bytes = fs.readFileSync(source);
    const stat = fs.statSync(source);
    const modes = [
      { mode: 'timestamp', mtime: Math.floor(stat.mtimeMs / 1000), sourceSize: stat.size },
      { mode: 'checked-hash', sourceHash: sourceHash(bytes) },
      { mode: 'unchecked-hash', sourceHash: sourceHash(bytes) },
    ] as const;
    for (const invalidation of modes) {
      const pyc = path.join(dir, `hello-${invalidation.mode}.pyc`);
      fs.writeFileSync(pyc, writePyc(code, invalidation));
      expect(runOracle([pyc])).toEqual(expected);
      expect(readPyc(fs.readFileSync(pyc)).invalidation).toEqual(invalidation);
    }
  });

  it('reads .pyc files py_compile writes in every invalidation mode', () => {
    const source = path.join(FIXTURES, 'constants', 'input.py');
    const code = dumped[PROGRAMS.indexOf(source)]!.ok!;
    const script = `
import importlib.util, json, py_compile, sys
src, out = sys.argv[1], sys.argv[2]
res = {}
for mode in py_compile.PycInvalidationMode:
    py_compile.compile(src, f"{out}-{mode.name}.pyc", dfile=src, invalidation_mode=mode)
    res[mode.name] = importlib.util.source_hash(open(src, "rb").read()).hex()
print(json.dumps(res))`;
    const r = runOracle(['-c', script, source, path.join(dir, 'constants')]);
    expect(r.stderr).toBe('');
    const hashes = JSON.parse(r.stdout) as Record<string, string>;
    const expectedModes: Record<string, string> = { TIMESTAMP: 'timestamp', CHECKED_HASH: 'checked-hash', UNCHECKED_HASH: 'unchecked-hash' };
    for (const [mode, hash] of Object.entries(hashes)) {
      const pyc = readPyc(fs.readFileSync(path.join(dir, `constants-${mode}.pyc`)));
      expect(pyc.code).toEqual(code);
      expect(pyc.invalidation.mode).toBe(expectedModes[mode]);
      if (pyc.invalidation.mode !== 'timestamp') expect(Buffer.from(pyc.invalidation.sourceHash).toString('hex')).toBe(hash);
    }
    expect(() => readPyc(new Uint8Array([1, 2, 3, 4]), 'x.pyc')).toThrow(new PycError('ImportError', "bad magic number in 'x.pyc': b'\\x01\\x02\\x03\\x04'"));
    expect(() => readPyc(new Uint8Array([0xcb, 0x0d, 0x0d, 0x0a, 0]), 'x.pyc')).toThrow("reached EOF while reading pyc header of 'x.pyc'");
  });

  it('hashes sources as importlib.util.source_hash does', () => {
    const random = rng(7);
    const inputs = Array.from({ length: 64 }, (_, n) => Buffer.from(Array.from({ length: n * 3 }, () => Math.floor(random() * 256))));
    const r = runOracle(['-c', 'import importlib.util, sys, json\nprint(json.dumps([importlib.util.source_hash(bytes.fromhex(l.strip())).hex() for l in sys.stdin]))'], {
      input: inputs.map((b) => b.toString('hex')).join('\n') + '\n',
    });
    expect(inputs.map((b) => Buffer.from(sourceHash(b)).toString('hex'))).toEqual(JSON.parse(r.stdout));
  });

  it('round-trips every constant type through marshal.loads', () => {
    const values = [
      null, true, false, { $ellipsis: null }, { $int: '0' }, { $int: '-2147483648' }, { $int: '2147483648' }, { $int: '-1267650600228229401496703205376' },
      { $float: '-0.0' }, { $float: 'inf' }, { $float: 'nan' }, { $float: '1e+16' }, { $complex: ['1.5', '-0.0'] as [string, string] },
      { $bytes: '\u0000\u00ff' }, 'x'.repeat(300), 'é', { $str: [0xd800] }, { $str: [0xd83d, 0xde00] }, '\u{1f600}', { $tuple: [{ $int: '1' }, { $frozenset: [{ $int: '2' }] }] },
      { $list: [] }, { $dict: [['k', { $set: [] }]] }, { $stopiteration: null },
    ];
    const r = runOracle(['-c', 'import base64, marshal, sys\nfor l in sys.stdin: print(ascii(marshal.loads(base64.b64decode(l))))'], {
      input: values.map((v) => Buffer.from(dumps(v as never)).toString('base64')).join('\n') + '\n',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').slice(0, -1)).toEqual([
      'None', 'True', 'False', 'Ellipsis', '0', '-2147483648', '2147483648', '-1267650600228229401496703205376',
      '-0.0', 'inf', 'nan', '1e+16', '(1.5-0j)', "b'\\x00\\xff'", `'${'x'.repeat(300)}'`, "'\\xe9'", "'\\ud800'", "'\\ud83d\\ude00'", "'\\U0001f600'",
      '(1, frozenset({2}))', '[]', "{'k': set()}", "<class 'StopIteration'>",
    ]);
    for (const v of values) expect(loads(dumps(v as never))).toEqual(v);
  });

  it('gives the oracle\'s error for thousands of truncated and mutated inputs, never a JS exception', () => {
    const random = rng(12345);
    const seeds = dumped.slice(0, PROGRAMS.length + 4).map((d) => Buffer.from(d.marshal!, 'base64'));
    const inputs: Buffer[] = [];
    for (const s of seeds) {
      // Every truncation point of the small programs, a spread of them for the large ones.
      const step = Math.max(1, Math.floor(s.length / 400));
      for (let n = 0; n < s.length; n += step) inputs.push(s.subarray(0, n));
    }
    // A truncated code object is never built, so those run in-process; mutations each get a fork.
    const truncations = inputs.length;
    const interesting = [0x00, 0x30, 0x4e, 0x72, 0x28, 0x29, 0x63, 0x6c, 0x66, 0x75, 0x7a, 0x80, 0xff, 0x7f, 0x3f];
    for (let k = 0; k < 2000; k++) {
      const s = Buffer.from(seeds[Math.floor(random() * seeds.length)]!);
      const edits = 1 + Math.floor(random() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * s.length);
        s[at] = random() < 0.5 ? interesting[Math.floor(random() * interesting.length)]! : Math.floor(random() * 256);
      }
      inputs.push(s);
    }
    let formatted = 0;
    const outcome = (b: Uint8Array): string => {
      try {
        const v = loads(b);
        // Whatever marshal accepts, dis must format without a JS exception too (every 10th
        // accepted input: a whole module's listing per input would dominate the test's time).
        if (v !== null && typeof v === 'object' && '$code' in v && formatted++ % 10 === 0) formatDis(v.$code, { showCaches: true });
        return 'ok';
      } catch (e) {
        if (e instanceof MarshalError) return `${e.pythonType}: ${e.message}`;
        return `JS exception: ${(e as Error).stack}`;
      }
    };
    const ours = inputs.map(outcome);
    // CPython itself can crash on a corrupt code object (marshal is not meant for untrusted data),
    // so each input is loaded in a forked child; a crash only requires us to fail cleanly.
    const r = runOracle(['-c', [
      'import base64, marshal, os, sys, json',
      'out = []',
      'for l in sys.stdin:',
      '    data = base64.b64decode(l[2:])',
      '    if l.startswith("t"):',
      '        try:',
      '            marshal.loads(data); out.append("ok")',
      '        except Exception as e:',
      '            out.append(f"{type(e).__name__}: {e}")',
      '        continue',
      '    rd, wr = os.pipe()',
      '    pid = os.fork()',
      '    if pid == 0:',
      '        os.close(rd)',
      '        try:',
      '            marshal.loads(data); msg = "ok"',
      '        except Exception as e:',
      '            msg = f"{type(e).__name__}: {e}"',
      '        os.write(wr, msg.encode("utf-8", "backslashreplace")); os._exit(0)',
      '    os.close(wr)',
      '    chunks = []',
      '    while True:',
      '        c = os.read(rd, 65536)',
      '        if not c: break',
      '        chunks.append(c)',
      '    os.close(rd)',
      '    _, status = os.waitpid(pid, 0)',
      '    out.append(b"".join(chunks).decode("utf-8") if status == 0 else "crash")',
      'print(json.dumps(out))',
    ].join('\n')], { input: inputs.map((b, i) => `${i < truncations ? 't' : 'm'}:${b.toString('base64')}`).join('\n') + '\n', timeoutMs: 600_000 });
    const theirs = JSON.parse(r.stdout) as string[];
    const differ = inputs.map((b, i) => ({ i, hex: b.subarray(0, 64).toString('hex'), ours: ours[i], theirs: theirs[i] })).filter((d) => d.theirs !== 'crash' && d.ours !== d.theirs);
    expect(ours.filter((o) => o.startsWith('JS exception'))).toEqual([]);
    expect(differ.slice(0, 10)).toEqual([]);
    expect(inputs.length).toBeGreaterThan(3000);
  });
});
