import { useQueryClient } from '@tanstack/react-query'
import type { EpisodeSummary } from '../../../content/documents.ts'
import { episodeQueryOptions } from '../../../lib/api/catalog-queries.ts'
import { useQueue } from '../hooks/use-queue.ts'
import { toPlayerEpisode } from '../lib/to-player-episode.ts'
import { queueStore } from '../store/player-store.ts'
import type { PlayerEpisode } from '../store/player-types.ts'

/**
 * Play's companion: adds the episode to "Up next", or removes it once queued.
 * `named` puts the title in the name, as on cards where Play carries it too.
 * Without `playable`, the episode's document is fetched to get its audio.
 */
export function QueueButton({
  episode,
  playable,
  named = false,
}: {
  episode: Pick<EpisodeSummary, 'slug' | 'title'>
  playable?: PlayerEpisode
  named?: boolean
}) {
  const queryClient = useQueryClient()
  const queued = useQueue((state) => state.entries.some((entry) => entry.slug === episode.slug))

  const press = () => {
    if (queued) return queueStore.remove(episode.slug)
    if (playable) return queueStore.add(playable)
    queryClient.fetchQuery(episodeQueryOptions(episode.slug)).then(
      (document) => {
        const found = toPlayerEpisode(document)
        if (found) queueStore.add(found)
      },
      () => {},
    )
  }

  const label = named
    ? queued
      ? `Remove ${episode.title} from queue`
      : `Add ${episode.title} to queue`
    : undefined
  return (
    <button type="button" onClick={press} aria-label={label} className="episode-action">
      <span aria-hidden="true">{queued ? '−' : '+'}</span>
      {queued ? 'Remove from queue' : 'Add to queue'}
    </button>
  )
}
