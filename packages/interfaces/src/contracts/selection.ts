/**
 * How strategies are chosen, one way for every contract (the mmtk `PlanSelector` pattern): each
 * strategy is a descriptor — name, one-line summary, constraints object, factory — and each
 * contract has one selector built from its descriptors. The VM reads a strategy's constraints,
 * never its name; an unknown name is an error that lists the valid ones. A strategy is named on
 * the command line as `-X gc=NAME[,key=value…]` (like `python -X`), or through the environment
 * variables below.
 */

/** The contracts with pluggable strategies, and the `-X` key that selects each. */
export type ContractKind = 'alloc' | 'gc' | 'sched';

/** Environment variables that select a strategy when no `-X` option does. */
export const STRATEGY_ENV_VARS: Readonly<Record<ContractKind, string>> = {
  alloc: 'PYGLASS_ALLOC',
  gc: 'PYGLASS_GC',
  sched: 'PYGLASS_SCHED',
};

export interface StrategyDescriptor<Constraints, Factory> {
  /** The name used in `-X gc=NAME`, in traces and in reports. */
  readonly name: string;
  /** One line for `--help` and error messages. */
  readonly summary: string;
  readonly constraints: Constraints;
  readonly create: Factory;
}

/** A strategy name with its options: `deterministic,seed=42,quantum=100`. */
export interface StrategySpec {
  readonly name: string;
  readonly options: ReadonlyMap<string, string>;
}

export class UnknownStrategyError extends Error {
  constructor(readonly contract: ContractKind, readonly requested: string, readonly valid: readonly string[]) {
    super(`unknown ${contract} strategy ${JSON.stringify(requested)}; valid: ${valid.join(', ')}`);
    this.name = 'UnknownStrategyError';
  }
}

export class StrategySpecError extends Error {
  constructor(readonly spec: string, detail: string) {
    super(`invalid strategy option ${JSON.stringify(spec)}: ${detail}`);
    this.name = 'StrategySpecError';
  }
}

/** Parses `NAME[,key=value]*`; keys may not repeat, values may be empty. */
export function parseStrategySpec(spec: string): StrategySpec {
  const [name, ...pairs] = spec.split(',');
  if (!name || !/^[A-Za-z0-9_.-]+$/.test(name)) throw new StrategySpecError(spec, 'expected NAME[,key=value...]');
  const options = new Map<string, string>();
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new StrategySpecError(spec, `expected key=value, got ${JSON.stringify(pair)}`);
    const key = pair.slice(0, eq);
    if (options.has(key)) throw new StrategySpecError(spec, `option ${key} given twice`);
    options.set(key, pair.slice(eq + 1));
  }
  return { name, options };
}

export interface StrategySelector<Constraints, Factory> {
  readonly contract: ContractKind;
  readonly defaultName: string;
  /** Valid names, in registration order (the default first). */
  readonly names: readonly string[];
  /** The descriptor for `name`; throws UnknownStrategyError listing the valid names. */
  get(name: string): StrategyDescriptor<Constraints, Factory>;
  /**
   * The strategy chosen by, in order: an explicit spec (from `-X`), the environment variable,
   * the default.
   */
  choose(spec: string | null, env?: Readonly<Record<string, string | undefined>>): { descriptor: StrategyDescriptor<Constraints, Factory>; spec: StrategySpec };
}

/** Builds the one selector of a contract; the default must be among the descriptors. */
export function createSelector<Constraints, Factory>(
  contract: ContractKind,
  descriptors: readonly StrategyDescriptor<Constraints, Factory>[],
  defaultName: string,
): StrategySelector<Constraints, Factory> {
  const byName = new Map<string, StrategyDescriptor<Constraints, Factory>>();
  for (const d of descriptors) {
    if (byName.has(d.name)) throw new Error(`two ${contract} strategies are named ${d.name}`);
    byName.set(d.name, d);
  }
  if (!byName.has(defaultName)) throw new Error(`default ${contract} strategy ${defaultName} is not registered`);
  const names = [defaultName, ...descriptors.map((d) => d.name).filter((n) => n !== defaultName)];
  const get = (name: string) => {
    const d = byName.get(name);
    if (!d) throw new UnknownStrategyError(contract, name, names);
    return d;
  };
  return {
    contract,
    defaultName,
    names,
    get,
    choose(spec, env = process.env) {
      const text = spec ?? env[STRATEGY_ENV_VARS[contract]] ?? defaultName;
      const parsed = parseStrategySpec(text);
      return { descriptor: get(parsed.name), spec: parsed };
    },
  };
}
