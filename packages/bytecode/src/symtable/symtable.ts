/**
 * The symbol table: which scope every name of a module belongs to, as CPython 3.12's
 * Python/symtable.c decides it. Two passes: a walk of the AST that records, per block (module,
 * class, function, lambda, comprehension, PEP 695 type-parameter/alias/bound scopes), each name's
 * DEF_* flags in first-seen order; then an analysis that gives every name its scope (LOCAL,
 * GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL), inlines list/set/dict comprehensions into their
 * parent (PEP 709), and raises the compile-time SyntaxErrors that scoping implies (nonlocal and
 * global misuse, named-expression conflicts, yield in comprehensions, ...). The flag values equal
 * the `_symtable` module's, so the result can be compared with the oracle's `symtable` module.
 */
import type {
  ArgNode, ArgumentsNode, ComprehensionNode, ExprNode, ModNode, PatternNode, StmtNode, TypeParamNode,
} from '@pyglass/interfaces';

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_TYPE_PARAM = 1024;
export const DEF_COMP_CELL = 2048;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

export const enum Scope { NONE = 0, LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5 }

/** Block kinds; the numbers are `_symtable.TYPE_*`. */
export const enum BlockType {
  Function = 0, Class = 1, Module = 2, Annotation = 3, TypeVarBound = 4, TypeAlias = 5, TypeParam = 6,
}

export const enum ComprehensionType { None = 0, List = 1, Dict = 2, Set = 3, Generator = 4 }

/** A compile-time error as CPython raises it: 1-based columns in UTF-8 bytes, as the compiler reports them. */
export class CompileError extends Error {
  constructor(
    readonly type: 'SyntaxError' | 'IndentationError' | 'TabError' | 'ValueError' | 'OverflowError' | 'RecursionError',
    readonly msg: string,
    readonly lineno: number | null,
    readonly offset: number | null,
    readonly end_lineno: number | null,
    readonly end_offset: number | null,
  ) {
    super(`${type}: ${msg} (line ${lineno})`);
    this.name = 'CompileError';
  }
}

interface Loc { lineno: number; col_offset: number; end_lineno: number | null; end_col_offset: number | null }

function errorAt(msg: string, loc: Loc): CompileError {
  return new CompileError('SyntaxError', msg, loc.lineno, loc.col_offset + 1, loc.end_lineno ?? loc.lineno, (loc.end_col_offset ?? loc.col_offset) + 1);
}

/** One block's entry (PySTEntryObject). */
export class SymbolTableEntry {
  /** name → flags (DEF_* bits, scope in bits 12+), in first-definition order as CPython's dict keeps them. */
  readonly symbols = new Map<string, number>();
  /** Parameters in definition order (ste_varnames). */
  readonly varnames: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  /** global/nonlocal statements and named-expression targets: name → location of the first. */
  readonly directives: { name: string; loc: Loc }[] = [];
  nested = false;
  free = false;
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension = ComprehensionType.None;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  needsClassdict = false;
  compInlined = false;
  compIterTarget = false;
  compIterExpr = 0;
  canSeeClassScope = false;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly key: object,
    readonly lineno: number,
    readonly colOffset: number,
  ) {}

  /** _PyST_GetSymbol */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** _PyST_GetScope */
  getScope(name: string): Scope {
    return ((this.symbols.get(name) ?? 0) >> SCOPE_OFFSET) & SCOPE_MASK;
  }

  /** _PyST_IsFunctionLike */
  isFunctionLike(): boolean {
    return this.type === BlockType.Function || this.type === BlockType.Annotation || this.type === BlockType.TypeVarBound
      || this.type === BlockType.TypeAlias || this.type === BlockType.TypeParam;
  }
}

/** `_Py_Mangle`: `__name` inside class `C` is `_C__name` (dunder names and dotted names excepted). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || name.length < 2 || name.charCodeAt(0) !== 95 || name.charCodeAt(1) !== 95) return name;
  const n = name.length;
  if (name.charCodeAt(n - 1) === 95 && name.charCodeAt(n - 2) === 95) return name;
  if (name.indexOf('.') >= 0) return name;
  let i = 0;
  while (i < privateName.length && privateName.charCodeAt(i) === 95) i++;
  if (i === privateName.length) return name;
  return '_' + privateName.slice(i) + name;
}

export class SymbolTable {
  top!: SymbolTableEntry;
  /** Entries by the AST node that opened them (PySymtable_Lookup). */
  readonly blocks = new Map<object, SymbolTableEntry>();
  private stack: SymbolTableEntry[] = [];
  private cur!: SymbolTableEntry;
  private global!: Map<string, number>;
  private privateName: string | null = null;

  constructor(readonly futureAnnotations: boolean) {}

  lookup(key: object): SymbolTableEntry {
    const e = this.blocks.get(key);
    if (!e) throw new Error('symtable: no entry for node');
    return e;
  }

  // ---- building -------------------------------------------------------------------------------

  build(mod: ModNode): void {
    this.enterBlock('top', BlockType.Module, mod, 0, 0);
    this.top = this.cur;
    switch (mod._type) {
      case 'Module':
      case 'Interactive':
        for (const s of mod.body) this.visitStmt(s);
        break;
      case 'Expression':
        this.visitExpr(mod.body);
        break;
      case 'FunctionType':
        for (const e of mod.argtypes) this.visitExpr(e);
        this.visitExpr(mod.returns);
        break;
    }
    this.exitBlock();
    this.analyze();
  }

  private enterBlock(name: string, type: BlockType, key: object, lineno: number, colOffset: number): void {
    const prev = this.stack.length ? this.cur : null;
    const ste = new SymbolTableEntry(name, type, key, lineno, colOffset);
    if (prev && (prev.nested || prev.isFunctionLike())) ste.nested = true;
    this.blocks.set(key, ste);
    this.stack.push(ste);
    if (prev) ste.compIterExpr = prev.compIterExpr;
    this.cur = ste;
    // Annotation blocks (future annotations only) do not affect the compiled code.
    if (type === BlockType.Annotation) return;
    if (type === BlockType.Module) this.global = ste.symbols;
    if (prev) prev.children.push(ste);
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1]!;
  }

  private addDefHelper(name: string, flag: number, ste: SymbolTableEntry, loc: Loc): void {
    const mangled = mangle(this.privateName, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if ((flag & DEF_PARAM) && (val & DEF_PARAM)) throw errorAt(`duplicate argument '${name}' in function definition`, loc);
      if ((flag & DEF_TYPE_PARAM) && (val & DEF_TYPE_PARAM)) throw errorAt(`duplicate type parameter '${name}'`, loc);
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) throw errorAt(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  private addDef(name: string, flag: number, loc: Loc): void {
    this.addDefHelper(name, flag, this.cur, loc);
  }

  private lookupCur(name: string): number {
    return this.cur.symbols.get(mangle(this.privateName, name)) ?? 0;
  }

  private enterTypeParamBlock(name: string, key: object, hasDefaults: boolean, hasKwdefaults: boolean, isClass: boolean, loc: Loc): void {
    const currentType = this.cur.type;
    this.enterBlock(name, BlockType.TypeParam, key, loc.lineno, loc.col_offset);
    if (currentType === BlockType.Class) {
      this.cur.canSeeClassScope = true;
      this.addDef('__classdict__', USE, loc);
    }
    if (isClass) {
      this.addDef('.type_params', DEF_LOCAL, loc);
      this.addDef('.type_params', USE, loc);
      this.privateName = name;
      this.addDef('.generic_base', DEF_LOCAL, loc);
      this.addDef('.generic_base', USE, loc);
    }
    if (hasDefaults) this.addDef('.defaults', DEF_PARAM, loc);
    if (hasKwdefaults) this.addDef('.kwdefaults', DEF_PARAM, loc);
  }

  private recordDirective(name: string, loc: Loc): void {
    this.cur.directives.push({ name: mangle(this.privateName, name), loc });
  }

  private visitStmts(body: readonly StmtNode[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private visitExprs(list: readonly (ExprNode | null)[]): void {
    for (const e of list) if (e) this.visitExpr(e);
  }

  private visitStmt(s: StmtNode): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        this.visitExprs(s.args.kw_defaults);
        this.visitExprs(s.decorator_list);
        const generic = s.type_params.length > 0;
        if (generic) {
          const hasKwdefaults = s.args.kw_defaults.some((d) => d !== null);
          this.enterTypeParamBlock(s.name, s.type_params, /* hasDefaults: the parser's list is never NULL */ true, hasKwdefaults, /* isClass */ false, s);
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.visitAnnotations(s, s.args, s.returns);
        this.enterBlock(s.name, BlockType.Function, s, s.lineno, s.col_offset);
        if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.visitArguments(s.args);
        this.visitStmts(s.body);
        this.exitBlock();
        if (generic) this.exitBlock();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.decorator_list);
        const saved = this.privateName;
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(s.name, s.type_params, false, false, /* isClass */ true, s);
          this.privateName = s.name;
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.enterBlock(s.name, BlockType.Class, s, s.lineno, s.col_offset);
        this.privateName = s.name;
        if (generic) {
          const loc = s.type_params[0]!;
          this.addDef('__type_params__', DEF_LOCAL, loc);
          this.addDef('.type_params', USE, loc);
        }
        this.visitStmts(s.body);
        this.exitBlock();
        if (generic) this.exitBlock();
        this.privateName = saved;
        break;
      }
      case 'TypeAlias': {
        this.visitExpr(s.name);
        const name = (s.name as { id: string }).id;
        const inClass = this.cur.type === BlockType.Class;
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(name, s.type_params, false, false, /* isClass */ false, s);
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.enterBlock(name, BlockType.TypeAlias, s, s.lineno, s.col_offset);
        this.cur.canSeeClassScope = inClass;
        if (inClass) this.addDef('__classdict__', USE, s.value);
        this.visitExpr(s.value);
        this.exitBlock();
        if (generic) this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign': {
        const t = s.target;
        if (t._type === 'Name') {
          const cur = this.lookupCur(t.id);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur.symbols !== this.global && s.simple) {
            throw errorAt(cur & DEF_GLOBAL ? `annotated name '${t.id}' can't be global` : `annotated name '${t.id}' can't be nonlocal`, s);
          }
          if (s.simple) this.addDef(t.id, DEF_ANNOT | DEF_LOCAL, t);
          else if (s.value) this.addDef(t.id, DEF_LOCAL, t);
        } else {
          this.visitExpr(t);
        }
        this.visitAnnotation(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      }
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          const name = a.asname ?? a.name;
          const dot = name.indexOf('.');
          const storeName = dot >= 0 ? name.slice(0, dot) : name;
          if (a.name !== '*') {
            this.addDef(storeName, DEF_IMPORT, a);
          } else if (this.cur.type !== BlockType.Module) {
            throw errorAt('import * only allowed at module level', a);
          }
        }
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        const kw = isGlobal ? 'global' : 'nonlocal';
        for (const name of s.names) {
          const cur = this.lookupCur(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kw}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${kw} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kw}`;
            else msg = `name '${name}' is assigned to before ${kw} declaration`;
            throw errorAt(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
    }
  }

  private raiseIfAnnotationBlock(name: string, e: Loc): void {
    const t = this.cur.type;
    let msg: string | null = null;
    if (t === BlockType.Annotation) msg = `${name} cannot be used within an annotation`;
    else if (t === BlockType.TypeVarBound) msg = `${name} cannot be used within a TypeVar bound`;
    else if (t === BlockType.TypeAlias) msg = `${name} cannot be used within a type alias`;
    else if (t === BlockType.TypeParam) msg = `${name} cannot be used within the definition of a generic`;
    if (msg !== null) throw errorAt(msg, e);
  }

  private raiseIfComprehensionBlock(e: Loc): never {
    const t = this.cur.comprehension;
    throw errorAt(
      t === ComprehensionType.List ? "'yield' inside list comprehension"
        : t === ComprehensionType.Set ? "'yield' inside set comprehension"
          : t === ComprehensionType.Dict ? "'yield' inside dict comprehension"
            : "'yield' inside generator expression",
      e,
    );
  }

  private visitExpr(e: ExprNode): void {
    switch (e._type) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        if (this.cur.compIterExpr > 0) throw errorAt('assignment expression cannot be used in a comprehension iterable expression', e);
        if (this.cur.comprehension) this.extendNamedExprScope(e.target as Loc & { id: string });
        this.visitExpr(e.value);
        this.visitExpr(e.target);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock('lambda', BlockType.Function, e, e.lineno, e.col_offset);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.handleComprehension(e, 'genexpr', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.handleComprehension(e, 'listcomp', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.handleComprehension(e, 'setcomp', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.handleComprehension(e, 'dictcomp', e.generators, e.key, e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.raiseIfComprehensionBlock(e);
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name': {
        const load = e.ctx._type === 'Load';
        this.addDef(e.id, load ? USE : DEF_LOCAL, e);
        // super() counts as a use of __class__.
        if (load && this.cur.isFunctionLike() && e.id === 'super') this.addDef('__class__', USE, e);
        break;
      }
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
  }

  private extendNamedExprScope(target: Loc & { id: string }): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension) {
        const f = ste.getSymbol(name);
        if ((f & DEF_COMP_ITER) && (f & DEF_LOCAL)) throw errorAt(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        continue;
      }
      if (ste.type === BlockType.Function) {
        const f = ste.getSymbol(name);
        this.addDef(name, f & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDefHelper(name, DEF_LOCAL, ste, target);
        return;
      }
      if (ste.type === BlockType.Module) {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDefHelper(name, DEF_GLOBAL, ste, target);
        return;
      }
      const msgs: Partial<Record<BlockType, string>> = {
        [BlockType.Class]: 'assignment expression within a comprehension cannot be used in a class body',
        [BlockType.TypeParam]: 'assignment expression within a comprehension cannot be used within the definition of a generic',
        [BlockType.TypeAlias]: 'assignment expression within a comprehension cannot be used in a type alias',
        [BlockType.TypeVarBound]: 'assignment expression within a comprehension cannot be used in a TypeVar bound',
      };
      const msg = msgs[ste.type];
      if (msg) throw errorAt(msg, target);
    }
  }

  private handleComprehension(e: ExprNode & Loc, scopeName: string, generators: readonly ComprehensionNode[], elt: ExprNode, value: ExprNode | null): void {
    const isGenerator = e._type === 'GeneratorExp';
    const outermost = generators[0]!;
    // gh-109118: checked before anything inside the comprehension is visited.
    if (this.cur.canSeeClassScope) throw errorAt('Cannot use comprehension in annotation scope within class scope', e);
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, BlockType.Function, e, e.lineno, e.col_offset);
    const ste = this.cur;
    ste.comprehension = e._type === 'ListComp' ? ComprehensionType.List : e._type === 'SetComp' ? ComprehensionType.Set
      : e._type === 'DictComp' ? ComprehensionType.Dict : ComprehensionType.Generator;
    if (outermost.is_async) ste.coroutine = true;
    this.addDef('.0', DEF_PARAM, e);
    ste.compIterTarget = true;
    this.visitExpr(outermost.target);
    ste.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const lc = generators[i]!;
      ste.compIterTarget = true;
      this.visitExpr(lc.target);
      ste.compIterTarget = false;
      ste.compIterExpr++;
      this.visitExpr(lc.iter);
      ste.compIterExpr--;
      this.visitExprs(lc.ifs);
      if (lc.is_async) ste.coroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    ste.generator = isGenerator;
    const isAsync = ste.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur.coroutine = true;
  }

  private visitParams(args: readonly ArgNode[]): void {
    for (const a of args) this.addDef(a.arg, DEF_PARAM, a);
  }

  private visitArguments(a: ArgumentsNode): void {
    this.visitParams(a.posonlyargs);
    this.visitParams(a.args);
    this.visitParams(a.kwonlyargs);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  private visitAnnotation(annotation: ExprNode): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', BlockType.Annotation, annotation, annotation.lineno, annotation.col_offset);
    this.visitExpr(annotation);
    if (this.futureAnnotations) this.exitBlock();
  }

  private visitAnnotations(o: StmtNode & Loc, a: ArgumentsNode, returns: ExprNode | null): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', BlockType.Annotation, a, o.lineno, o.col_offset);
    for (const arg of a.posonlyargs) if (arg.annotation) this.visitExpr(arg.annotation);
    for (const arg of a.args) if (arg.annotation) this.visitExpr(arg.annotation);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    for (const arg of a.kwonlyargs) if (arg.annotation) this.visitExpr(arg.annotation);
    if (this.futureAnnotations) this.exitBlock();
    if (returns) this.visitAnnotation(returns);
  }

  private visitTypeParam(tp: TypeParamNode): void {
    this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
    if (tp._type === 'TypeVar' && tp.bound) {
      const inClass = this.cur.canSeeClassScope;
      this.enterBlock(tp.name, BlockType.TypeVarBound, tp, tp.lineno, tp.col_offset);
      this.cur.canSeeClassScope = inClass;
      if (inClass) this.addDef('__classdict__', USE, tp.bound);
      this.visitExpr(tp.bound);
      this.exitBlock();
    }
  }

  private visitPattern(p: PatternNode): void {
    switch (p._type) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchStar':
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
  }

  // ---- analysis -------------------------------------------------------------------------------

  private analyze(): void {
    this.analyzeBlock(this.top, null, new Set(), new Set(), new Set(), null);
  }

  private errorAtDirective(ste: SymbolTableEntry, name: string, msg: string): CompileError {
    const d = ste.directives.find((x) => x.name === name);
    return d ? errorAt(msg, d.loc) : new CompileError('SyntaxError', msg, ste.lineno, ste.colOffset + 1, ste.lineno, ste.colOffset + 1);
  }

  private analyzeName(ste: SymbolTableEntry, scopes: Map<string, Scope>, name: string, flags: number, bound: Set<string> | null,
    local: Set<string>, free: Set<string>, global: Set<string>, typeParams: Set<string>, classEntry: SymbolTableEntry | null): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) throw this.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, Scope.GLOBAL_EXPLICIT);
      global.add(name);
      bound?.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) throw this.errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level');
      if (!bound.has(name)) throw this.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
      if (typeParams.has(name)) throw this.errorAtDirective(ste, name, `nonlocal binding not allowed for type parameter '${name}'`);
      scopes.set(name, Scope.FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, Scope.LOCAL);
      local.add(name);
      global.delete(name);
      if (flags & DEF_TYPE_PARAM) typeParams.add(name);
      else typeParams.delete(name);
      return;
    }
    if (classEntry) {
      const cf = classEntry.getSymbol(name);
      if (cf & DEF_GLOBAL) {
        scopes.set(name, Scope.GLOBAL_EXPLICIT);
        return;
      }
      if ((cf & DEF_BOUND) && !(cf & DEF_NONLOCAL)) {
        scopes.set(name, Scope.GLOBAL_IMPLICIT);
        return;
      }
    }
    if (bound && bound.has(name)) {
      scopes.set(name, Scope.FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, Scope.GLOBAL_IMPLICIT);
      return;
    }
    if (ste.nested) ste.free = true;
    scopes.set(name, Scope.GLOBAL_IMPLICIT);
  }

  private analyzeBlock(ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>,
    typeParams: Set<string>, classEntry: SymbolTableEntry | null): void {
    const local = new Set<string>();
    const scopes = new Map<string, Scope>();
    const newGlobal = new Set<string>();
    const newFree = new Set<string>();
    const newBound = new Set<string>();
    const inlinedCells = new Set<string>();
    if (ste.type === BlockType.Class) {
      for (const n of global) newGlobal.add(n);
      if (bound) for (const n of bound) newBound.add(n);
    }
    for (const [name, flags] of ste.symbols) {
      this.analyzeName(ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry);
    }
    if (ste.type !== BlockType.Class) {
      if (ste.isFunctionLike()) for (const n of local) newBound.add(n);
      if (bound) for (const n of bound) newBound.add(n);
      for (const n of global) newGlobal.add(n);
    } else {
      newBound.add('__class__');
      newBound.add('__classdict__');
    }
    const allFree = new Set<string>();
    const children = ste.children;
    for (let i = 0; i < children.length; i++) {
      const entry = children[i]!;
      let newClassEntry: SymbolTableEntry | null = null;
      if (entry.canSeeClassScope) {
        if (ste.type === BlockType.Class) newClassEntry = ste;
        else if (classEntry) newClassEntry = classEntry;
      }
      // Every comprehension but a generator expression is inlined (PEP 709), except in scopes that see a class scope.
      const inlineComp = entry.comprehension !== ComprehensionType.None && !entry.generator && !ste.canSeeClassScope;
      const childFree = new Set<string>();
      this.analyzeChildBlock(entry, newBound, newFree, newGlobal, typeParams, newClassEntry, childFree);
      if (inlineComp) {
        this.inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
        entry.compInlined = true;
        // The comprehension's own children become this block's children.
        children.splice(i, 1, ...entry.children);
        i += entry.children.length - 1;
      }
      for (const n of childFree) allFree.add(n);
      if (entry.free || entry.childFree) ste.childFree = true;
    }
    for (const n of allFree) newFree.add(n);
    if (ste.isFunctionLike()) this.analyzeCells(scopes, newFree, inlinedCells);
    else if (ste.type === BlockType.Class) this.dropClassFree(ste, newFree);
    this.updateSymbols(ste.symbols, scopes, bound, newFree, inlinedCells, ste.type === BlockType.Class || ste.canSeeClassScope);
    for (const n of newFree) free.add(n);
  }

  private analyzeChildBlock(entry: SymbolTableEntry, bound: Set<string>, free: Set<string>, global: Set<string>,
    typeParams: Set<string>, classEntry: SymbolTableEntry | null, childFree: Set<string>): void {
    // The child works on copies so that its analysis cannot change this block's sets.
    this.analyzeBlock(entry, new Set(bound), childFree, new Set(global), new Set(typeParams), classEntry);
    void free;
  }

  private inlineComprehension(ste: SymbolTableEntry, comp: SymbolTableEntry, scopes: Map<string, Scope>, compFree: Set<string>, inlinedCells: Set<string>): void {
    for (const [k, compFlags] of comp.symbols) {
      if (compFlags & DEF_PARAM) continue; // the ".0" argument
      const scope = (compFlags >> SCOPE_OFFSET) & SCOPE_MASK;
      const onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
      if (scope === Scope.CELL || (onlyFlags & DEF_COMP_CELL)) inlinedCells.add(k);
      const existing = ste.symbols.get(k);
      // (3.12.1 has no special case for a free __class__ inlined into a class body; later 3.12
      // releases make it GLOBAL_IMPLICIT. We match 3.12.1, whose compile() then fails.)
      if (existing === undefined) {
        ste.symbols.set(k, onlyFlags);
        scopes.set(k, scope);
      } else if ((existing & DEF_BOUND) && !this.isFreeInAnyChild(comp, k) && ste.type !== BlockType.Class) {
        compFree.delete(k);
      }
    }
  }

  private isFreeInAnyChild(entry: SymbolTableEntry, key: string): boolean {
    for (const child of entry.children) if (child.getScope(key) === Scope.FREE) return true;
    return false;
  }

  private analyzeCells(scopes: Map<string, Scope>, free: Set<string>, inlinedCells: Set<string>): void {
    for (const [name, scope] of scopes) {
      if (scope !== Scope.LOCAL) continue;
      if (!free.has(name) && !inlinedCells.has(name)) continue;
      scopes.set(name, Scope.CELL);
      free.delete(name);
    }
  }

  private dropClassFree(ste: SymbolTableEntry, free: Set<string>): void {
    if (free.delete('__class__')) ste.needsClassClosure = true;
    if (free.delete('__classdict__')) ste.needsClassdict = true;
  }

  private updateSymbols(symbols: Map<string, number>, scopes: Map<string, Scope>, bound: Set<string> | null, free: Set<string>,
    inlinedCells: Set<string>, classFlag: boolean): void {
    for (const [name, flags] of symbols) {
      let f = flags;
      if (inlinedCells.has(name)) f |= DEF_COMP_CELL;
      f |= (scopes.get(name) ?? 0) << SCOPE_OFFSET;
      symbols.set(name, f);
    }
    for (const name of free) {
      const v = symbols.get(name);
      if (v !== undefined) {
        // A free variable of a method with the same name as a local or global of the class.
        if (classFlag) symbols.set(name, v | DEF_FREE_CLASS);
        continue;
      }
      if (bound && !bound.has(name)) continue; // a global
      symbols.set(name, Scope.FREE << SCOPE_OFFSET);
    }
  }
}

/** Builds and analyses the symbol table of a module (`_PySymtable_Build`). */
export function buildSymbolTable(mod: ModNode, options: { futureAnnotations?: boolean } = {}): SymbolTable {
  const st = new SymbolTable(options.futureAnnotations ?? false);
  st.build(mod);
  return st;
}
