const SPACE = 32
const TAB = 9
const NEWLINE = 10
const DASH = 45
const QUESTION = 63
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93
const OPEN_BRACE = 123
const CLOSE_BRACE = 125

/**
 * A cheap upper bound of how deeply a YAML block nests: flow brackets, and the
 * column where a line's content starts once block indicators ("- ", "? ") are
 * skipped. Both YAML parsers recurse per level, so absurd depths must be
 * refused before they run out of stack.
 */
export function exceedsNesting(source: string, maxFlow = 64, maxColumn = 1000): boolean {
  // Most blocks cannot be deep at all: too few brackets, and no line long enough.
  if (count(source, '[') + count(source, '{') <= maxFlow && !hasLineLongerThan(source, maxColumn)) {
    return false
  }
  let flow = 0
  let atLineStart = true
  let column = 0
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i)
    if (code === NEWLINE) {
      atLineStart = true
      column = 0
      continue
    }
    if (atLineStart) {
      const next = source.charCodeAt(i + 1)
      const indicator = (code === DASH || code === QUESTION) && (next === SPACE || next === TAB)
      if (code === SPACE || code === TAB || indicator) {
        column++
        if (column > maxColumn) return true
      } else {
        atLineStart = false
      }
    }
    if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      if (++flow > maxFlow) return true
    } else if ((code === CLOSE_BRACKET || code === CLOSE_BRACE) && flow > 0) {
      flow--
    }
  }
  return false
}

function count(text: string, char: string): number {
  let found = 0
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) found++
  return found
}

function hasLineLongerThan(text: string, length: number): boolean {
  let start = 0
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
    if ((end === -1 ? text.length : end) - start > length) return true
    if (end === -1) return false
    start = end + 1
  }
}
