/**
 * The runtime contracts: Allocator, Collector and Scheduler, their constraints objects, and the
 * one selector shape every contract uses to pick a strategy by name.
 */
export * from './selection';
export * from './allocator';
export * from './collector';
export * from './scheduler';
export * from './toolchain';
