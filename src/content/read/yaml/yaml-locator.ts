import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import { JsYamlPositions } from './js-yaml-positions.ts'

export type FieldPath = ReadonlyArray<PropertyKey>

export interface Position {
  line: number
  column: number
}

/** `['chapters', 3, 'title']` → `chapters[3].title`. */
export function formatFieldPath(path: FieldPath, fallback = 'front-matter'): string {
  let text = ''
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`
  }
  return text || fallback
}

type YamlNode = { range?: [number, number, number] | null | undefined }

/**
 * Finds where things are in one YAML block with the `yaml` package, which keeps
 * node positions. It never decides a value (js-yaml does); parsing is slow next
 * to js-yaml, so it happens only when a problem needs a position.
 */
export class YamlLocator {
  private parsed: { document: Document; lines: LineCounter } | undefined
  private positions: JsYamlPositions | null | undefined
  private lineStarts: number[] | undefined

  constructor(
    readonly source: string,
    /** Line of the file on which `source` starts. */
    readonly firstLine: number,
  ) {}

  /** The parsed document; throws RangeError on absurdly deep nesting. */
  get document(): Document {
    return this.parse().document
  }

  /** Where the block starts in the file, for problems about the whole block. */
  get start(): Position {
    return { line: this.firstLine, column: 1 }
  }

  positionOf(offset: number): Position {
    this.lineStarts ??= lineStartsOf(this.source)
    const starts = this.lineStarts
    // The last line that starts at or before the offset.
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return { line: this.firstLine + low, column: offset - (starts[low] ?? 0) + 1 }
  }

  /**
   * Position of the node at `path`; for a key that is missing, the mapping
   * that should hold it. Falls back to the start of the block. js-yaml's own
   * positions answer most of these; the `yaml` package the rest.
   */
  locate(path: FieldPath): Position {
    if (this.positions === undefined) this.positions = JsYamlPositions.read(this.source)
    const offset = this.positions?.offsetOf(path)
    if (typeof offset === 'number') return this.positionOf(offset)
    return this.locateByDocument(path)
  }

  /** What `locate` gives, always from the `yaml` package's document. */
  locateByDocument(path: FieldPath): Position {
    try {
      const node = this.nodeAt(path)
      const offset = node?.range?.[0]
      return offset === undefined ? this.start : this.positionOf(offset)
    } catch {
      return this.start
    }
  }

  /**
   * Path of the innermost node around `offset`, to name the field of a syntax
   * error; `preferKey` when the error is about a key itself (a duplicate).
   */
  pathAt(offset: number, preferKey = false): PropertyKey[] {
    const path: PropertyKey[] = []
    let node: unknown = this.document.contents
    for (let depth = 0; depth < 12; depth++) {
      const next = childAround(node, offset, preferKey)
      if (!next) break
      path.push(next.key)
      node = next.node
    }
    return path
  }

  private nodeAt(path: FieldPath): YamlNode | null {
    const { document } = this.parse()
    let node: unknown = document.contents
    for (const key of path) {
      if (isAlias(node)) node = node.resolve(document)
      const child = childAt(node, key)
      if (child === undefined) break
      node = child
    }
    return (node as YamlNode | null) ?? null
  }

  private parse() {
    if (!this.parsed) {
      const lines = new LineCounter()
      const document = parseDocument(this.source, { lineCounter: lines, prettyErrors: false })
      this.parsed = { document, lines }
    }
    return this.parsed
  }
}

/** Offsets at which lines start, as the `yaml` package counts them (after each "\n"). */
function lineStartsOf(source: string): number[] {
  const starts = [0]
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) {
    starts.push(at + 1)
  }
  return starts
}

function childAt(node: unknown, key: PropertyKey): unknown {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key)
    if (!pair) return undefined
    // `title:` with nothing after it: point at the key.
    return isScalar(pair.value) && pair.value.value === null ? pair.key : (pair.value ?? pair.key)
  }
  if (isSeq(node) && typeof key === 'number') return node.items[key] ?? undefined
  return undefined
}

function contains(node: unknown, offset: number): boolean {
  const range = (node as YamlNode | null)?.range
  return Boolean(range && range[0] <= offset && offset <= range[2])
}

function childAround(
  node: unknown,
  offset: number,
  preferKey: boolean,
): { key: PropertyKey; node: unknown } | null {
  if (isMap(node)) {
    const onKey = () => node.items.find((item) => contains(item.key, offset))
    // Parsers report an unfinished value where it stops, which is where the next key starts.
    const inValue = () =>
      node.items.find((item) => {
        const start = (item.key as YamlNode | null)?.range?.[0] ?? Number.POSITIVE_INFINITY
        const end = (item.value as YamlNode | null)?.range?.[1] ?? start
        return start <= offset && offset <= end
      })
    const pair = preferKey ? (onKey() ?? inValue()) : (inValue() ?? onKey())
    if (pair) return { key: keyText(pair.key), node: pair.value }
  }
  if (isSeq(node)) {
    const index = node.items.findIndex((item) => contains(item, offset))
    if (index !== -1) return { key: index, node: node.items[index] }
  }
  return null
}

const keyText = (key: unknown): string => (isScalar(key) ? String(key.value) : '?')
