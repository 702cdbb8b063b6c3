import type { AudioSizes } from '../read/audio-sizes.ts'
import type { FeedEpisode } from './feed-catalog.ts'
import type { FeedNote } from './feed-notes.ts'

/** Bytes per second when no episode's size is known: 128 kbit/s, a common podcast MP3 rate. */
const FALLBACK_BYTES_PER_SECOND = 16_000

/**
 * Every enclosure's length in bytes: `audioFileSize`, else the size found for
 * its URL, else an estimate from the duration at the catalog's own bitrate
 * (the total size of the episodes whose size is known over their duration),
 * with a note saying so.
 */
export function enclosureLengths(episodes: readonly FeedEpisode[], audio: AudioSizes) {
  const known = new Map<string, number>()
  let knownBytes = 0
  let knownSeconds = 0
  for (const episode of episodes) {
    if (!episode.audioUrl) continue
    const size = episode.audioFileSize ?? audio.sizes.get(episode.audioUrl)
    if (size === undefined || size <= 0) continue
    known.set(episode.slug, size)
    knownBytes += size
    knownSeconds += episode.duration
  }
  const measured = knownBytes > 0 && knownSeconds > 0
  const rate = measured ? knownBytes / knownSeconds : FALLBACK_BYTES_PER_SECOND
  const rateText = `${Math.round((rate * 8) / 1000)} kbit/s`
  const basis = measured ? `the catalog's average bitrate of ${rateText}` : `an assumed ${rateText}`
  const lengths = new Map(known)
  const notes: FeedNote[] = []
  for (const episode of episodes) {
    if (!episode.audioUrl || lengths.has(episode.slug)) continue
    const estimate = Math.max(1, Math.round(episode.duration * rate))
    lengths.set(episode.slug, estimate)
    const why = audio.unknown.get(episode.audioUrl) ?? 'the audio host was not asked'
    notes.push({
      about: { kind: 'episode', slug: episode.slug },
      field: 'audioFileSize',
      code: 'audio-size-estimated',
      message: `is missing and the size of ${episode.audioUrl} is unknown (${why}): the feeds give ${estimate} bytes, estimated from the duration at ${basis}; add \`audioFileSize:\` with the file's size in bytes, or build where the audio host answers`,
    })
  }
  return { lengths, notes }
}
