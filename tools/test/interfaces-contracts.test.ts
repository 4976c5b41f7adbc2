import { DEFAULT_GC_THRESHOLDS, DEFAULT_SWITCH_INTERVAL_SECONDS, GC_GENERATIONS, GcDebug, IMMORTAL_REFCOUNT, PYMALLOC } from '@pyglass/interfaces';
import { describeWithOracle, runOracle } from '../oracle';

const FACTS = `
import gc, json, sys
sys._debugmallocstats()
print(json.dumps({
    "immortal": [sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(1), sys.getrefcount(())],
    "threshold": list(gc.get_threshold()),
    "generations": len(gc.get_count()),
    "switch": sys.getswitchinterval(),
    "debug": {k: getattr(gc, "DEBUG_" + k) for k in ("STATS", "COLLECTABLE", "UNCOLLECTABLE", "SAVEALL", "LEAK")},
}))
`;

describeWithOracle('contract constants against the oracle', () => {
  const r = runOracle(['-c', FACTS]);
  const facts = JSON.parse(r.stdout) as { immortal: number[]; threshold: number[]; generations: number; switch: number; debug: Record<string, number> };

  it('immortal refcount, thresholds, generations, switch interval and debug flags are 3.12\'s', () => {
    expect(facts.immortal).toEqual([IMMORTAL_REFCOUNT, IMMORTAL_REFCOUNT, IMMORTAL_REFCOUNT, IMMORTAL_REFCOUNT]);
    expect(facts.threshold).toEqual([...DEFAULT_GC_THRESHOLDS]);
    expect(facts.generations).toBe(GC_GENERATIONS);
    expect(facts.switch).toBe(DEFAULT_SWITCH_INTERVAL_SECONDS);
    expect(facts.debug).toEqual({ ...GcDebug });
  });

  it('pymalloc constants are what sys._debugmallocstats reports', () => {
    // "Small block threshold = 512, in 32 size classes." and arena/pool sizes as printed.
    const text = r.stderr;
    expect(text).toContain(`Small block threshold = ${PYMALLOC.smallRequestThreshold}, in ${PYMALLOC.sizeClasses} size classes.`);
    expect(text).toMatch(new RegExp(`\\d+ arenas \\* ${PYMALLOC.arenaSize} bytes/arena`));
    expect(text).toMatch(new RegExp(`\\d+ unused pools \\* ${PYMALLOC.poolSize} bytes`));
    // The class table: class i holds blocks of (i + 1) * alignment bytes.
    const rows = [...text.matchAll(/^\s+(\d+)\s+(\d+)\s+\d+\s+\d+\s+\d+$/gm)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(rows.length).toBeGreaterThan(5);
    for (const [cls, size] of rows) expect(size).toBe((cls! + 1) * PYMALLOC.alignment);
  });
});
