/**
 * The collector's per-object bookkeeping — what CPython keeps in the 16-byte `PyGC_Head` in front
 * of each GC object — as a table of slots: intrusive doubly linked lists (the generations and the
 * collector's working lists), the `gc_refs` copy of each refcount, and flag bits (tracked,
 * collecting, unreachable, finalized). Slots 0..LIST_HEADS-1 are list heads. An object reaches its
 * slot through the model's optional getGcSlot/setGcSlot hooks (one field read, as CPython's
 * AS_GC is one subtraction) or, without them, through a Map.
 *
 * Why typed arrays and integer links: a collection walks every tracked object and every
 * reference several times; flat Int32Array/Float64Array fields keep those loops free of
 * allocation and of property lookups on heterogeneous objects.
 */
import type { ObjectModel } from '@pyglass/interfaces';

export const FLAG_TRACKED = 1;
export const FLAG_COLLECTING = 2;
export const FLAG_UNREACHABLE = 4;
export const FLAG_FINALIZED = 8;

/** List heads: generations 0..2, the permanent generation, then the collector's working lists. */
export const GEN0 = 0;
export const PERMANENT = 3;
export const UNREACHABLE = 4;
export const FINALIZERS = 5;
export const WRCB_TO_CALL = 6;
export const SEEN = 7;
export const STILL_UNREACHABLE = 8;
export const RESURRECTED = 9;
export const LIST_HEADS = 10;

export class GcTable<O> {
  next: Int32Array;
  prev: Int32Array;
  /** gc_refs during a collection (a double: immortal counts exceed 2**31). */
  refs: Float64Array;
  flags: Uint8Array;
  objs: (O | undefined)[];
  private freeSlots: number[] = [];
  private used = LIST_HEADS;
  private readonly map: Map<O, number> | null;
  private readonly getSlot: ((obj: O) => number) | null;
  private readonly setSlot: ((obj: O, slot: number) => void) | null;

  constructor(model: ObjectModel<O>, capacity = 1024) {
    this.next = new Int32Array(capacity);
    this.prev = new Int32Array(capacity);
    this.refs = new Float64Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.objs = new Array<O | undefined>(capacity).fill(undefined);
    for (let h = 0; h < LIST_HEADS; h++) this.init(h);
    if (model.getGcSlot && model.setGcSlot) {
      this.getSlot = model.getGcSlot.bind(model);
      this.setSlot = model.setGcSlot.bind(model);
      this.map = null;
    } else {
      this.getSlot = null;
      this.setSlot = null;
      this.map = new Map();
    }
  }

  /** The object's slot, or -1 if it has none (never GC-allocated, or already freed). */
  slotOf(obj: O): number {
    if (this.getSlot !== null) return this.getSlot(obj);
    const s = this.map!.get(obj);
    return s === undefined ? -1 : s;
  }

  /** A slot for `obj`, creating it (untracked, flags clear) when it has none. */
  ensure(obj: O): number {
    const s = this.slotOf(obj);
    if (s >= 0) return s;
    let slot: number;
    if (this.freeSlots.length > 0) slot = this.freeSlots.pop()!;
    else {
      if (this.used === this.next.length) this.grow();
      slot = this.used++;
    }
    this.objs[slot] = obj;
    this.flags[slot] = 0;
    this.next[slot] = -1;
    this.prev[slot] = -1;
    if (this.setSlot !== null) this.setSlot(obj, slot);
    else this.map!.set(obj, slot);
    return slot;
  }

  /** Gives the slot back (PyObject_GC_Del); the object must be off every list. */
  release(obj: O, slot: number): void {
    this.objs[slot] = undefined;
    this.flags[slot] = 0;
    if (this.setSlot !== null) this.setSlot(obj, -1);
    else this.map!.delete(obj);
    this.freeSlots.push(slot);
  }

  private grow(): void {
    const n = this.next.length * 2;
    const next = new Int32Array(n);
    next.set(this.next);
    this.next = next;
    const prev = new Int32Array(n);
    prev.set(this.prev);
    this.prev = prev;
    const refs = new Float64Array(n);
    refs.set(this.refs);
    this.refs = refs;
    const flags = new Uint8Array(n);
    flags.set(this.flags);
    this.flags = flags;
    const objs = new Array<O | undefined>(n).fill(undefined);
    for (let i = 0; i < this.objs.length; i++) objs[i] = this.objs[i];
    this.objs = objs;
  }

  // --- list operations (gc_list_* of gcmodule.c) ----------------------------------------------

  init(head: number): void {
    this.next[head] = head;
    this.prev[head] = head;
  }

  isEmpty(head: number): boolean {
    return this.next[head] === head;
  }

  append(slot: number, head: number): void {
    const last = this.prev[head]!;
    this.next[last] = slot;
    this.prev[slot] = last;
    this.next[slot] = head;
    this.prev[head] = slot;
  }

  remove(slot: number): void {
    const p = this.prev[slot]!;
    const n = this.next[slot]!;
    this.next[p] = n;
    this.prev[n] = p;
    this.next[slot] = -1;
    this.prev[slot] = -1;
  }

  move(slot: number, head: number): void {
    const p = this.prev[slot]!;
    const n = this.next[slot]!;
    this.next[p] = n;
    this.prev[n] = p;
    this.append(slot, head);
  }

  /** Appends all of `from` to the end of `to`; `from` becomes empty. */
  merge(from: number, to: number): void {
    if (this.isEmpty(from)) return;
    const toTail = this.prev[to]!;
    const first = this.next[from]!;
    const last = this.prev[from]!;
    this.next[toTail] = first;
    this.prev[first] = toTail;
    this.next[last] = to;
    this.prev[to] = last;
    this.init(from);
  }

  size(head: number): number {
    let n = 0;
    for (let s = this.next[head]!; s !== head; s = this.next[s]!) n++;
    return n;
  }

  /** The objects of a list, in order. */
  objects(head: number): O[] {
    const out: O[] = [];
    for (let s = this.next[head]!; s !== head; s = this.next[s]!) out.push(this.objs[s]!);
    return out;
  }
}
