import type { FieldPath, Position } from './yaml-locator.ts'

interface Line {
  /** 0-based line in the block. */
  index: number
  indent: number
  /** Without indentation and trailing spaces. */
  text: string
}

type ValueKind = 'scalar' | 'block' | 'flow' | 'null'

const KEY_LINE = /^([A-Za-z_][\w-]*):(?: +(.*))?$/
const ITEM_LINE = /^-(?: +(.*))?$/
const PLAIN = /^(?:[^\s#|>[\]{}'"@`,&*!%?:-]|[-?:]\S)/
const DOUBLE_QUOTED = /^"(?:[^"\\]|\\.)*"$/
const SINGLE_QUOTED = /^'(?:[^']|'')*'$/
const BLOCK_HEADER = /^[|>][-+1-9]{0,2}(?: +#.*)?$/
const NULL = /^(?:~|null|Null|NULL)$/

/**
 * What a value that starts on a key or item line is, when it is certain to
 * end on that line (or, for a block scalar, on its more-indented lines);
 * undefined for anything else (anchors, aliases, tags, quotes left open…).
 */
function kindOf(value: string): ValueKind | undefined {
  // An item that is a mapping (`- title: …`): what counts is the value of its first key.
  const nested = KEY_LINE.exec(value)
  if (nested) return nested[2] === undefined || kindOf(nested[2]) ? 'scalar' : undefined
  const first = value[0]
  if (first === '"') return DOUBLE_QUOTED.test(value) ? 'scalar' : undefined
  if (first === "'") return SINGLE_QUOTED.test(value) ? 'scalar' : undefined
  if (first === '|' || first === '>') return BLOCK_HEADER.test(value) ? 'block' : undefined
  if ((first === '[' && value.endsWith(']')) || (first === '{' && value.endsWith('}'))) {
    return /['"#&*!]/.test(value) ? undefined : 'flow'
  }
  if (NULL.test(value)) return 'null'
  return PLAIN.test(value) ? 'scalar' : undefined
}

/** Lines with content: blank and comment lines say nothing about positions. */
function contentLines(source: string): Line[] {
  const lines: Line[] = []
  const raw = source.split('\n')
  for (let index = 0; index < raw.length; index++) {
    const line = raw[index] ?? ''
    const text = line.trimStart()
    if (text === '' || text.startsWith('#')) continue
    lines.push({ index, indent: line.length - text.length, text: text.trimEnd() })
  }
  return lines
}

/**
 * Where the `yaml` package would place the node at `[key]` or `[key, index]`,
 * found by reading lines, for the plain block mapping that front-matter nearly
 * always is. Undefined whenever the block or the path is anything else, or
 * the node is not there: the caller then asks the full parser, which costs
 * about ten times as much.
 */
export function scanPosition(
  source: string,
  firstLine: number,
  path: FieldPath,
): Position | undefined {
  const [key, index] = path
  if (typeof key !== 'string' || path.length > 2) return undefined
  if (path.length === 2 && typeof index !== 'number') return undefined
  const lines = contentLines(source)
  let found: number | undefined
  for (const [i, line] of lines.entries()) {
    if (line.indent > 0) continue
    const keyMatch = KEY_LINE.exec(line.text)
    const itemMatch = keyMatch ? null : ITEM_LINE.exec(line.text)
    if (!keyMatch && !itemMatch) return undefined
    const value = keyMatch ? keyMatch[2] : itemMatch?.[1]
    if (value !== undefined && kindOf(value) === undefined) return undefined
    if (keyMatch?.[1] === key) {
      if (found !== undefined) return undefined
      found = i
    }
  }
  const keyLine = found === undefined ? undefined : lines[found]
  if (found === undefined || !keyLine) return undefined
  const value = KEY_LINE.exec(keyLine.text)?.[2]
  const at = (line: Line, value: string): Position => ({
    line: firstLine + line.index,
    column: line.indent + line.text.length - value.length + 1,
  })
  if (typeof index !== 'number') {
    const kind = value === undefined ? undefined : kindOf(value)
    return value !== undefined && (kind === 'scalar' || kind === 'flow')
      ? at(keyLine, value)
      : undefined
  }
  return value === undefined ? itemPosition(lines, found + 1, index, at) : undefined
}

/** Position of the `index`-th item of the block sequence whose first line is `lines[from]`. */
function itemPosition(
  lines: readonly Line[],
  from: number,
  index: number,
  at: (line: Line, value: string) => Position,
): Position | undefined {
  const indent = lines[from]?.indent
  if (indent === undefined) return undefined
  let count = 0
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as Line
    if (line.indent > indent) continue
    const item = line.indent === indent ? ITEM_LINE.exec(line.text) : null
    const value = item?.[1]
    if (value === undefined || kindOf(value) !== 'scalar') return undefined
    if (count === index) return at(line, value)
    count++
  }
  return undefined
}
