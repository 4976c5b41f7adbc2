/**
 * Decoding the AST JSON form (`{"_type": "Name", "id": "x", "ctx": {"_type": "Load"}, "lineno": 1,
 * …}`, as tools/oracle/py/ast_json.py prints it), driven entirely by the generated metadata table
 * AST_NODE_INFO: every `_type` known and of the ASDL type its field asks for, every field and
 * attribute present (no others) with the right builtin type and quantifier, ints integral,
 * constants well-formed. The tree is validated in place and returned as is.
 *
 * The walk is iterative, with an explicit stack of frames held in parallel arrays: a deeply
 * nested tree (a chain of 100,000 `+`) cannot overflow the JS stack, and no object is allocated
 * per node. The path of a bad value is rebuilt from the frames only when an error is thrown.
 */
import type { AstFieldInfo, AstNodeInfo } from '../ast-schema';
import { AST_NODE_INFO, AST_TYPE_INFO, type AstNode, type AstNodeMap, type ModNode } from '../generated/ast';
import { decodeConstant } from './constant';
import { article, DecodeError, describeValue, fail, isObject, joinPath } from './decode-error';

/** Per node: fields then attributes, and every key a node object must have (`_type` first). */
interface NodeShape {
  readonly info: AstNodeInfo;
  readonly slots: readonly AstFieldInfo[];
  readonly keyCount: number;
}

// Built once: the validator reads one precomputed shape per node instead of concatenating the
// field and attribute lists at every node.
const SHAPES = new Map<string, NodeShape>();
for (const [name, info] of AST_NODE_INFO) {
  const slots = [...info.fields, ...info.attributes];
  SHAPES.set(name, { info, slots, keyCount: slots.length + 1 });
}

class AstWalker {
  // The frames: node, its shape, the slot being visited, and (for a sequence) the next element.
  private nodes: Record<string, unknown>[] = [];
  private shapes: NodeShape[] = [];
  private slotIndex: number[] = [];
  private elemIndex: number[] = [];
  private depth = 0;

  constructor(private readonly rootPath: string) {}

  /** The path of the value the top frame is looking at (its current slot, element `elem`). */
  private path(elem: number): string {
    let path = this.rootPath;
    for (let d = 0; d < this.depth; d++) {
      const slot = this.shapes[d]!.slots[this.slotIndex[d]!];
      if (!slot) break;
      path = joinPath(path, slot.name);
      if (slot.quantifier !== '*') continue;
      const index = d === this.depth - 1 ? elem : this.elemIndex[d]! - 1;
      if (index >= 0) path = joinPath(path, index);
    }
    return path;
  }

  /** Checks that `value` is a node of ASDL type `asdlType` with exactly its keys; returns its shape. */
  private shapeOf(value: unknown, asdlType: string, elem: number): NodeShape {
    if (!isObject(value)) fail(this.path(elem), `${article(asdlType)} ${asdlType} node`, value);
    const type = value._type;
    if (typeof type !== 'string') {
      if (type === undefined) throw new DecodeError(joinPath(this.path(elem), '_type'), `missing field of ${article(asdlType)} ${asdlType} node`);
      fail(joinPath(this.path(elem), '_type'), 'a node type name', type);
    }
    const shape = SHAPES.get(type);
    if (!shape) throw new DecodeError(joinPath(this.path(elem), '_type'), `unknown node type ${JSON.stringify(type)}`);
    if (shape.info.asdlType !== asdlType) fail(this.path(elem), `${article(asdlType)} ${asdlType} node`, value);
    const slots = shape.slots;
    for (let i = 0; i < slots.length; i++) {
      if (value[slots[i]!.name] === undefined) throw new DecodeError(joinPath(this.path(elem), slots[i]!.name), `missing field of ${type}`);
    }
    let count = 0;
    for (const _key in value) count++;
    if (count !== shape.keyCount) {
      for (const key of Object.keys(value)) {
        if (key !== '_type' && !slots.some((s) => s.name === key)) throw new DecodeError(joinPath(this.path(elem), key), `unexpected field of ${type}`);
      }
    }
    return shape;
  }

  private push(node: Record<string, unknown>, shape: NodeShape): void {
    const d = this.depth++;
    this.nodes[d] = node;
    this.shapes[d] = shape;
    this.slotIndex[d] = 0;
    this.elemIndex[d] = 0;
  }

  /** Checks a builtin-typed value; `elem` is the element index within a sequence, or -1. */
  private builtin(slot: AstFieldInfo, value: unknown, elem: number): void {
    switch (slot.type) {
      case 'identifier':
      case 'string':
        if (typeof value !== 'string') fail(this.path(elem), 'a string', value);
        return;
      case 'int':
        if (typeof value !== 'number' || !Number.isSafeInteger(value)) fail(this.path(elem), 'an int', value);
        return;
      default:
        decodeConstant(value, this.path(elem));
        return;
    }
  }

  walk(root: unknown, asdlType: string): void {
    const rootShape = this.shapeOf(root, asdlType, -1);
    this.push(root as Record<string, unknown>, rootShape);
    while (this.depth > 0) {
      const d = this.depth - 1;
      const shape = this.shapes[d]!;
      const s = this.slotIndex[d]!;
      if (s >= shape.slots.length) {
        this.depth--;
        continue;
      }
      const slot = shape.slots[s]!;
      const value = this.nodes[d]![slot.name];
      if (slot.quantifier === '*') {
        if (!Array.isArray(value)) fail(this.path(-1), `a list of ${slot.type}`, value);
        let i = this.elemIndex[d]!;
        let descended = false;
        for (; i < value.length; i++) {
          const item = value[i];
          if (item === null && slot.elementsMayBeNull) continue;
          if (slot.builtin) {
            this.builtin(slot, item, i);
            continue;
          }
          const childShape = this.shapeOf(item, slot.type, i);
          this.elemIndex[d] = i + 1;
          this.push(item as Record<string, unknown>, childShape);
          descended = true;
          break;
        }
        if (!descended) {
          this.slotIndex[d] = s + 1;
          this.elemIndex[d] = 0;
        }
        continue;
      }
      // A single-valued slot: elemIndex 1 marks "its child node has been walked", so the slot
      // stays current (and in the path) while the child is on the stack.
      if (this.elemIndex[d] !== 0 || value === null || slot.builtin) {
        if (this.elemIndex[d] === 0) {
          // None is itself a constant, so a null `constant` is a value, not an absence.
          if (value === null && slot.type !== 'constant') {
            if (slot.quantifier !== '?') fail(this.path(-1), slot.builtin ? `${article(slot.type)} ${slot.type}` : `${article(slot.type)} ${slot.type} node`, value);
          } else {
            this.builtin(slot, value, -1);
          }
        }
        this.slotIndex[d] = s + 1;
        this.elemIndex[d] = 0;
        continue;
      }
      const childShape = this.shapeOf(value, slot.type, -1);
      this.elemIndex[d] = 1;
      this.push(value as Record<string, unknown>, childShape);
    }
  }
}

/**
 * Validates an AST of ASDL type `asdlType` (default `mod`, what `ast.parse` returns) and returns
 * it typed. Throws DecodeError naming the path of the first bad value.
 */
export function decodeAst(value: unknown, asdlType = 'mod', path = '$'): AstNode {
  if (!AST_TYPE_INFO.has(asdlType)) throw new Error(`decodeAst: ${asdlType} is not an ASDL type of the Python 3.12 AST`);
  new AstWalker(path).walk(value, asdlType);
  return value as AstNode;
}

/** `decodeAst` for a whole parse result (Module, Interactive, Expression or FunctionType). */
export function decodeModule(value: unknown, path = '$'): ModNode {
  return decodeAst(value, 'mod', path) as ModNode;
}

/** Validates a node that must have the given `_type`. */
export function decodeNode<K extends keyof AstNodeMap>(value: unknown, type: K, path = '$'): AstNodeMap[K] {
  const info = AST_NODE_INFO.get(type);
  if (!info) throw new Error(`decodeNode: unknown node type ${type}`);
  if (isObject(value) && value._type !== type && typeof value._type === 'string') {
    throw new DecodeError(path, `expected ${article(type)} ${type} node, got ${describeValue(value)}`);
  }
  decodeAst(value, info.asdlType, path);
  return value as AstNodeMap[K];
}
