import { memo, type ReactNode } from 'react'
import { Link } from 'wouter'
import type { TranscriptParagraph as Paragraph } from '../../../content/documents.ts'
import { formatClock } from '../../../lib/format-clock.ts'
import { useIsCurrentParagraph } from '../hooks/use-is-current-paragraph.ts'
import type { CurrentParagraph } from '../lib/current-paragraph.ts'
import { type IndexedMatch, ParagraphText } from './paragraph-text.tsx'
import { focusRing } from './styles.ts'

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
      className={`border-l-4 py-2 pr-2 pl-3 ${current ? 'border-accent bg-accent-soft' : 'border-transparent'}`}
    >
      <div className="flex items-center gap-2 text-sm">
        {speaker}
        <Link
          href={href}
          onClick={(event) => {
            if (!onPlay) return
            event.preventDefault()
            onPlay(paragraph.start)
          }}
          className={`rounded font-mono tabular-nums text-accent underline-offset-2 hover:underline ${focusRing}`}
        >
          {formatClock(paragraph.start)}
        </Link>
      </div>
      <p className="mt-1 leading-relaxed text-slate-800 dark:text-slate-200">
        <ParagraphText text={paragraph.text} matches={matches} activeMatch={activeMatch} />
      </p>
    </div>
  )
})
