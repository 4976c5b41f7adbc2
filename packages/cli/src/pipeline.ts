/**
 * The front of the pipeline as the commands share it: source bytes → tokens → AST, with the
 * tokenizer's error handed to the parser the way CPython's parser meets its tokenizer's error.
 * This is composition, so it lives in cli (stages never import each other).
 */
import { parse, tokenErrorForParser, type AstNode, type ParseMode } from '@pyglass/ast';
import type { Token } from '@pyglass/interfaces';
import { tokenize, tokenizeColumns } from '@pyglass/tokens';


export interface FrontEnd {
  tokens: Token[];
  tree: AstNode;
}

/** Tokenizes and parses `source`; throws PySyntaxError as `compile()` would raise it. */
export function sourceToAst(source: Uint8Array, filename: string, mode: ParseMode = 'exec'): FrontEnd {
  const r = tokenize(source, { filename });
  // The source text is needed only to quote the line of a tokenizer error: decode it only then.
  const tokenError = r.error === null ? null : tokenErrorForParser(r.error, Buffer.from(source).toString('utf8'));
  const tree = parse(r.tokens, { mode, filename, tokenError });
  return { tokens: r.tokens, tree };
}

/**
 * Source bytes → AST through the in-process hand-off: the tokenizer writes columns
 * (`TokenColumns`) that the parser reads directly, with no Token object per token. What
 * compile()/import/exec use; `sourceToAst` keeps the Token[] for the commands that print it.
 */
export function sourceToTree(source: Uint8Array, filename: string, mode: ParseMode = 'exec'): AstNode {
  const r = tokenizeColumns(source, { filename });
  // The source text is needed only to quote the line of a tokenizer error: decode it only then.
  const tokenError = r.error === null ? null : tokenErrorForParser(r.error, Buffer.from(source).toString('utf8'));
  return parse(r.columns, { mode, filename, tokenError });
}
