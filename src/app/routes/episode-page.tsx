import { useQuery } from '@tanstack/react-query'
import { LoadError } from '../../components/load-error.tsx'
import { EpisodeDetails } from '../../features/catalog/components/episode-details.tsx'
import { EpisodeSkeleton } from '../../features/catalog/components/episode-skeleton.tsx'
import { EpisodePlayerPanel } from '../../features/player/components/episode-player-panel.tsx'
import { episodeQueryOptions } from '../../lib/api/catalog-queries.ts'
import { NotFoundError } from '../../lib/api/fetch-json.ts'
import { EpisodeEmbed } from './episode-embed.tsx'
import { NotFoundPage } from './not-found-page.tsx'
import { usePageTitle } from './use-page-title.ts'

export function EpisodePage({ slug }: { slug: string }) {
  const episode = useQuery(episodeQueryOptions(slug))
  const missing = episode.error instanceof NotFoundError
  usePageTitle(episode.data?.title ?? (missing ? 'Page not found' : 'Episode'))
  if (missing) return <NotFoundPage />
  if (episode.error) return <LoadError what="this episode" onRetry={() => void episode.refetch()} />
  if (!episode.data) return <EpisodeSkeleton />
  return (
    // The show's own accent, where it has one (see virtual:site-theme.css).
    <div data-accent={episode.data.show?.slug}>
      <EpisodeDetails
        episode={episode.data}
        player={
          <>
            <EpisodePlayerPanel episode={episode.data} />
            <EpisodeEmbed episode={episode.data} />
          </>
        }
      />
    </div>
  )
}
