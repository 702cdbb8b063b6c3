import { v5 as uuidv5 } from 'uuid'

/** Where the build writes the feeds and chapters files, under the site's base path. */
export const feedPaths = {
  catalog: 'feed.xml',
  show: (slug: string) => `feeds/${slug}.xml`,
  chapters: (slug: string) => `episodes/${slug}/chapters.json`,
}

/** The Podcasting 2.0 namespace for `podcast:guid` (a UUIDv5 of "podcastindex.org"). */
const PODCAST_GUID_NAMESPACE = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6'

/** A feed's `podcast:guid`: the UUIDv5 of its URL without the scheme and trailing slashes. */
export function podcastGuid(feedUrl: string): string {
  return uuidv5(
    feedUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, ''),
    PODCAST_GUID_NAMESPACE,
  )
}

/**
 * Absolute URLs for a site served at `siteUrl` under the base path `base`:
 * root-relative URLs of the documents already carry the base path.
 */
export function siteUrls(siteUrl: string, base: string) {
  const prefix = base.endsWith('/') ? base : `${base}/`
  const absolute = (url: string) => new URL(url, siteUrl).href
  const page = (path: string) => absolute(`${prefix}${path}`)
  return { absolute, page }
}

export type SiteUrls = ReturnType<typeof siteUrls>
