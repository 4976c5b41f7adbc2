"""Baseline workloads of the `gc` benchmarks (tools/bench/gc.ts), CPython 3.12 side.

params: {"kind": "collect-live" | "cycles" | "chain", "size": N}
  collect-live  setup builds N slotted objects kept alive in a list, each pointing at the
                previous one; run() is one gc.collect() over them (nothing to free: the cost is
                the traversal, as pyperformance's gc_traversal).
  cycles        run() builds N // 21 rings of 21 objects, drops them and runs gc.collect()
                (pyperformance's gc_collect shape).
  chain         run() builds a chain of N objects and drops it: refcounting frees it without the
                cycle collector (deallocation cascade).
"""
import gc


class Node:
    __slots__ = ('r0', 'r1')


def setup(params):
    kind, n = params["kind"], params["size"]
    keep = []
    if kind == "collect-live":
        prev = None
        for _ in range(n):
            o = Node()
            o.r0 = prev
            o.r1 = None
            keep.append(o)
            prev = o
    gc.collect()
    return (kind, n, keep)


def run(state):
    kind, n, keep = state
    if kind == "collect-live":
        gc.collect()
    elif kind == "cycles":
        for _ in range(n // 21):
            first = prev = Node()
            for _ in range(20):
                o = Node()
                o.r0 = prev
                prev = o
            first.r0 = prev
        first = prev = o = None
        gc.collect()
    else:
        head = None
        for _ in range(n):
            o = Node()
            o.r0 = head
            head = o
        o = head = None
