import { type ReactNode, useRef } from 'react'
import type {
  TranscriptDocument,
  TranscriptFile,
  TranscriptSpeaker,
} from '../../../content/documents.ts'
import { useFind } from '../hooks/use-find.ts'
import { useTranscriptPlayer } from '../hooks/use-transcript-player.ts'
import type { TranscriptPlayback } from '../transcript-playback.ts'
import { FindInTranscript } from './find-in-transcript.tsx'
import { FollowToggle } from './follow-toggle.tsx'
import { TranscriptBody } from './transcript-body.tsx'
import { TranscriptDownloads } from './transcript-downloads.tsx'

interface TranscriptSectionProps {
  transcript: TranscriptDocument
  files: readonly TranscriptFile[]
  /** The player, for this episode; null when it has no audio. */
  playback: TranscriptPlayback | null
  momentHref: (seconds: number) => string
  renderSpeaker: (speaker: TranscriptSpeaker) => ReactNode
}

/**
 * An episode page's Transcript: the whole text (prerendered, so it reads
 * without JavaScript), Follow, find with Previous/Next, and the downloads.
 */
export function TranscriptSection({
  transcript,
  files,
  playback,
  momentHref,
  renderSpeaker,
}: TranscriptSectionProps) {
  const box = useRef<HTMLDivElement>(null)
  const { tracker, follow, setFollow, onPlay } = useTranscriptPlayer(
    transcript.paragraphs,
    playback,
    box,
  )
  const find = useFind(transcript.paragraphs, box)
  return (
    <section aria-labelledby="transcript-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="transcript-heading" className="text-xl font-semibold">
          Transcript
        </h2>
        <TranscriptDownloads files={files} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {playback ? <FollowToggle follow={follow} onChange={setFollow} /> : null}
        <FindInTranscript
          query={find.query}
          onQuery={find.setQuery}
          count={find.matches.length}
          active={find.active}
          onStep={(direction) => {
            setFollow(false)
            find.step(direction)
          }}
        />
      </div>
      <TranscriptBody
        transcript={transcript}
        tracker={tracker}
        box={box}
        momentHref={momentHref}
        onPlay={onPlay}
        renderSpeaker={renderSpeaker}
        matches={find.matches}
        activeMatch={find.active}
        height="max-h-[70vh]"
        headingLevel="h3"
      />
    </section>
  )
}
