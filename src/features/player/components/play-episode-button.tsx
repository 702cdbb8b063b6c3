import { useQueryClient } from '@tanstack/react-query'
import type { EpisodeSummary } from '../../../content/documents.ts'
import { episodeQueryOptions } from '../../../lib/api/catalog-queries.ts'
import { preloadEngine } from '../engine/load-engine.ts'
import { usePlayer } from '../hooks/use-player.ts'
import { toPlayerEpisode } from '../lib/to-player-episode.ts'
import { playerStore } from '../store/player-store.ts'
import { Icon } from './icon.tsx'

/** Starts (or pauses) this episode in the player without leaving the page. */
export function PlayEpisodeButton({
  episode,
}: {
  episode: Pick<EpisodeSummary, 'slug' | 'title'>
}) {
  const queryClient = useQueryClient()
  const options = episodeQueryOptions(episode.slug)
  const active = usePlayer(
    (state) => state.episode?.slug === episode.slug && state.requested === 'play',
  )

  // Fetched ahead so that the press itself can start playback (Safari on iOS insists).
  const prepare = () => {
    void preloadEngine().catch(() => {})
    void queryClient.prefetchQuery(options)
  }

  const press = () => {
    if (active) return playerStore.pause()
    if (playerStore.getState().episode?.slug === episode.slug) return playerStore.play()
    const cached = queryClient.getQueryData(options.queryKey)
    const start = (document: typeof cached) => {
      const playable = document ? toPlayerEpisode(document) : null
      if (playable) playerStore.playEpisode(playable)
    }
    if (cached) return start(cached)
    queryClient.fetchQuery(options).then(start, () => {})
  }

  const action = active ? 'Pause' : 'Play'
  return (
    <button
      type="button"
      onClick={press}
      onPointerEnter={prepare}
      onFocus={prepare}
      onTouchStart={prepare}
      aria-label={`${action} ${episode.title}`}
      className="episode-action"
    >
      <Icon name={active ? 'pause' : 'play'} className="size-4" />
      {action}
    </button>
  )
}
