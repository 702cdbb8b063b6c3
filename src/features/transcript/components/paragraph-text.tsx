import type { TranscriptMatch } from '../lib/find-matches.ts'

export type IndexedMatch = TranscriptMatch & { index: number }

interface ParagraphTextProps {
  text: string
  /** This paragraph's matches, in order; undefined when the search finds none here. */
  matches: readonly IndexedMatch[] | undefined
  /** The match Previous/Next is on (its index in the whole list). */
  activeMatch: number
}

/** A paragraph's words as text (never markup), with the searched words marked. */
export function ParagraphText({ text, matches, activeMatch }: ParagraphTextProps) {
  if (!matches) return text
  const parts = []
  let from = 0
  for (const match of matches) {
    parts.push(text.slice(from, match.start))
    const active = match.index === activeMatch
    parts.push(
      <mark
        key={match.index}
        data-match={match.index}
        data-active-match={active ? '' : undefined}
        className={`rounded-sm text-slate-950 ${active ? 'bg-amber-400 outline-2 outline-amber-700' : 'bg-yellow-200 dark:bg-yellow-300'}`}
      >
        {text.slice(match.start, match.end)}
      </mark>,
    )
    from = match.end
  }
  parts.push(text.slice(from))
  return parts
}
