/**
 * A reader for the plain YAML that front-matter nearly always is: top-level
 * `key: value` lines, literal `|` blocks, and lists of values or of flat
 * mappings. It gives exactly what js-yaml's core schema gives, at a fraction of
 * the cost, and declines (undefined) anything it is not certain about, which
 * then goes to js-yaml: other scalars, escapes, folded blocks, flow
 * collections, anchors, tags, nesting, comments after values, tabs…
 */

import {
  indentOf,
  isBlank,
  isSkippable,
  itemValueStart,
  keyColon,
  keyText,
  writtenAfter,
} from './yaml-lines.ts'
import { DECLINED, scalar, type Value } from './yaml-scalar.ts'

const ITEM = /^-(?: +(.*))?$/
const BLOCK_HEADER = /^\|([-+]?)$/

/**
 * Control characters, line separators and any surrogate: one cheap look over
 * the block, which only when it finds something asks what exactly.
 */
const SUSPECT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\u2028\u2029\uFFFE\uFFFF]/
/** Line breaks to a regular expression's `.` (not to YAML 1.2): left to js-yaml, as before. */
const LINE_SEPARATOR = /[\u2028\u2029]/

/** What js-yaml refuses anywhere in a stream; its error must stay the one the author sees. */
const NON_PRINTABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/

interface Read {
  value: Value
  /** Index of the first line after the value. */
  next: number
}

/** A literal block (`|`, `|-`) whose lines start at `from`; `keep` (`|+`) is declined. */
function literalBlock(lines: readonly string[], from: number, chomp: string): Read | undefined {
  if (chomp === '+') return undefined
  let indent = 0
  let last = -1
  let next = from
  for (; next < lines.length; next++) {
    const line = lines[next] ?? ''
    if (isBlank(line)) {
      // Blank lines before the first text, or carrying spaces, have rules of their own.
      if (indent === 0 || line.length > indent) return undefined
      continue
    }
    const lineIndent = indentOf(line)
    if (indent === 0) {
      if (lineIndent === 0) return undefined
      indent = lineIndent
    }
    if (lineIndent < indent) break
    last = next
  }
  if (last === -1) return undefined
  let text = ''
  for (let index = from; index <= last; index++) {
    text += `${index > from ? '\n' : ''}${(lines[index] ?? '').slice(indent)}`
  }
  return { value: chomp === '-' ? text : `${text}\n`, next }
}

/**
 * A flat mapping inside a list item, its first key on the item's line at
 * `column`; null when that line holds no key (the item is a scalar).
 */
function itemMapping(
  lines: readonly string[],
  from: number,
  column: number,
): Read | undefined | null {
  const mapping: Record<string, Value> = {}
  let next = from
  for (; next < lines.length; next++) {
    const line = lines[next] ?? ''
    const lineIndent = next === from ? column : indentOf(line)
    if (isSkippable(line, lineIndent)) continue
    if (lineIndent < column) break
    if (lineIndent > column) return undefined
    const colon = keyColon(line, column)
    if (colon === -1 && next === from) return null
    const key = colon === -1 ? undefined : keyText(line, column, colon)
    const written = colon === -1 ? undefined : writtenAfter(line, colon)
    if (key === undefined || written === undefined || key === '__proto__' || key in mapping) {
      return undefined
    }
    const value = scalar(written)
    if (value === DECLINED) return undefined
    mapping[key] = value
  }
  return { value: mapping, next }
}

/** The value of a key written with nothing after it: a list on the lines below, or null. */
function listOrNull(lines: readonly string[], from: number): Read | undefined {
  let start = from
  while (start < lines.length && isSkippable(lines[start] ?? '')) start++
  const first = lines[start] ?? ''
  const indent = indentOf(first)
  if (start === lines.length || (indent === 0 && !ITEM.test(first))) {
    return { value: null, next: from }
  }
  const items: Value[] = []
  let next = start
  while (next < lines.length) {
    const line = lines[next] ?? ''
    const lineIndent = indentOf(line)
    if (isSkippable(line, lineIndent)) {
      next++
      continue
    }
    if (lineIndent < indent || (lineIndent === 0 && !ITEM.test(line))) break
    const column = lineIndent === indent ? itemValueStart(line, indent) : -1
    if (column === -1) return undefined
    const mapping = itemMapping(lines, next, column)
    if (mapping) {
      items.push(mapping.value)
      next = mapping.next
      continue
    }
    if (mapping === undefined) return undefined
    const value = scalar(line.slice(column))
    if (value === DECLINED) return undefined
    items.push(value)
    next++
  }
  return { value: items, next }
}

/** The value written after `key:` on line `at`, and where the next key starts. */
function readValue(lines: readonly string[], at: number, written: string | undefined) {
  const text = written?.trimEnd() ?? ''
  if (text === '') return listOrNull(lines, at + 1)
  const block = BLOCK_HEADER.exec(text)
  if (block) return literalBlock(lines, at + 1, block[1] ?? '')
  const value = scalar(text)
  return value === DECLINED ? undefined : { value, next: at + 1 }
}

/** The mapping a plain front-matter block holds, or undefined when js-yaml should read it. */
export function parsePlainYaml(source: string): Record<string, unknown> | undefined {
  if (source.includes('\t') || source.includes('\r')) return undefined
  if (SUSPECT.test(source) && (LINE_SEPARATOR.test(source) || NON_PRINTABLE.test(source))) {
    return undefined
  }
  const lines = source.split('\n')
  const data: Record<string, unknown> = {}
  let empty = true
  for (let at = 0; at < lines.length; ) {
    const line = lines[at] ?? ''
    if (isSkippable(line)) {
      at++
      continue
    }
    const colon = keyColon(line, 0)
    const key = colon === -1 ? undefined : keyText(line, 0, colon)
    if (key === undefined || key === '__proto__' || key in data) return undefined
    const read = readValue(lines, at, writtenAfter(line, colon))
    if (!read) return undefined
    data[key] = read.value
    empty = false
    at = read.next
  }
  return empty ? undefined : data
}
