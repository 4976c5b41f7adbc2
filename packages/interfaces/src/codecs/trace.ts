/**
 * Validating trace records against their schema table (src/trace-schema.ts) and reading and
 * writing JSON lines: one record per line, errors naming the line and the field.
 */
import { HEAP_EVENT_SCHEMA, type HeapEvent } from '../heap-event';
import { SCHED_EVENT_SCHEMA, type SchedEvent } from '../sched-event';
import type { TraceFieldType, TraceSchema } from '../trace-schema';
import { checkKeys, DecodeError, fail, isObject, joinPath, parseJson } from './decode-error';

interface CompiledKind {
  readonly keys: readonly string[];
  readonly fields: readonly (readonly [string, TraceFieldType])[];
}

// Each schema's kinds are compiled once into key lists, so validation does no Object.entries per record.
function compile(schema: TraceSchema): Map<string, CompiledKind> {
  const out = new Map<string, CompiledKind>();
  for (const kind of Object.keys(schema)) {
    const fields = Object.entries(schema[kind]!);
    out.set(kind, { keys: ['kind', ...fields.map(([name]) => name)], fields });
  }
  return out;
}

const HEAP = compile(HEAP_EVENT_SCHEMA);
const SCHED = compile(SCHED_EVENT_SCHEMA);

function checkField(type: TraceFieldType, value: unknown, path: string): void {
  switch (type) {
    case 'uint':
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail(path, 'a non-negative int', value);
      return;
    case 'int':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) fail(path, 'an int', value);
      return;
    case 'string':
      if (typeof value !== 'string') fail(path, 'a string', value);
      return;
    case 'bool':
      if (typeof value !== 'boolean') fail(path, 'true or false', value);
      return;
    case 'uint?':
      if (value !== null) checkField('uint', value, path);
      return;
    case 'string?':
      if (value !== null && typeof value !== 'string') fail(path, 'a string or null', value);
      return;
    case 'uint[]':
      if (!Array.isArray(value)) fail(path, 'an array of non-negative ints', value);
      for (let i = 0; i < value.length; i++) checkField('uint', value[i], joinPath(path, i));
      return;
    default:
      if (typeof value !== 'string' || !type.enum.includes(value)) fail(path, `one of ${type.enum.map((e) => JSON.stringify(e)).join(', ')}`, value);
  }
}

function checkRecord(kinds: Map<string, CompiledKind>, what: string, value: unknown, path: string): void {
  if (!isObject(value)) fail(path, `${what} record`, value);
  const kind = value.kind;
  if (typeof kind !== 'string') fail(joinPath(path, 'kind'), `${what} kind`, kind);
  const compiled = kinds.get(kind);
  if (!compiled) fail(joinPath(path, 'kind'), `one of ${[...kinds.keys()].join(', ')}`, kind);
  checkKeys(value, compiled.keys, path, `a ${kind} record`);
  for (const [name, type] of compiled.fields) checkField(type, value[name], joinPath(path, name));
}

export function decodeHeapEvent(value: unknown, path = '$'): HeapEvent {
  checkRecord(HEAP, 'a heap event', value, path);
  return value as HeapEvent;
}

export function decodeSchedEvent(value: unknown, path = '$'): SchedEvent {
  checkRecord(SCHED, 'a scheduler event', value, path);
  return value as SchedEvent;
}

/** One record as a line of JSON (with its newline). */
export function encodeJsonLine(record: unknown): string {
  return `${JSON.stringify(record)}\n`;
}

/** Records as JSON lines. */
export function encodeJsonLines(records: Iterable<unknown>): string {
  let out = '';
  for (const record of records) out += encodeJsonLine(record);
  return out;
}

/**
 * Parses JSON lines (blank lines skipped, a final newline optional) and validates each record
 * with `decode`; errors carry the 1-based line.
 */
export function decodeJsonLines<T>(text: string, decode: (value: unknown, path: string) => T): T[] {
  const out: T[] = [];
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    line++;
    const raw = text.slice(start, end);
    start = end + 1;
    if (raw.trim() === '') continue;
    try {
      out.push(decode(parseJson(raw), '$'));
    } catch (e) {
      if (e instanceof DecodeError) throw new DecodeError(e.path, e.detail, line);
      throw e;
    }
  }
  return out;
}

export function decodeHeapTrace(text: string): HeapEvent[] {
  return decodeJsonLines(text, decodeHeapEvent);
}

export function decodeSchedTrace(text: string): SchedEvent[] {
  return decodeJsonLines(text, decodeSchedEvent);
}
