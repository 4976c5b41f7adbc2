/**
 * A reader for ASDL (Zephyr Abstract Syntax Description Language), the notation CPython uses for
 * its AST and pyglass uses in packages/interfaces/asdl/. It turns the text into a model — sum
 * types with constructors, product types, fields with their quantifier, attributes — checks that
 * every field type is defined, and renders the one-line signatures that CPython 3.12 puts in each
 * `ast` class's `__doc__` (so tests can compare a description with the oracle's module).
 * Errors carry the line and column of the offending token.
 */

export type AsdlQuantifier = '' | '?' | '*';

export const ASDL_BUILTIN_TYPES: readonly string[] = ['identifier', 'string', 'int', 'constant'];

export interface AsdlField {
  type: string;
  name: string;
  quantifier: AsdlQuantifier;
}

export interface AsdlConstructor {
  name: string;
  fields: AsdlField[];
}

export interface AsdlSum {
  kind: 'sum';
  name: string;
  constructors: AsdlConstructor[];
  attributes: AsdlField[];
}

export interface AsdlProduct {
  kind: 'product';
  name: string;
  fields: AsdlField[];
  attributes: AsdlField[];
}

export type AsdlType = AsdlSum | AsdlProduct;

export interface AsdlModule {
  name: string;
  types: AsdlType[];
}

export class AsdlError extends Error {
  constructor(message: string, readonly line: number, readonly column: number, file: string) {
    super(`${file}:${line}:${column}: ${message}`);
    this.name = 'AsdlError';
  }
}

type TokenKind = 'id' | '=' | '|' | '(' | ')' | ',' | '?' | '*' | '{' | '}' | 'eof';
interface Tok {
  kind: TokenKind;
  text: string;
  line: number;
  column: number;
}

function tokenize(text: string, file: string): Tok[] {
  const toks: Tok[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      i++;
      lineStart = i;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '-' && text[i + 1] === '-') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if ('=|(),?*{}'.includes(c)) {
      toks.push({ kind: c as TokenKind, text: c, line, column: i - lineStart + 1 });
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      const start = i;
      while (i < text.length && /[A-Za-z0-9_]/.test(text[i]!)) i++;
      toks.push({ kind: 'id', text: text.slice(start, i), line, column: start - lineStart + 1 });
    } else {
      throw new AsdlError(`unexpected character ${JSON.stringify(c)}`, line, i - lineStart + 1, file);
    }
  }
  toks.push({ kind: 'eof', text: '', line, column: i - lineStart + 1 });
  return toks;
}

/** Parses an ASDL module and checks that every field type is a builtin or a defined type. */
export function parseAsdl(text: string, file = '<asdl>'): AsdlModule {
  const toks = tokenize(text, file);
  let pos = 0;
  const peek = () => toks[pos]!;
  const fail = (tok: Tok, message: string): never => {
    throw new AsdlError(message, tok.line, tok.column, file);
  };
  const expect = (kind: TokenKind, what: string = kind): Tok => {
    const tok = peek();
    if (tok.kind !== kind) fail(tok, `expected ${what}, found ${tok.kind === 'eof' ? 'end of file' : JSON.stringify(tok.text)}`);
    pos++;
    return tok;
  };
  const keyword = (word: string) => {
    const tok = expect('id', word);
    if (tok.text !== word) fail(tok, `expected ${word}, found ${JSON.stringify(tok.text)}`);
  };

  // fields ::= "(" field ("," field)* ")" ; field ::= type ["?" | "*"] name
  const fields = (): AsdlField[] => {
    expect('(');
    const out: AsdlField[] = [];
    for (;;) {
      const type = expect('id', 'a field type').text;
      let quantifier: AsdlQuantifier = '';
      if (peek().kind === '?' || peek().kind === '*') quantifier = toks[pos++]!.kind as AsdlQuantifier;
      const nameTok = expect('id', 'a field name');
      if (out.some((f) => f.name === nameTok.text)) fail(nameTok, `duplicate field ${nameTok.text}`);
      out.push({ type, name: nameTok.text, quantifier });
      if (peek().kind === ')') break;
      expect(',', '"," or ")"');
    }
    expect(')');
    return out;
  };
  const attributes = (): AsdlField[] => {
    if (peek().kind === 'id' && peek().text === 'attributes' && toks[pos + 1]!.kind === '(') {
      pos++;
      return fields();
    }
    return [];
  };

  keyword('module');
  const name = expect('id', 'a module name').text;
  expect('{');
  const types: AsdlType[] = [];
  const seen = new Map<string, Tok>();
  const note = (tok: Tok) => {
    if (seen.has(tok.text)) fail(tok, `${tok.text} is defined twice`);
    seen.set(tok.text, tok);
  };
  while (peek().kind !== '}') {
    const typeTok = expect('id', 'a type name');
    note(typeTok);
    expect('=');
    if (peek().kind === '(') {
      const f = fields();
      types.push({ kind: 'product', name: typeTok.text, fields: f, attributes: attributes() });
      continue;
    }
    const constructors: AsdlConstructor[] = [];
    for (;;) {
      const ctorTok = expect('id', 'a constructor name');
      note(ctorTok);
      constructors.push({ name: ctorTok.text, fields: peek().kind === '(' ? fields() : [] });
      if (peek().kind !== '|') break;
      pos++;
    }
    types.push({ kind: 'sum', name: typeTok.text, constructors, attributes: attributes() });
  }
  expect('}');
  expect('eof', 'end of file');

  const typeNames = new Set(types.map((t) => t.name));
  for (const type of types) {
    const all = [...(type.kind === 'sum' ? type.constructors.flatMap((c) => c.fields) : type.fields), ...type.attributes];
    for (const field of all) {
      if (!typeNames.has(field.type) && !ASDL_BUILTIN_TYPES.includes(field.type)) {
        const tok = seen.get(type.name)!;
        throw new AsdlError(`field ${field.name} of ${type.name} has undefined type ${field.type}`, tok.line, tok.column, file);
      }
    }
  }
  return { name, types };
}

/** `Name(type? field, ...)`, or just `Name` without fields: CPython 3.12's class `__doc__`. */
export function signature(name: string, fields: readonly AsdlField[]): string {
  if (fields.length === 0) return name;
  return `${name}(${fields.map((f) => `${f.type}${f.quantifier} ${f.name}`).join(', ')})`;
}

/** The `__doc__` CPython 3.12 gives the class of an ASDL type (a sum lists its constructors). */
export function typeDoc(type: AsdlType): string {
  if (type.kind === 'product') return signature(type.name, type.fields);
  // An enumeration (no constructor has fields) is one line; otherwise one constructor per line.
  if (type.constructors.every((c) => c.fields.length === 0)) return `${type.name} = ${type.constructors.map((c) => c.name).join(' | ')}`;
  const pad = ' '.repeat(type.name.length + 1);
  return `${type.name} = ${type.constructors.map((c) => signature(c.name, c.fields)).join(`\n${pad}| `)}`;
}
