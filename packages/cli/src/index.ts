/**
 * @pyglass/cli — The pyglass command: the only package that composes stages.
 */
export const STAGE_NAME = 'cli';
