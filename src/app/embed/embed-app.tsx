import { useEffect, useMemo } from 'react'
import { toPlayerEpisode } from '../../features/player/lib/to-player-episode.ts'
import { playerStore } from '../../features/player/store/player-store.ts'
import type { EmbedParams } from './embed-params.ts'
import { EmbedPlayer } from './embed-player.tsx'
import { EmbedStatus } from './embed-status.tsx'
import { useEpisodeDocument } from './use-episode-document.ts'
import { useHostPage } from './use-host-page.ts'

/** The embed page: one episode's document, cued in the player (no audio fetched before Play). */
export function EmbedApp({ slug, params }: { slug: string | null; params: EmbedParams }) {
  const load = useEpisodeDocument(slug)
  const episode = load.state === 'ready' ? load.episode : null
  const playable = useMemo(() => (episode ? toPlayerEpisode(episode) : null), [episode])

  useEffect(() => {
    if (episode) document.title = `${episode.title} (player)`
    if (playable) playerStore.cue(playable, params.start ?? undefined)
  }, [episode, playable, params.start])
  // After the cue above, so that `ready` reports the cued moment.
  useHostPage(playable?.slug ?? null)

  if (load.state === 'loading') return <EmbedStatus>Loading the episode…</EmbedStatus>
  if (load.state === 'missing') return <EmbedStatus>This episode does not exist.</EmbedStatus>
  if (load.state === 'failed') return <EmbedStatus>The episode could not be loaded.</EmbedStatus>
  if (!playable) return <EmbedStatus>This episode has no audio yet.</EmbedStatus>
  return (
    <EmbedPlayer
      episode={playable}
      chaptersOpen={params.chaptersOpen}
      transcript={episode?.transcript ?? null}
    />
  )
}
