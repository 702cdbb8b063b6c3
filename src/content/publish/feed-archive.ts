/**
 * Large feeds cut into a subscription document and archive documents, linked
 * as RFC 5005 asks (archived feeds: `current`, `prev-archive`, `next-archive`;
 * paged feeds: `first`, `last`, `next`, `previous`), so that apps which read
 * archives still see every episode and the others get the newest ones fast.
 */

/** Podcast apps and directories time out or refuse feeds past this size. */
export const FEED_BYTES_LIMIT = 8_000_000

/** Items of the catalog-wide feed.xml unless site.yaml's `feedItemLimit` says otherwise. */
export const DEFAULT_FEED_ITEM_LIMIT = 300

export type ArchiveRel =
  | 'current'
  | 'prev-archive'
  | 'next-archive'
  | 'first'
  | 'last'
  | 'next'
  | 'previous'

export interface FeedLink {
  rel: ArchiveRel
  /** Path under the site's base, like the feed's own. */
  path: string
}

export interface FeedPage<T> {
  path: string
  /** Newest first. */
  items: T[]
  /** True for an archive document: its items never change once it is full. */
  archive: boolean
  links: FeedLink[]
}

/** `feed.xml` → `archive/feed/2.xml`; `feeds/show.xml` → `archive/feeds/show/2.xml`. */
export function archivePath(feedPath: string, number: number): string {
  return `archive/${feedPath.replace(/\.xml$/, '')}/${number}.xml`
}

/**
 * Splits items (newest first) into pages of `perPage`. The subscription document
 * keeps the newest; archives are numbered from the oldest, so archive 1 to n-1
 * are full and stay the same as episodes are added, and only archive n fills up.
 */
export function archivePages<T>(
  feedPath: string,
  items: readonly T[],
  perPage: number,
): FeedPage<T>[] {
  const size = Math.max(1, Math.floor(perPage))
  const current = items.slice(0, size)
  const oldestFirst = items.slice(size).toReversed()
  const count = Math.ceil(oldestFirst.length / size)
  if (count === 0) return [{ path: feedPath, items: current, archive: false, links: [] }]
  const path = (number: number) => archivePath(feedPath, number)
  const pages: FeedPage<T>[] = [
    {
      path: feedPath,
      items: current,
      archive: false,
      links: [
        { rel: 'first', path: feedPath },
        { rel: 'next', path: path(count) },
        { rel: 'last', path: path(1) },
        { rel: 'prev-archive', path: path(count) },
      ],
    },
  ]
  for (let number = count; number >= 1; number--) {
    const newer = number === count ? feedPath : path(number + 1)
    const links: FeedLink[] = [
      { rel: 'current', path: feedPath },
      { rel: 'first', path: feedPath },
      { rel: 'last', path: path(1) },
      { rel: 'previous', path: newer },
    ]
    if (number > 1) {
      links.push({ rel: 'next', path: path(number - 1) })
      links.push({ rel: 'prev-archive', path: path(number - 1) })
    }
    if (number < count) links.push({ rel: 'next-archive', path: path(number + 1) })
    const chunk = oldestFirst.slice((number - 1) * size, number * size).toReversed()
    pages.push({ path: path(number), items: chunk, archive: true, links })
  }
  return pages
}
