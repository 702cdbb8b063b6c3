/** One occurrence of the searched words: in paragraph `paragraph`, characters [start, end). */
export interface TranscriptMatch {
  paragraph: number
  start: number
  end: number
}

/**
 * Every occurrence of `query` in the paragraphs' text, in reading order,
 * ignoring case and the white space around the query. An empty query finds nothing.
 */
export function findMatches(texts: readonly string[], query: string): TranscriptMatch[] {
  const needle = query.trim().toLocaleLowerCase()
  if (!needle) return []
  const matches: TranscriptMatch[] = []
  texts.forEach((text, paragraph) => {
    const haystack = text.toLocaleLowerCase()
    // Lower-casing may change a text's length (rare letters): then match on the original.
    const source = haystack.length === text.length ? haystack : text
    const wanted = source === haystack ? needle : query.trim()
    for (
      let at = source.indexOf(wanted);
      at !== -1;
      at = source.indexOf(wanted, at + wanted.length)
    ) {
      matches.push({ paragraph, start: at, end: at + wanted.length })
    }
  })
  return matches
}

/** The matches of each paragraph, with the index of each match in the whole list. */
export function matchesByParagraph(
  matches: readonly TranscriptMatch[],
): Map<number, Array<TranscriptMatch & { index: number }>> {
  const groups = new Map<number, Array<TranscriptMatch & { index: number }>>()
  matches.forEach((match, index) => {
    const group = groups.get(match.paragraph)
    if (group) group.push({ ...match, index })
    else groups.set(match.paragraph, [{ ...match, index }])
  })
  return groups
}

/** The next match index after `current` in `direction`, wrapping around; -1 when none. */
export function stepMatch(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1
  if (current < 0) return direction === 1 ? 0 : count - 1
  return (current + direction + count) % count
}
