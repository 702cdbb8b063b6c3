import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { LoadError } from '../../components/load-error.tsx'
import type { EpisodeDocument } from '../../content/documents.ts'
import { formatTimeParam } from '../../features/player/lib/time.ts'
import { toPlayerEpisode } from '../../features/player/lib/to-player-episode.ts'
import { transcriptQueryOptions } from '../../features/transcript/api/transcript-query.ts'
import { TranscriptSection } from '../../features/transcript/components/transcript-section.tsx'
import { playerTranscriptPlayback } from '../player-transcript-playback.ts'
import { renderTranscriptSpeaker } from './transcript-speaker.tsx'

/** The episode page's Transcript, played through the site's player; nothing when there is none. */
export function EpisodeTranscript({ episode }: { episode: EpisodeDocument }) {
  const ref = episode.transcript
  const transcript = useQuery({
    ...transcriptQueryOptions(episode.slug, ref ?? { document: '' }),
    enabled: ref !== null,
  })
  const playback = useMemo(() => {
    const playable = toPlayerEpisode(episode)
    return playable ? playerTranscriptPlayback(playable) : null
  }, [episode])
  const momentHref = useMemo(() => {
    const path = `/episodes/${episode.slug}?t=`
    return (seconds: number) => `${path}${formatTimeParam(seconds)}`
  }, [episode.slug])
  if (!ref) return null
  if (transcript.error) {
    return <LoadError what="the transcript" onRetry={() => void transcript.refetch()} />
  }
  if (!transcript.data) {
    return <p className="text-slate-700 dark:text-slate-300">Loading the transcript…</p>
  }
  return (
    <TranscriptSection
      transcript={transcript.data}
      files={ref.files}
      playback={playback}
      momentHref={momentHref}
      renderSpeaker={renderTranscriptSpeaker}
    />
  )
}
