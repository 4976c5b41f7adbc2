import {
  createSelector,
  parseStrategySpec,
  StrategySpecError,
  UnknownStrategyError,
  type AllocatorConstraints,
  type AllocatorDescriptor,
  type AllocatorFactory,
} from '@pyglass/interfaces';

const constraints = (alignment: number): AllocatorConstraints => ({
  simulatesHeap: true,
  alignment,
  smallRequestThreshold: 512,
  freesIndividually: true,
  reusesAddresses: true,
});
const unused: AllocatorFactory = () => {
  throw new Error('not created in this test');
};
const descriptors: AllocatorDescriptor[] = [
  { name: 'bump', summary: 'regions', constraints: constraints(8), create: unused },
  { name: 'pymalloc', summary: 'CPython 3.12', constraints: constraints(16), create: unused },
];

describe('strategy selection', () => {
  const selector = createSelector('alloc', descriptors, 'pymalloc');

  it('lists the default first and finds strategies by name', () => {
    expect(selector.names).toEqual(['pymalloc', 'bump']);
    expect(selector.get('bump').constraints.alignment).toBe(8);
  });

  it('names the valid strategies when the name is unknown', () => {
    expect(() => selector.get('jemalloc')).toThrow(new UnknownStrategyError('alloc', 'jemalloc', ['pymalloc', 'bump']));
    expect(() => selector.get('jemalloc')).toThrow('unknown alloc strategy "jemalloc"; valid: pymalloc, bump');
  });

  it('chooses by -X spec, then environment, then default', () => {
    expect(selector.choose('bump,region=64', {}).spec.options.get('region')).toBe('64');
    expect(selector.choose(null, { PYGLASS_ALLOC: 'bump' }).descriptor.name).toBe('bump');
    expect(selector.choose(null, {}).descriptor.name).toBe('pymalloc');
    expect(() => selector.choose(null, { PYGLASS_ALLOC: 'nope' })).toThrow(UnknownStrategyError);
  });

  it('parses NAME[,key=value] specs and rejects malformed ones', () => {
    const spec = parseStrategySpec('deterministic,seed=42,quantum=100,points=any');
    expect(spec.name).toBe('deterministic');
    expect([...spec.options]).toEqual([['seed', '42'], ['quantum', '100'], ['points', 'any']]);
    expect(() => parseStrategySpec('')).toThrow(StrategySpecError);
    expect(() => parseStrategySpec('gil,seed')).toThrow('invalid strategy option "gil,seed": expected key=value, got "seed"');
    expect(() => parseStrategySpec('gil,a=1,a=2')).toThrow('option a given twice');
  });

  it('refuses a default that is not registered and duplicate names', () => {
    expect(() => createSelector('alloc', descriptors, 'system')).toThrow('default alloc strategy system is not registered');
    expect(() => createSelector('alloc', [...descriptors, descriptors[0]!], 'bump')).toThrow('two alloc strategies are named bump');
  });
});
