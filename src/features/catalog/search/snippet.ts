export interface SnippetPart {
  text: string
  /** A matched word, to be highlighted. */
  marked: boolean
}

const ELLIPSIS = '…'

/** Where to cut `text` so that at most `length` characters around `from` show, on word boundaries. */
function window(text: string, from: number, length: number): [start: number, end: number] {
  if (text.length <= length) return [0, text.length]
  let start = Math.max(0, Math.min(from - Math.floor(length / 3), text.length - length))
  if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space >= 0 && space < from) start = space + 1
  }
  let end = Math.min(text.length, start + length)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > from) end = space
  }
  return [start, end]
}

/**
 * A passage cut to about `length` characters around its first matched word,
 * split into plain and matched parts (`highlights` are `[start, end)` ranges,
 * ascending). Parts are text: the page renders them as text nodes and `<mark>`s.
 */
export function snippetParts(
  text: string,
  highlights: ReadonlyArray<readonly [number, number]>,
  length = 160,
): SnippetPart[] {
  const [start, end] = window(text, highlights[0]?.[0] ?? 0, length)
  const parts: SnippetPart[] = []
  const plain = (from: number, to: number) => {
    if (to > from) parts.push({ text: text.slice(from, to), marked: false })
  }
  let at = start
  for (const [from, to] of highlights) {
    const clippedFrom = Math.max(from, at)
    const clippedTo = Math.min(to, end)
    if (clippedTo <= clippedFrom) continue
    plain(at, clippedFrom)
    parts.push({ text: text.slice(clippedFrom, clippedTo), marked: true })
    at = clippedTo
  }
  plain(at, end)
  if (start > 0) parts.unshift({ text: ELLIPSIS, marked: false })
  if (end < text.length) parts.push({ text: ELLIPSIS, marked: false })
  return parts
}
