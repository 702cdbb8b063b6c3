import { lazy, Suspense, useId, useState } from 'react'
import type { EpisodeTranscriptRef } from '../../content/documents.ts'
import { focusRing } from '../../features/player/components/styles.ts'
import type { PlayerEpisode } from '../../features/player/store/player-types.ts'
import { EmbedChapterList } from './embed-chapter-list.tsx'

// The transcript's code and document load the first time it opens: the embed stays light before Play.
const EmbedTranscript = lazy(() =>
  import('./embed-transcript.tsx').then((module) => ({ default: module.EmbedTranscript })),
)

type View = 'chapters' | 'transcript' | null

interface EmbedViewsProps {
  episode: PlayerEpisode
  transcript: EpisodeTranscriptRef | null
  chaptersOpen: boolean
}

const toggleClass = `rounded px-2 py-0.5 text-xs font-medium text-accent hover:bg-slate-100  dark:hover:bg-slate-800 ${focusRing}`

/** Chapters and Transcript, side by side: each opens its view inside the player, one at a time. */
export function EmbedViews({ episode, transcript, chaptersOpen }: EmbedViewsProps) {
  const hasChapters = episode.chapters.length > 0
  const [view, setView] = useState<View>(chaptersOpen && hasChapters ? 'chapters' : null)
  const chaptersId = useId()
  const transcriptId = useId()
  const toggle = (next: Exclude<View, null>) => setView((open) => (open === next ? null : next))
  if (!hasChapters && !transcript) return null
  return (
    <>
      <div className="flex gap-1 px-3 pb-1">
        {hasChapters ? (
          <button
            type="button"
            aria-expanded={view === 'chapters'}
            aria-controls={view === 'chapters' ? chaptersId : undefined}
            onClick={() => toggle('chapters')}
            className={toggleClass}
          >
            Chapters ({episode.chapters.length})
          </button>
        ) : null}
        {transcript ? (
          <button
            type="button"
            aria-expanded={view === 'transcript'}
            aria-controls={view === 'transcript' ? transcriptId : undefined}
            onClick={() => toggle('transcript')}
            className={toggleClass}
          >
            Transcript
          </button>
        ) : null}
      </div>
      {view === 'chapters' ? <EmbedChapterList episode={episode} id={chaptersId} /> : null}
      {view === 'transcript' && transcript ? (
        <Suspense
          fallback={
            <p id={transcriptId} className="px-3 pb-2 text-sm">
              Loading the transcript…
            </p>
          }
        >
          <EmbedTranscript episode={episode} transcript={transcript} id={transcriptId} />
        </Suspense>
      ) : null}
    </>
  )
}
