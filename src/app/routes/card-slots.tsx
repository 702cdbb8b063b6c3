import type { EpisodeCardSlots } from '../../features/catalog/components/card-slots.ts'
import { ListeningStatus } from '../../features/player/components/listening-status.tsx'
import { PlayEpisodeButton } from '../../features/player/components/play-episode-button.tsx'
import { QueueButton } from '../../features/player/components/queue-button.tsx'

/** The player's pieces on every episode card. */
export const cardSlots: EpisodeCardSlots = {
  actions: (episode) => (
    <>
      <PlayEpisodeButton episode={episode} />
      <QueueButton episode={episode} named />
    </>
  ),
  status: (episode) => <ListeningStatus slug={episode.slug} />,
}
