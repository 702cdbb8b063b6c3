import { useQuery } from '@tanstack/react-query'
import type { CatalogIndex, EpisodeDocument } from '../../content/documents.ts'
import { EmbedButton } from '../../features/embed/components/embed-button.tsx'
import { playerStore } from '../../features/player/store/player-store.ts'
import { catalogQueryOptions } from '../../lib/api/catalog-queries.ts'
import { siteRootUrl } from '../../lib/embed-snippet.ts'

const selectBaseUrl = (catalog: CatalogIndex) => catalog.site.baseUrl
const base = import.meta.env.BASE_URL

/**
 * The episode page's sharing for other sites: the Embed button, and the oEmbed
 * discovery link (React puts it in <head>) where the build wrote the document.
 */
export function EpisodeEmbed({ episode }: { episode: EpisodeDocument }) {
  const baseUrl = useQuery({ ...catalogQueryOptions(), select: selectBaseUrl }).data ?? null
  // The prerenderer has no window; the browser fills in its own origin when it hydrates.
  const origin = typeof window === 'undefined' ? '' : window.location.origin
  const siteRoot = baseUrl ? siteRootUrl(baseUrl, base) : `${origin}${base}`
  const readCurrentTime = () =>
    playerStore.getState().episode?.slug === episode.slug ? playerStore.getPosition() : null
  return (
    <div className="flex justify-end">
      {baseUrl ? (
        <link
          rel="alternate"
          type="application/json+oembed"
          href={`${siteRoot}episodes/${encodeURIComponent(episode.slug)}/oembed.json`}
          title={episode.title}
        />
      ) : null}
      <EmbedButton
        slug={episode.slug}
        title={episode.title}
        siteRoot={siteRoot}
        readCurrentTime={readCurrentTime}
      />
    </div>
  )
}
