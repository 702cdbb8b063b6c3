/** Reading YAML lines by character code: the hot path of the front-matter reader. */

export const SPACE = 32
const HASH = 35
const DASH = 45
const COLON = 58

/** [A-Za-z_] for the first character of a key; digits and `-` too after it. */
function isKeyCharacter(code: number, first: boolean): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95) return true
  return !first && ((code >= 48 && code <= 57) || code === DASH)
}

/**
 * Where the `:` of a `key: value` (or `key:`) written from `column` on is, or
 * -1: the hot path of every line, so no regular expression and no match array.
 */
export function keyColon(line: string, column: number): number {
  let at = column
  if (!isKeyCharacter(line.charCodeAt(at), true)) return -1
  do at++
  while (isKeyCharacter(line.charCodeAt(at), false))
  if (line.charCodeAt(at) !== COLON) return -1
  const after = line.charCodeAt(at + 1)
  return at + 1 === line.length || after === SPACE ? at : -1
}

/**
 * Keys seen lately. Every chapter repeats the same few keys: handing back the
 * string already used as a property name spares a new string and its lookup
 * in the engine's table of names, per line.
 */
const recentKeys: string[] = []
const RECENT_KEYS = 32
let keysSeen = 0

export function keyText(line: string, start: number, end: number): string {
  const length = end - start
  for (const key of recentKeys) {
    if (key.length === length && line.startsWith(key, start)) return key
  }
  const key = line.slice(start, end)
  recentKeys[keysSeen++ % RECENT_KEYS] = key
  return key
}

/** The value written after a key's colon, spaces skipped; undefined when there is none. */
export function writtenAfter(line: string, colon: number): string | undefined {
  if (colon + 1 === line.length) return undefined
  let start = colon + 1
  while (line.charCodeAt(start) === SPACE) start++
  return line.slice(start)
}

/** A line of spaces only: YAML counts no other character as white space here. */
export function isBlank(line: string): boolean {
  return indentOf(line) === line.length
}

export function indentOf(line: string): number {
  let indent = 0
  while (line.charCodeAt(indent) === SPACE) indent++
  return indent
}

/** Blank or comment lines (given their indentation); both say nothing outside a literal block. */
export function isSkippable(line: string, indent = indentOf(line)): boolean {
  return indent === line.length || line.charCodeAt(indent) === HASH
}

/** Where the value of a `- value` item starts, or -1 when the line holds no such item. */
export function itemValueStart(line: string, indent: number): number {
  if (line.charCodeAt(indent) !== DASH || line.charCodeAt(indent + 1) !== SPACE) return -1
  let start = indent + 2
  while (line.charCodeAt(start) === SPACE) start++
  return start === line.length ? -1 : start
}
