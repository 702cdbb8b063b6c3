import { useQuery } from '@tanstack/react-query'
import { LoadError } from '../../components/load-error.tsx'
import { ShareLink } from '../../components/share-link.tsx'
import { EpisodeDetails } from '../../features/catalog/components/episode-details.tsx'
import { EpisodeSkeleton } from '../../features/catalog/components/episode-skeleton.tsx'
import { EpisodeChapters } from '../../features/player/components/episode-chapters.tsx'
import { EpisodePlayControls } from '../../features/player/components/episode-play-controls.tsx'
import { SubscribeSection } from '../../features/subscribe/components/subscribe-section.tsx'
import { episodeQueryOptions } from '../../lib/api/catalog-queries.ts'
import { NotFoundError } from '../../lib/api/fetch-json.ts'
import { EpisodeEmbed } from './episode-embed.tsx'
import { NotFoundPage } from './not-found-page.tsx'
import { EpisodeTranscriptSlot } from './page-slots.tsx'
import { usePageTitle } from './use-page-title.ts'

export function EpisodePage({ slug }: { slug: string }) {
  const episode = useQuery(episodeQueryOptions(slug))
  const missing = episode.error instanceof NotFoundError
  usePageTitle(episode.data?.title ?? (missing ? 'Page not found' : 'Episode'))
  if (missing) return <NotFoundPage />
  if (episode.error) return <LoadError what="this episode" onRetry={() => void episode.refetch()} />
  if (!episode.data) return <EpisodeSkeleton />
  const { show } = episode.data
  return (
    // The show's own accent, where it has one (see virtual:site-theme.css).
    <div data-accent={show?.slug}>
      <EpisodeDetails
        episode={episode.data}
        actions={
          <EpisodePlayControls
            episode={episode.data}
            share={<ShareLink title={episode.data.title} />}
          />
        }
        chapters={<EpisodeChapters episode={episode.data} />}
        more={<EpisodeTranscriptSlot episode={episode.data} />}
        aside={
          <>
            {show && <SubscribeSection show={show.slug} links={[]} />}
            <EpisodeEmbed episode={episode.data} />
          </>
        }
      />
    </div>
  )
}
