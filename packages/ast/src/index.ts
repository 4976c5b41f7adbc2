/**
 * @pyglass/ast — Stage 2: tokens to the tree of CPython 3.12's ast module.
 */
export const STAGE_NAME = 'ast';
