import { useMemo } from 'react'
import type { EpisodeTranscriptRef, TranscriptSpeaker } from '../../content/documents.ts'
import { formatTimeParam } from '../../features/player/lib/time.ts'
import type { PlayerEpisode } from '../../features/player/store/player-types.ts'
import { CompactTranscript } from '../../features/transcript/components/compact-transcript.tsx'
import { playerTranscriptPlayback } from '../player-transcript-playback.ts'
import { useTranscriptDocument } from './use-transcript-document.ts'

interface EmbedTranscriptProps {
  episode: PlayerEpisode
  transcript: EpisodeTranscriptRef
  id: string
}

// Inside another site's page a speaker is a name: their page is one click further, on ours.
const renderSpeaker = ({ name }: TranscriptSpeaker) => (
  <span className="transcript-speaker">{name}</span>
)

/** The embed's Transcript view: loaded (code and document) only when opened. */
export function EmbedTranscript({ episode, transcript, id }: EmbedTranscriptProps) {
  const load = useTranscriptDocument(transcript.document)
  const playback = useMemo(() => playerTranscriptPlayback(episode), [episode])
  const momentHref = useMemo(() => {
    const page = `${import.meta.env.BASE_URL}episodes/${encodeURIComponent(episode.slug)}?t=`
    return (seconds: number) => `${page}${formatTimeParam(seconds)}`
  }, [episode.slug])
  if (load.state !== 'ready') {
    return (
      <p id={id} className="px-3 pb-2 text-sm text-slate-700 dark:text-slate-300">
        {load.state === 'loading'
          ? 'Loading the transcript…'
          : 'The transcript could not be loaded.'}
      </p>
    )
  }
  return (
    <CompactTranscript
      transcript={load.transcript}
      playback={playback}
      momentHref={momentHref}
      renderSpeaker={renderSpeaker}
      id={id}
    />
  )
}
