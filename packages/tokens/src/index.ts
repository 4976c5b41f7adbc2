/**
 * @pyglass/tokens — Stage 1: source bytes to the tokenize.TokenInfo stream of CPython 3.12.
 */
export const STAGE_NAME = 'tokens';
