/** The part of a paragraph that says when it is spoken, in seconds. */
export interface TimedParagraph {
  start: number
  end: number
}

/**
 * Index of the paragraph being spoken at `position`: the last one started at or
 * before it, found by binary search over the sorted starts. A pause between two
 * paragraphs keeps the previous one current; -1 before the first one starts
 * and after the last one ends.
 */
export function paragraphIndexAt(paragraphs: readonly TimedParagraph[], position: number): number {
  let low = 0
  let high = paragraphs.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    const paragraph = paragraphs[middle]
    if (paragraph && paragraph.start <= position) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  const last = paragraphs[paragraphs.length - 1]
  if (found === paragraphs.length - 1 && last && position >= last.end) return -1
  return found
}
