"""Collector scenarios for pyglass's gc package, executed by CPython 3.12.

A scenario is a table of steps over numbered variables (env[i]); pyglass's tests run the same
table against a mock object model and must produce the same `out` (gc.collect() results,
gc.get_count() triples, flags) and `log` (__del__ calls as the object's number, weakref callbacks
as 1000 + the weakref's number) as CPython does here. Objects are instances of slotted classes
(GC-tracked, no free list, no per-instance dict, so each creation is exactly one GC allocation):

  node i k [n]    (named n, else i) env[i] = Node (k=0), DelNode (k=1, __del__ logs), ResNode (k=2, __del__ logs
                  and resurrects itself into `saved`)
  link i r j      env[i].r<r> = env[j]          unlink i r      env[i].r<r> = None
  drop i          env[i] = None                 wref w i cb     env[w] = weakref.ref(env[i], cb?)
  collect g       out += gc.collect(g)          count           out += gc.get_count()
  threshold a b c gc.set_threshold(a, b, c)     enable/disable  gc.enable()/gc.disable()
  freeze/unfreeze (the freeze count itself covers the whole interpreter, so it is not compared)
  finalized i     out += gc.is_finalized(env[i])   tracked i    out += gc.is_tracked(env[i])
  saveall f       gc.set_debug(DEBUG_SAVEALL if f else 0)   garbage   out += len(gc.garbage)
  cleargarbage    del gc.garbage[:]             unsave          saved.clear()
  stats           out += the 9 numbers of gc.get_stats(), less their values before the run
                  (last step only: it allocates)

The interpreter loop checks for a scheduled collection at its backward jump, i.e. between
steps: the mock harness polls collectionPending() at the same point. Each scenario runs in a
fresh interpreter (one process per scenario) so no state leaks between them.
"""
import gc, json, sys, weakref

log = []
saved = []
env = [None] * 64
out = []
wrindex = {}

class Node:
    __slots__ = ('nm', 'r0', 'r1', 'r2', 'r3', '__weakref__')

class DelNode(Node):
    __slots__ = ()
    def __del__(self):
        log.append(self.nm)

class ResNode(Node):
    __slots__ = ()
    def __del__(self):
        log.append(self.nm)
        saved.append(self)

def cb(wr):
    log.append(1000 + wrindex[id(wr)])

KINDS = (Node, DelNode, ResNode)

def run(steps):
    for step in steps:
        op = step[0]
        if op == 'node':
            env[step[1]] = KINDS[step[2]]()
            env[step[1]].nm = step[3] if len(step) > 3 else step[1]
        elif op == 'link':
            r = step[2]
            if r == 0: env[step[1]].r0 = env[step[3]]
            elif r == 1: env[step[1]].r1 = env[step[3]]
            elif r == 2: env[step[1]].r2 = env[step[3]]
            else: env[step[1]].r3 = env[step[3]]
        elif op == 'unlink':
            r = step[2]
            if r == 0: env[step[1]].r0 = None
            elif r == 1: env[step[1]].r1 = None
            elif r == 2: env[step[1]].r2 = None
            else: env[step[1]].r3 = None
        elif op == 'drop':
            env[step[1]] = None
        elif op == 'wref':
            env[step[1]] = weakref.ref(env[step[2]], cb if step[3] else None)
            wrindex[id(env[step[1]])] = step[1]
        elif op == 'collect':
            out.append(gc.collect(step[1]))
        elif op == 'count':
            t = gc.get_count()
            out.append(t[0]); out.append(t[1]); out.append(t[2])
            t = None
        elif op == 'threshold':
            gc.set_threshold(step[1], step[2], step[3])
        elif op == 'enable':
            gc.enable()
        elif op == 'disable':
            gc.disable()
        elif op == 'freeze':
            gc.freeze()
        elif op == 'unfreeze':
            gc.unfreeze()
        elif op == 'finalized':
            out.append(int(gc.is_finalized(env[step[1]])))
        elif op == 'tracked':
            out.append(int(gc.is_tracked(env[step[1]])))
        elif op == 'saveall':
            gc.set_debug(gc.DEBUG_SAVEALL if step[1] else 0)
        elif op == 'garbage':
            out.append(len(gc.garbage))
        elif op == 'cleargarbage':
            del gc.garbage[:]
        elif op == 'unsave':
            saved.clear()
        elif op == 'stats':
            for s, b in zip(gc.get_stats(), base_stats):
                out.append(s['collections'] - b['collections']); out.append(s['collected'] - b['collected'])
                out.append(s['uncollectable'] - b['uncollectable'])
        else:
            raise ValueError(op)

if __name__ == '__main__':
    steps = [tuple(s) for s in json.loads(sys.stdin.read())]
    # Warm the free lists and caches the loop uses, then start from a full collection.
    gc.collect()
    base_stats = gc.get_stats()
    run(steps)
    json.dump({'out': out, 'log': log}, sys.stdout)
