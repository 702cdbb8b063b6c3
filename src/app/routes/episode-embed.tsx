import { useQuery } from '@tanstack/react-query'
import type { EpisodeDocument, SiteInfo } from '../../content/documents.ts'
import { EmbedButton } from '../../features/embed/components/embed-button.tsx'
import { playerStore } from '../../features/player/store/player-store.ts'
import { siteQueryOptions } from '../../lib/api/catalog-queries.ts'
import { siteRootUrl } from '../../lib/embed-snippet.ts'

const selectBaseUrl = (site: SiteInfo) => site.baseUrl
const base = import.meta.env.BASE_URL

/**
 * The episode page's sharing for other sites: the Embed button. (The prerendered
 * page names the oEmbed document in its head.)
 */
export function EpisodeEmbed({ episode }: { episode: EpisodeDocument }) {
  const baseUrl = useQuery({ ...siteQueryOptions(), select: selectBaseUrl }).data ?? null
  // Without a configured address, the page's own origin: only known in the browser.
  const siteRoot = baseUrl
    ? siteRootUrl(baseUrl, base)
    : typeof window === 'undefined'
      ? base
      : `${window.location.origin}${base}`
  const readCurrentTime = () =>
    playerStore.getState().episode?.slug === episode.slug ? playerStore.getPosition() : null
  return (
    <div className="flex justify-end">
      <EmbedButton
        slug={episode.slug}
        title={episode.title}
        siteRoot={siteRoot}
        readCurrentTime={readCurrentTime}
      />
    </div>
  )
}
