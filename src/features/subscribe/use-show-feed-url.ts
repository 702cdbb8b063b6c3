import { useQuery } from '@tanstack/react-query'
import type { SiteInfo } from '../../content/documents.ts'
import { siteQueryOptions } from '../../lib/api/catalog-queries.ts'
import { showFeedUrl } from './feed-urls.ts'

const selectAddress = (site: SiteInfo) => site.baseUrl

/**
 * The show's feed address (the catalog's, for null), or null when the build wrote no feeds (no site
 * address). From the site document, so the server and the browser agree.
 */
export function useShowFeedUrl(show: string | null): string | null {
  const address = useQuery({ ...siteQueryOptions(), select: selectAddress }).data ?? null
  return address && showFeedUrl(address, import.meta.env.BASE_URL, show)
}
