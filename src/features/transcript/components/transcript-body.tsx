import { Fragment, type ReactNode, type RefObject, useMemo } from 'react'
import type { TranscriptDocument, TranscriptSpeaker } from '../../../content/documents.ts'
import type { CurrentParagraph } from '../lib/current-paragraph.ts'
import { matchesByParagraph, type TranscriptMatch } from '../lib/find-matches.ts'
import { headingsByParagraph } from '../lib/headings-by-paragraph.ts'
import { TranscriptParagraph } from './transcript-paragraph.tsx'

export interface TranscriptBodyProps {
  transcript: TranscriptDocument
  tracker: CurrentParagraph
  box: RefObject<HTMLDivElement | null>
  /** The link to a moment (`?t=`) of this episode. */
  momentHref: (seconds: number) => string
  onPlay: ((seconds: number) => void) | null
  /** How a speaker shows at the start of a paragraph. */
  renderSpeaker: (speaker: TranscriptSpeaker) => ReactNode
  matches?: readonly TranscriptMatch[]
  activeMatch?: number
  /** Tailwind classes for the scroll box's height. */
  height: string
  /** Heading level of the chapter titles inside. */
  headingLevel: 'h2' | 'h3'
}

const noMatches: readonly TranscriptMatch[] = []

/** The transcript's text in a scroll box: chapter headings at their places, then each paragraph. */
export function TranscriptBody({
  transcript,
  tracker,
  box,
  momentHref,
  onPlay,
  renderSpeaker,
  matches = noMatches,
  activeMatch = -1,
  height,
  headingLevel: Heading,
}: TranscriptBodyProps) {
  const { paragraphs, speakers } = transcript
  const headings = useMemo(
    () => headingsByParagraph(transcript.headings, paragraphs.length),
    [transcript.headings, paragraphs.length],
  )
  const speakerNodes = useMemo(() => speakers.map(renderSpeaker), [speakers, renderSpeaker])
  const byParagraph = useMemo(() => matchesByParagraph(matches), [matches])
  const headingsAt = (index: number) =>
    headings.get(index)?.map((heading) => (
      <Heading
        key={`${heading.start}-${heading.title}`}
        className="mt-4 mb-1 px-3 text-base font-semibold text-slate-900 first:mt-0 dark:text-slate-100"
      >
        {heading.title}
      </Heading>
    ))
  return (
    <div
      ref={box}
      className={`${height} overflow-y-auto rounded-lg border border-slate-200 py-2 dark:border-slate-700`}
    >
      {paragraphs.map((paragraph, index) => {
        const found = byParagraph.get(index)
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a transcript never reorders; starts may repeat
          <Fragment key={index}>
            {headingsAt(index)}
            <TranscriptParagraph
              paragraph={paragraph}
              index={index}
              speaker={paragraph.speaker === null ? null : speakerNodes[paragraph.speaker]}
              tracker={tracker}
              href={momentHref(paragraph.start)}
              onPlay={onPlay}
              matches={found}
              activeMatch={found?.some((match) => match.index === activeMatch) ? activeMatch : -1}
            />
          </Fragment>
        )
      })}
      {headingsAt(paragraphs.length)}
    </div>
  )
}
