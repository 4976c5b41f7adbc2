/**
 * `ast.dump` of CPython 3.12 over our JSON trees, driven by the generated metadata table
 * (`AST_NODE_INFO` of @pyglass/interfaces): each node's fields in ASDL order, then its position
 * attributes; optional fields (`?`, class default None) left out when None, which switches the
 * rest to keyword form when `annotateFields` is false; `constant` fields printed with Python's
 * repr of the value; the same rule for putting a node on one line (all children simple and at
 * most three arguments) and the same indentation. `python -m ast` prints exactly this with
 * indent 3.
 */
import { AST_NODE_INFO, type AstNode, type AstNodeInfo, type PyConstant } from '@pyglass/interfaces';
import { constantRepr, strRepr } from './py-repr';

export interface DumpOptions {
  annotateFields?: boolean;
  includeAttributes?: boolean;
  /** A number of spaces or an indent string; null/undefined for the one-line form. */
  indent?: number | string | null;
}

function isNode(v: unknown): v is AstNode {
  return typeof v === 'object' && v !== null && typeof (v as { _type?: unknown })._type === 'string';
}

function leaf(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'string') return strRepr(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return constantRepr(v as PyConstant);
}

/** `ast.dump(node, annotate_fields, include_attributes, indent)` of any node of the generated AST types. */
export function dump(node: AstNode, options: DumpOptions = {}): string {
  const annotate = options.annotateFields ?? true;
  const attrs = options.includeAttributes ?? false;
  const indent = options.indent === undefined || options.indent === null ? null : typeof options.indent === 'number' ? ' '.repeat(options.indent) : options.indent;

  function format(v: unknown, level: number, isConstant: boolean): [string, boolean] {
    if (isConstant) return [constantRepr(v as PyConstant), true];
    let prefix = '';
    let sep = ', ';
    if (indent !== null) {
      level += 1;
      prefix = '\n' + indent.repeat(level);
      sep = ',\n' + indent.repeat(level);
    }
    if (isNode(v)) {
      const type = v._type;
      const info: AstNodeInfo | undefined = AST_NODE_INFO.get(type);
      if (info === undefined) throw new TypeError(`expected AST, got a node of unknown type ${JSON.stringify(type)}`);
      // Why a record view: the fields are read by the names in the table, not statically.
      const fields = v as unknown as Record<string, unknown>;
      const args: string[] = [];
      let allSimple = true;
      let keywords = annotate;
      for (const f of info.fields) {
        const value = fields[f.name];
        if (value === undefined) { keywords = true; continue; }
        if (value === null && f.quantifier === '?') { keywords = true; continue; }
        const [s, simple] = format(value, level, f.type === 'constant');
        allSimple = allSimple && simple;
        args.push(keywords ? `${f.name}=${s}` : s);
      }
      if (attrs) {
        for (const a of info.attributes) {
          const value = fields[a.name];
          if (value === null || value === undefined) continue;
          const [s, simple] = format(value, level, false);
          allSimple = allSimple && simple;
          args.push(`${a.name}=${s}`);
        }
      }
      if (allSimple && args.length <= 3) return [`${type}(${args.join(', ')})`, args.length === 0];
      return [`${type}(${prefix}${args.join(sep)})`, false];
    }
    if (Array.isArray(v)) {
      if (v.length === 0) return ['[]', true];
      return [`[${prefix}${v.map((x) => format(x, level, false)[0]).join(sep)}]`, false];
    }
    return [leaf(v), true];
  }

  if (!isNode(node)) throw new TypeError('expected AST');
  return format(node, 0, false)[0];
}
