/**
 * Feed addresses, from the catalog feed that index.html links to when the
 * build wrote feeds (`<link rel="alternate" type="application/rss+xml">`).
 * Show feeds sit beside it: `<base>feeds/<show>.xml`.
 */
export function catalogFeedUrl(): string | null {
  if (typeof document === 'undefined') return null
  const links = document.head.querySelectorAll<HTMLLinkElement>(
    'link[rel="alternate"][type="application/rss+xml"]',
  )
  for (const link of links) {
    if (new URL(link.href).pathname.endsWith('/feed.xml')) return link.href
  }
  return null
}

export const showFeedUrl = (catalogFeed: string, show: string): string =>
  new URL(`feeds/${encodeURIComponent(show)}.xml`, catalogFeed).href
