/**
 * How trace records are defined: a schema table per trace (record kind → field → field type),
 * from which both the TypeScript types (`TraceRecordOf`) and the JSON-lines validator
 * (codecs/trace.ts) are derived, so the two cannot drift apart. A record is one flat JSON object
 * per line with a `kind` string first; times are integer nanoseconds since the trace began (safe
 * as JSON numbers for 104 days), addresses are the integers `id()` returns (0 for NULL).
 */

/** The value types a trace field may have. */
export type TraceFieldType =
  | 'uint'
  | 'int'
  | 'string'
  | 'bool'
  | 'uint?'
  | 'string?'
  | 'uint[]'
  | { readonly enum: readonly string[] };

export type TraceSchema = { readonly [kind: string]: { readonly [field: string]: TraceFieldType } };

type FieldValue<T> = T extends 'uint' | 'int'
  ? number
  : T extends 'string'
    ? string
    : T extends 'bool'
      ? boolean
      : T extends 'uint?'
        ? number | null
        : T extends 'string?'
          ? string | null
          : T extends 'uint[]'
            ? number[]
            : T extends { readonly enum: readonly (infer E)[] }
              ? E
              : never;

/** The record of one kind: `{ kind: K, ...fields }`. */
export type TraceRecordOf<S extends TraceSchema, K extends keyof S & string> = {
  -readonly [P in 'kind' | keyof S[K]]: P extends 'kind' ? K : FieldValue<S[K][P & keyof S[K]]>;
};

/** The discriminated union of every record kind of a schema. */
export type TraceRecordUnion<S extends TraceSchema> = { [K in keyof S & string]: TraceRecordOf<S, K> }[keyof S & string];
