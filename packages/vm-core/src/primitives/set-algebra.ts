/**
 * Set algebra between two sets (or frozensets) as CPython 3.12's setobject.c performs it, so that
 * the result's table — and therefore its iteration order and getsizeof — equals CPython's:
 * `a | b` copies a then merges b; `a & b` walks the smaller set and adds what the larger holds;
 * `a - b` either copies a and discards b's elements (when a is over four times larger) or walks a;
 * `a ^ b` builds from b then toggles a's elements; the in-place forms update a's own table
 * (`&=` replaces it by the intersection's, `-=` resizes away dummies once they pass a quarter of
 * the table). Operands other than sets (dicts, iterables) are the VM's to feed through
 * SetTable.add / discard with their hashes.
 */
import type { PyHash } from './hash-value.js';
import { SetTable } from './set-table.js';

const scratch: PyHash = { hi: 0, lo: 0 };

/** `a | b` (set_or). */
export function setUnion<K>(a: SetTable<K>, b: SetTable<K>): SetTable<K> {
  const result = a.copy();
  if (a !== b) result.mergeSet(b);
  return result;
}

/** `a |= b` (set_ior). */
export function setUnionUpdate<K>(a: SetTable<K>, b: SetTable<K>): void {
  a.mergeSet(b);
}

/** `a & b` (set_intersection): walks the smaller operand, keeps what the larger one holds. */
export function setIntersection<K>(a: SetTable<K>, b: SetTable<K>): SetTable<K> {
  if (a === b) return a.copy();
  const result = a.emptyLike();
  let so = a;
  let other = b;
  if (other.size > so.size) {
    so = b;
    other = a;
  }
  for (let j = other.nextSlot(0); j >= 0; j = other.nextSlot(j + 1)) {
    const key = other.keyAt(j);
    other.hashAt(j, scratch);
    if (so.has(key, scratch)) result.add(key, scratch);
  }
  return result;
}

/** `a &= b` (set_intersection_update: a takes the intersection's table). */
export function setIntersectionUpdate<K>(a: SetTable<K>, b: SetTable<K>): void {
  a.takeTable(setIntersection(a, b));
}

/** `a -= b` (set_difference_update_internal). */
export function setDifferenceUpdate<K>(a: SetTable<K>, b: SetTable<K>): void {
  if (a === b) {
    a.clear();
    return;
  }
  // When b is over eight times larger than a, only the common elements matter.
  const other = b.size >> 3 > a.size ? setIntersection(a, b) : b;
  for (let j = other.nextSlot(0); j >= 0; j = other.nextSlot(j + 1)) {
    const key = other.keyAt(j);
    other.hashAt(j, scratch);
    a.discard(key, scratch);
  }
  // More than a quarter of the table in dummies: resize them away.
  if (a.fill - a.used <= Math.floor(a.mask / 4)) return;
  a.resize(a.used > 50000 ? a.used * 2 : a.used * 4);
}

/** `a - b` (set_difference with a set operand). */
export function setDifference<K>(a: SetTable<K>, b: SetTable<K>): SetTable<K> {
  if (a.size >> 2 > b.size) {
    const result = a.copy();
    setDifferenceUpdate(result, b);
    return result;
  }
  const result = a.emptyLike();
  for (let j = a.nextSlot(0); j >= 0; j = a.nextSlot(j + 1)) {
    const key = a.keyAt(j);
    a.hashAt(j, scratch);
    if (!b.has(key, scratch)) result.add(key, scratch);
  }
  return result;
}

/** `a ^= b` (set_symmetric_difference_update with a set operand). */
export function setSymmetricDifferenceUpdate<K>(a: SetTable<K>, b: SetTable<K>): void {
  if (a === b) {
    a.clear();
    return;
  }
  const h: PyHash = { hi: 0, lo: 0 };
  for (let j = b.nextSlot(0); j >= 0; j = b.nextSlot(j + 1)) {
    const key = b.keyAt(j);
    b.hashAt(j, h);
    if (!a.discard(key, h)) a.add(key, h);
  }
}

/** `a ^ b` (set_symmetric_difference: a new set from b, then a's elements toggled in it). */
export function setSymmetricDifference<K>(a: SetTable<K>, b: SetTable<K>): SetTable<K> {
  const result = b.emptyLike();
  result.mergeSet(b);
  setSymmetricDifferenceUpdate(result, a);
  return result;
}

/** `a <= b` (set_issubset with a set operand). */
export function setIsSubset<K>(a: SetTable<K>, b: SetTable<K>): boolean {
  if (a.size > b.size) return false;
  for (let j = a.nextSlot(0); j >= 0; j = a.nextSlot(j + 1)) {
    a.hashAt(j, scratch);
    if (!b.has(a.keyAt(j), scratch)) return false;
  }
  return true;
}

/** `a.isdisjoint(b)` for a set operand. */
export function setIsDisjoint<K>(a: SetTable<K>, b: SetTable<K>): boolean {
  if (a === b) return a.size === 0;
  let so = a;
  let other = b;
  if (other.size > so.size) {
    so = b;
    other = a;
  }
  for (let j = other.nextSlot(0); j >= 0; j = other.nextSlot(j + 1)) {
    other.hashAt(j, scratch);
    if (so.has(other.keyAt(j), scratch)) return false;
  }
  return true;
}
