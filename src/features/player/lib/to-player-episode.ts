import type { EpisodeDocument } from '../../../content/documents.ts'
import type { PlayerEpisode } from '../store/player-types.ts'
import { reachableChapters } from './chapter-at.ts'

/** Root-relative audio paths live under the app's base path when it is deployed in a sub-folder. */
export function resolveAudioUrl(url: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.replace(/\/$/, '')
  if (!url.startsWith('/') || url.startsWith('//') || !prefix || url.startsWith(`${prefix}/`)) {
    return url
  }
  return `${prefix}${url}`
}

/** The player's view of an episode document, or null when it has no audio. */
export function toPlayerEpisode(episode: EpisodeDocument): PlayerEpisode | null {
  if (!episode.audioUrl) return null
  return {
    slug: episode.slug,
    title: episode.title,
    audioUrl: resolveAudioUrl(episode.audioUrl),
    duration: episode.duration,
    chapters: reachableChapters(
      episode.chapters.map(({ startTime, title }) => ({ startTime, title })),
      episode.duration,
    ),
    showName: episode.show?.name ?? null,
    artwork: episode.image?.url ?? episode.show?.artwork?.url ?? null,
  }
}
