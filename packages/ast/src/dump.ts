/**
 * `ast.dump` of CPython 3.12 over our JSON trees: same field order, same omission of optional
 * fields that are None (`?` in the ASDL, listed in node-fields.ts), same positional form when
 * `annotateFields` is false, same rule for putting a node on one line (all children simple and at
 * most three arguments), same indentation. `python -m ast` prints exactly this with indent 3.
 */
import type { PyConstant } from '@pyglass/interfaces';
import type { AstNode } from './nodes';
import { OPTIONAL_FIELDS, hasAttributes } from './node-fields';
import { constantRepr, strRepr } from './py-repr';

export interface DumpOptions {
  annotateFields?: boolean;
  includeAttributes?: boolean;
  /** A number of spaces or an indent string; null/undefined for the one-line form. */
  indent?: number | string | null;
}

const ATTRIBUTES = new Set(['lineno', 'col_offset', 'end_lineno', 'end_col_offset']);

function isNode(v: unknown): v is AstNode {
  return typeof v === 'object' && v !== null && typeof (v as AstNode)._type === 'string';
}

export function dump(node: AstNode, options: DumpOptions = {}): string {
  const annotate = options.annotateFields ?? true;
  const attrs = options.includeAttributes ?? false;
  const indent = options.indent === undefined || options.indent === null ? null : typeof options.indent === 'number' ? ' '.repeat(options.indent) : options.indent;

  function leaf(v: unknown, isConstantValue: boolean): string {
    if (isConstantValue) return constantRepr(v as PyConstant);
    if (v === null || v === undefined) return 'None';
    if (typeof v === 'string') return strRepr(v);
    if (typeof v === 'number') return String(v);
    if (typeof v === 'boolean') return v ? 'True' : 'False';
    return constantRepr(v as PyConstant);
  }

  function format(v: unknown, level: number, isConstantValue: boolean): [string, boolean] {
    let prefix = '';
    let sep = ', ';
    if (indent !== null) {
      level += 1;
      prefix = '\n' + indent.repeat(level);
      sep = ',\n' + indent.repeat(level);
    }
    if (isNode(v)) {
      const type = v._type;
      const optional = OPTIONAL_FIELDS[type];
      const withAttributes = hasAttributes(type);
      const args: string[] = [];
      let allSimple = true;
      let keywords = annotate;
      for (const key in v) {
        if (key === '_type') continue;
        const value = v[key];
        if (withAttributes && ATTRIBUTES.has(key)) {
          if (!attrs) continue;
          if (value === null || value === undefined) continue;
          const [s, simple] = format(value, level, false);
          allSimple = allSimple && simple;
          args.push(`${key}=${s}`);
          continue;
        }
        if ((value === null || value === undefined) && optional !== undefined && optional.includes(key)) {
          keywords = true;
          continue;
        }
        const [s, simple] = format(value, level, type === 'Constant' && key === 'value' || type === 'MatchSingleton' && key === 'value');
        allSimple = allSimple && simple;
        args.push(keywords ? `${key}=${s}` : s);
      }
      if (allSimple && args.length <= 3) return [`${type}(${args.join(', ')})`, args.length === 0];
      return [`${type}(${prefix}${args.join(sep)})`, false];
    }
    if (Array.isArray(v) && !isConstantValue) {
      if (v.length === 0) return ['[]', true];
      return [`[${prefix}${v.map((x) => format(x, level, false)[0]).join(sep)}]`, false];
    }
    return [leaf(v, isConstantValue), true];
  }

  if (!isNode(node)) throw new TypeError('expected AST');
  return format(node, 0, false)[0];
}
