import type { SiteInfo } from '../../content/documents.ts'

/** `baseUrl` is where the site is served, sub-path included; it always ends with a slash here. */
const siteRoot = (site: SiteInfo): string | null => {
  if (!site.baseUrl) return null
  return site.baseUrl.endsWith('/') ? site.baseUrl : `${site.baseUrl}/`
}

/** The absolute address of a route (`/episodes/x`), or null when the site has no `baseUrl`. */
export function pageUrl(site: SiteInfo, path: string): string | null {
  const root = siteRoot(site)
  return root ? new URL(path.replace(/^\//, ''), root).href : null
}

/**
 * An absolute http(s) address for a document URL: kept when absolute, resolved
 * against `baseUrl` when root-relative (it already carries the base path), else null.
 */
export function absoluteUrl(site: SiteInfo, url: string | null): string | null {
  if (!url) return null
  try {
    const absolute = new URL(url, siteRoot(site) ?? undefined)
    return absolute.protocol === 'https:' || absolute.protocol === 'http:' ? absolute.href : null
  } catch {
    return null
  }
}
