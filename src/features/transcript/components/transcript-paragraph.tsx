import { memo, type ReactNode } from 'react'
import { Link } from 'wouter'
import type { TranscriptParagraph as Paragraph } from '../../../content/documents.ts'
import { formatClock } from '../../../lib/format-clock.ts'
import { useIsCurrentParagraph } from '../hooks/use-is-current-paragraph.ts'
import type { CurrentParagraph } from '../lib/current-paragraph.ts'
import { type IndexedMatch, ParagraphText } from './paragraph-text.tsx'

interface TranscriptParagraphProps {
  paragraph: Paragraph
  index: number
  /** The speaker as the page shows it (avatar, link), or null when none is named. */
  speaker: ReactNode
  tracker: CurrentParagraph
  href: string
  /** Plays from a moment; null without audio, when the time link just opens its moment. */
  onPlay: ((seconds: number) => void) | null
  matches: readonly IndexedMatch[] | undefined
  activeMatch: number
}

/**
 * One speaker turn: who speaks, when (a link to that moment that plays it),
 * and what was said. Memoized: it re-renders when it becomes or stops being
 * the paragraph spoken, or when its search matches change, never on a time update.
 */
export const TranscriptParagraph = memo(function TranscriptParagraph({
  paragraph,
  index,
  speaker,
  tracker,
  href,
  onPlay,
  matches,
  activeMatch,
}: TranscriptParagraphProps) {
  const current = useIsCurrentParagraph(tracker, index)
  return (
    <div
      data-paragraph={index}
      aria-current={current ? 'true' : undefined}
      className="transcript-turn"
    >
      <div className="transcript-turn-head">
        {speaker}
        <Link
          href={href}
          onClick={(event) => {
            if (!onPlay) return
            event.preventDefault()
            onPlay(paragraph.start)
          }}
          className="transcript-time"
        >
          {formatClock(paragraph.start)}
        </Link>
      </div>
      <p className="transcript-text">
        <ParagraphText text={paragraph.text} matches={matches} activeMatch={activeMatch} />
      </p>
    </div>
  )
})
