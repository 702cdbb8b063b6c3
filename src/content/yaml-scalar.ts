/**
 * One-line scalars of plain front-matter, read as js-yaml's core schema reads
 * them; anything else is DECLINED, for js-yaml to read.
 */
import { SPACE } from './yaml-lines.ts'

const SINGLE_QUOTED = /^'(?:[^']|'')*'$/
const DOUBLE_QUOTED = /^"[^"\\]*"$/
const NULL = /^(?:~|null|Null|NULL)$/
const TRUE = /^(?:true|True|TRUE)$/
const FALSE = /^(?:false|False|FALSE)$/
const INTEGER = /^(?:0|[1-9]\d{0,14})$/
const DATE = /^\d{4}-\d\d-\d\d(?:[Tt ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d(?::?\d\d)?)?)?$/
const LETTER = /^[A-Za-z]/
/**
 * A word that starts with a digit, such as a video id (`6bv4aogm9vp`): text,
 * provided it holds a letter that no YAML number can (hexadecimal digits,
 * exponents and the 0b/0o/0x prefixes excluded).
 */
const DIGIT_WORD = /^\d[\w-]*$/
const NOT_IN_NUMBERS = /[g-np-wyzG-NP-WYZ]/

/** Marks a value this reader declines. */
export const DECLINED = Symbol('declined')
export type Value = unknown

/** One scalar written on one line, such as `Hello`, `'it''s'`, `42` or `2024-05-01`. */
export function scalar(written: string): Value {
  const text = written.charCodeAt(written.length - 1) === SPACE ? written.trimEnd() : written
  if (text.endsWith(':')) return DECLINED
  const first = text[0]
  if (first === "'") {
    // Most quoted titles hold no quote of their own: then the closing one is the only other.
    if (text.length > 1 && text.indexOf("'", 1) === text.length - 1) return text.slice(1, -1)
    return SINGLE_QUOTED.test(text) ? text.slice(1, -1).replaceAll("''", "'") : DECLINED
  }
  if (first === '"') return DOUBLE_QUOTED.test(text) ? text.slice(1, -1) : DECLINED
  if (INTEGER.test(text)) return Number(text)
  if (text.length <= 5) {
    if (NULL.test(text)) return null
    if (TRUE.test(text)) return true
    if (FALSE.test(text)) return false
  }
  if (DATE.test(text)) return text
  if (DIGIT_WORD.test(text)) return NOT_IN_NUMBERS.test(text) ? text : DECLINED
  // Words: a comment (` #`) or a nested `key: value` would make them something else.
  return LETTER.test(text) && !text.includes(': ') && !text.includes(' #') ? text : DECLINED
}
