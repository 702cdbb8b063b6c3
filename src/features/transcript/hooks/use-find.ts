import { type RefObject, useDeferredValue, useEffect, useMemo, useState } from 'react'
import type { TranscriptParagraph } from '../../../content/documents.ts'
import { findMatches, stepMatch } from '../lib/find-matches.ts'
import { scrollIntoBox } from '../lib/scroll-into-box.ts'

/**
 * Find in transcript: the query, its matches, and the match Previous/Next is
 * on, brought into view inside `box`. Typing never blocks: matching follows
 * the query a render later on long transcripts.
 */
export function useFind(
  paragraphs: readonly TranscriptParagraph[],
  box: RefObject<HTMLElement | null>,
) {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(-1)
  const searched = useDeferredValue(query)
  const texts = useMemo(() => paragraphs.map((paragraph) => paragraph.text), [paragraphs])
  const matches = useMemo(() => findMatches(texts, searched), [texts, searched])

  useEffect(() => {
    const element = box.current
    const mark = element?.querySelector<HTMLElement>(`[data-match="${active}"]`)
    if (element && mark) scrollIntoBox(element, mark)
  }, [box, active])

  return {
    query,
    matches,
    active,
    setQuery(next: string) {
      setQuery(next)
      setActive(-1)
    },
    step: (direction: 1 | -1) =>
      setActive((current) => stepMatch(current, matches.length, direction)),
  }
}
