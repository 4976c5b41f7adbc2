/**
 * @pyglass/gc — Collectors (CPython 3.12 refcounting plus cycle collector by default) behind the Collector contract.
 */
export const STAGE_NAME = 'gc';
