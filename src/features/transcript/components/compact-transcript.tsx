import { type ReactNode, useRef } from 'react'
import type { TranscriptDocument, TranscriptSpeaker } from '../../../content/documents.ts'
import { useTranscriptPlayer } from '../hooks/use-transcript-player.ts'
import type { TranscriptPlayback } from '../transcript-playback.ts'
import { FollowToggle } from './follow-toggle.tsx'
import { TranscriptBody } from './transcript-body.tsx'

interface CompactTranscriptProps {
  transcript: TranscriptDocument
  playback: TranscriptPlayback
  momentHref: (seconds: number) => string
  renderSpeaker: (speaker: TranscriptSpeaker) => ReactNode
  id: string
}

/** The transcript in a small player (the embed): Follow and the text, whose times seek. */
export function CompactTranscript({
  transcript,
  playback,
  momentHref,
  renderSpeaker,
  id,
}: CompactTranscriptProps) {
  const box = useRef<HTMLDivElement>(null)
  const { tracker, follow, setFollow, onPlay } = useTranscriptPlayer(
    transcript.paragraphs,
    playback,
    box,
  )
  return (
    <section id={id} aria-label="Transcript" className="flex flex-col gap-1 px-3 pb-2 text-sm">
      <div className="flex justify-end">
        <FollowToggle follow={follow} onChange={setFollow} />
      </div>
      <TranscriptBody
        transcript={transcript}
        tracker={tracker}
        box={box}
        momentHref={momentHref}
        onPlay={onPlay}
        renderSpeaker={renderSpeaker}
        height="max-h-60"
        headingLevel="h2"
      />
    </section>
  )
}
