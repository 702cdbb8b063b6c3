import type { SyntheticEpisode } from './episodes.ts'
import type { Random } from './random.ts'
import type { Registries } from './registries.ts'
import { syntheticTranscript } from './transcripts.ts'

const ONE_HOUR = 3_600

export type EpisodeTranscripts = (episode: SyntheticEpisode) => string | null

/**
 * One-hour WebVTT transcripts for `share` of the episodes, spread evenly over
 * the catalog: once another whole transcript is owed, the next episode that
 * lasts an hour or more gets one (so no cue falls past its end). The voices
 * are the names of the show's hosts and of the episode's guests, so the
 * compiler matches every speaker to a person. The text comes from `random`
 * alone, so the episodes stay the same with or without transcripts.
 */
export function episodeTranscripts(
  random: Random,
  registries: Registries,
  share: number,
): EpisodeTranscripts {
  const names = new Map(registries.people.map(({ slug, name }) => [slug, name]))
  const hosts = new Map(registries.shows.map(({ slug, hosts }) => [slug, hosts]))
  const nameOf = (slug: string) => names.get(slug) ?? slug
  let seen = 0
  let written = 0
  return (episode) => {
    seen += 1
    // The small tolerance keeps 10 × 0.1 from falling short of 1.
    const owed = Math.floor(seen * share + 1e-9) - written
    if (owed < 1 || episode.duration < ONE_HOUR) return null
    written += 1
    const speakers = [...(hosts.get(episode.show) ?? []), ...episode.guests].map(nameOf)
    return syntheticTranscript(random, ONE_HOUR, [...new Set(speakers)])
  }
}
