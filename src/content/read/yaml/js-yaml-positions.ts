import { CORE_SCHEMA, load } from 'js-yaml'
import type { FieldPath } from './yaml-locator.ts'

/** One node as js-yaml composed it: where it opened, and what it became. */
interface ComposedNode {
  start: number
  kind: string | null
  result: unknown
  children: ComposedNode[]
}

/** The walk met something it cannot place the way the `yaml` package would. */
const UNSURE = Symbol('unsure')

const SPACE = /[ \t\r\n]/

/**
 * Offsets of the nodes of one YAML block, from js-yaml's own parse (its
 * `listener` reports where each node opens), which is about ten times as fast
 * as composing the block again with the `yaml` package. It answers only where
 * it is sure to give the offset the `yaml` package gives (tests compare the
 * two on generated blocks); anything unusual (aliases, tags, anchors, keys
 * that are not plain text) returns null, and the caller asks `yaml` instead.
 */
export class JsYamlPositions {
  private constructor(
    private readonly source: string,
    private readonly root: ComposedNode,
  ) {}

  /** Null when js-yaml cannot read the block. */
  static read(source: string): JsYamlPositions | null {
    const stack: ComposedNode[] = []
    const roots: ComposedNode[] = []
    try {
      load(source, {
        schema: CORE_SCHEMA,
        listener(event, state) {
          if (event === 'open') {
            stack.push({ start: state.position, kind: null, result: undefined, children: [] })
            return
          }
          const node = stack.pop()
          if (!node) return
          node.kind = state.kind
          node.result = state.result
          ;(stack.at(-1)?.children ?? roots).push(node)
        },
      })
    } catch {
      return null
    }
    const root = roots.length === 1 ? roots[0] : undefined
    return root ? new JsYamlPositions(source, root) : null
  }

  /**
   * Offset of the node at `path`, as YamlLocator.locate means it (the deepest
   * node that exists, a key whose value is empty); null when unsure.
   */
  offsetOf(path: FieldPath): number | null {
    let node = unwrap(this.root)
    for (const key of path) {
      const child = childAt(node, key)
      if (child === UNSURE) return null
      if (child === undefined) break
      node = child
    }
    return this.contentStart(node.start)
  }

  /** Where a node's content starts: js-yaml opens it before the spaces, line breaks and comments ahead. */
  private contentStart(offset: number): number | null {
    const { source } = this
    let at = offset
    while (at < source.length) {
      const character = source[at] ?? ''
      if (SPACE.test(character)) at++
      else if (character === '#' && (at === 0 || SPACE.test(source[at - 1] ?? ''))) {
        const end = source.indexOf('\n', at)
        at = end === -1 ? source.length : end
      } else break
    }
    const first = source[at]
    // Anchors, tags and aliases: the `yaml` package places those nodes its own way.
    if (first === undefined || first === '&' || first === '!' || first === '*') return null
    return at
  }
}

/** A block sequence's item (and an explicit key) is a node around the node itself. */
function unwrap(node: ComposedNode): ComposedNode {
  let inner = node
  while (inner.children.length === 1) {
    const only = inner.children[0]
    if (!only || only.result !== inner.result || only.kind !== inner.kind) break
    inner = only
  }
  return inner
}

function childAt(node: ComposedNode, key: PropertyKey): ComposedNode | undefined | typeof UNSURE {
  const { result, children } = node
  if (node.kind === 'mapping' && result !== null && typeof result === 'object') {
    if (children.length !== 2 * Object.keys(result).length) return UNSURE
    for (let index = 0; index < children.length; index += 2) {
      const keyNode = unwrap(children[index] as ComposedNode)
      if (keyNode.kind !== 'scalar' || typeof keyNode.result !== 'string') return UNSURE
      if (keyNode.result !== key) continue
      const value = unwrap(children[index + 1] as ComposedNode)
      // `title:` with nothing after it (or null): the key is what there is to point at.
      if (value.result === null) return keyNode
      // An alias: the node it stands for is elsewhere.
      if (value.children.length === 0 && value.kind === null) return UNSURE
      return value
    }
    return undefined
  }
  if (node.kind === 'sequence' && Array.isArray(result)) {
    if (children.length !== result.length) return UNSURE
    if (typeof key !== 'number') return undefined
    const item = children[key]
    return item && unwrap(item)
  }
  return undefined
}
