/**
 * @pyglass/stdlib — Built-in modules: sys, gc, dis, time, math, random, re, ...
 */
export const STAGE_NAME = 'stdlib';
