/**
 * @pyglass/vm-core — Stage 4: code objects to execution; frames, eval loop, object model, builtins.
 */
export const STAGE_NAME = 'vm-core';

export * from './primitives/index.js';
