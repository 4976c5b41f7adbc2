/**
 * @pyglass/interfaces — the only package every stage may import. It holds the serialized forms
 * that cross stage boundaries (tokens, AST, code objects, heap and scheduler events), their
 * codecs and validators, and the runtime contracts that strategies implement.
 */
export * from './token';
export * from './constant';
export * from './code';
export * from './ast-schema';
export * from './generated/ast';
export * from './trace-schema';
export * from './heap-event';
export * from './sched-event';
export * from './codecs';
export * from './contracts';
export * from './bench-result';
export * from './generated/opcodes';
