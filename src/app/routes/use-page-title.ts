import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { SiteInfo } from '../../content/documents.ts'
import { siteQueryOptions } from '../../lib/api/catalog-queries.ts'

const selectSiteTitle = (site: SiteInfo) => site.title

/** The site's title from the catalog, once loaded. */
export function useSiteTitle(): string | undefined {
  return useQuery({ ...siteQueryOptions(), select: selectSiteTitle }).data
}

/** Sets `document.title` to "<page> · <site>", or the site title alone for `null`. */
export function usePageTitle(page: string | null) {
  const site = useSiteTitle()
  useEffect(() => {
    const parts = [page, site].filter((part): part is string => Boolean(part))
    if (parts.length > 0) document.title = parts.join(' · ')
  }, [page, site])
}
