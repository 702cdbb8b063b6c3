import { useMemo } from 'react'
import { catalogFeedUrl, showFeedUrl } from './feed-urls.ts'

/** The show's feed address, or null when the build wrote no feeds. */
export function useShowFeedUrl(show: string): string | null {
  return useMemo(() => {
    const catalog = catalogFeedUrl()
    return catalog && showFeedUrl(catalog, show)
  }, [show])
}
