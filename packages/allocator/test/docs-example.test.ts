/**
 * The example strategy of docs/gc-strategies.md: the docs quote test/examples/lifo-classes.ts
 * verbatim (checked here), and the example passes the allocator contract checks every strategy
 * must pass, behind a selector built the way src/selector.ts builds the real one.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createSelector, type AllocatorConstraints, type AllocatorFactory, type HeapEvent } from '@pyglass/interfaces';
import { ALLOCATOR_DESCRIPTORS } from '../src/index';
import { lifoClassesDescriptor } from './examples/lifo-classes';

const DOC = path.join(__dirname, '..', '..', '..', 'docs', 'gc-strategies.md');
const EXAMPLE = path.join(__dirname, 'examples', 'lifo-classes.ts');

it('the docs quote the example file exactly', () => {
  const doc = fs.readFileSync(DOC, 'utf8');
  const block = /```ts example=packages\/allocator\/test\/examples\/lifo-classes\.ts\n([\s\S]*?)```/.exec(doc);
  expect(block).not.toBeNull();
  expect(block![1]).toBe(fs.readFileSync(EXAMPLE, 'utf8'));
});

describe.each([...ALLOCATOR_DESCRIPTORS, lifoClassesDescriptor].map((d) => [d.name, d] as const))('allocator contract: %s', (_name, descriptor) => {
  const selector = createSelector<AllocatorConstraints, AllocatorFactory>('alloc', [...ALLOCATOR_DESCRIPTORS, lifoClassesDescriptor], 'pymalloc');
  const make = (trace: ((e: HeapEvent) => void) | null = null) => selector.get(descriptor.name).create({ trace, now: () => 1 }, new Map());

  it('aligned, distinct addresses for live blocks', () => {
    const a = make();
    const live = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = a.allocate((i * 37) % 700);
      expect(x % a.constraints.alignment).toBe(0);
      expect(live.has(x)).toBe(false);
      live.add(x);
    }
  });

  it('reuse matches the constraints; a simulated heap rejects double frees', () => {
    const a = make();
    const x = a.allocate(40);
    a.free(x);
    const y = a.allocate(40);
    expect(y === x).toBe(a.constraints.reusesAddresses);
    a.free(y);
    if (a.constraints.simulatesHeap) expect(() => a.free(y)).toThrow(/unallocated/);
  });

  it('counts allocations and frees; traces alloc/free when on', () => {
    const events: HeapEvent[] = [];
    const a = make((e) => events.push(e));
    const x = a.allocate(24, 'float');
    a.free(x);
    expect(a.stats()).toMatchObject({ totalAllocations: 1, totalFrees: 1, blocksInUse: 0 });
    expect(events.map((e) => e.kind)).toEqual(['alloc', 'free']);
  });
});
