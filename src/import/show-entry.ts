import { imageSize } from 'image-size'
import type { FeedPerson } from './feed-people.ts'
import { failureReason, fetchBytes } from './load-source.ts'
import type { SourceFeed } from './read-feed.ts'
import { notesToMarkdown } from './show-notes.ts'

const PLATFORM_HOSTS: Array<[RegExp, string]> = [
  [/(^|\.)podcasts\.apple\.com$/, 'apple'],
  [/(^|\.)open\.spotify\.com$/, 'spotify'],
  [/(^|\.)overcast\.fm$/, 'overcast'],
  [/(^|\.)pca\.st$|(^|\.)pocketcasts\.com$/, 'pocketcasts'],
  [/(^|\.)youtube\.com$/, 'youtube'],
  [/(^|\.)music\.amazon\.[a-z.]+$/, 'amazon'],
]

/** Subscribe links the feed itself names: its channel link, when it is a podcast app's page. */
export function subscribeLinksOf(feed: SourceFeed): Array<{ platform: string; url: string }> {
  const links = [feed.link, ...(feed.atom?.links ?? []).map((link) => link.href)]
  const found = new Map<string, string>()
  for (const url of links) {
    if (!url || !/^https:\/\//i.test(url)) continue
    const host = new URL(url).hostname
    const platform = PLATFORM_HOSTS.find(([pattern]) => pattern.test(host))?.[1]
    if (platform && !found.has(platform)) found.set(platform, url)
  }
  return [...found].map(([platform, url]) => ({ platform, url }))
}

const defined = (fields: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''),
  )

/** The show's `podcast:` settings, as the feed gives them. */
export function podcastFields(feed: SourceFeed): Record<string, unknown> {
  const [category] = feed.itunes?.categories ?? []
  return defined({
    guid: feed.podcast?.guid?.trim(),
    email: (feed.itunes?.owner?.email ?? feed.podcast?.locked?.owner)?.trim(),
    author: (feed.itunes?.author ?? feed.itunes?.owner?.name)?.trim(),
    category: category?.text?.trim(),
    subcategory: category?.categories?.[0]?.text?.trim(),
    explicit: feed.itunes?.explicit,
    copyright: feed.copyright?.trim(),
    locked: feed.podcast?.locked?.value,
  })
}

export const artworkUrlOf = (feed: SourceFeed) =>
  (feed.itunes?.image ?? feed.image?.url)?.trim() || null

export interface Artwork {
  bytes: Uint8Array
  extension: string
}

/** Downloads the show's artwork; a failure is a note, and the show keeps the remote URL. */
export async function downloadArtwork(url: string): Promise<Artwork | { failed: string }> {
  try {
    const { bytes } = await fetchBytes(url)
    const { type } = imageSize(bytes)
    const extension = type === 'jpg' ? 'jpg' : type
    if (!extension || !['png', 'jpg', 'webp', 'gif', 'svg'].includes(extension)) {
      return { failed: `${url} is not a PNG, JPEG, WebP, GIF or SVG image` }
    }
    return { bytes, extension }
  } catch (error) {
    return { failed: `${url} could not be downloaded (${failureReason(error)})` }
  }
}

export interface ShowParts {
  feed: SourceFeed
  hosts: FeedPerson[]
  /** `cover.<ext>` beside the entry, or the remote artwork URL when it could not be downloaded. */
  cover: { file: string } | { url: string } | null
}

/** The show entry's front-matter and body (its description). */
export function showEntry({ feed, hosts, cover }: ShowParts): {
  fields: Record<string, unknown>
  body: string
} {
  const name = feed.title?.trim() ?? ''
  const links = subscribeLinksOf(feed)
  return {
    fields: defined({
      name,
      hosts: hosts.length > 0 ? hosts.map((host) => host.slug) : undefined,
      ...(cover && 'file' in cover
        ? { cover: { image: `./${cover.file}`, alt: `${name} artwork` } }
        : cover
          ? { artwork: cover.url }
          : {}),
      podcast: podcastFields(feed),
      subscribeLinks: links.length > 0 ? links : undefined,
    }),
    body: notesToMarkdown(feed.description ?? feed.itunes?.summary),
  }
}
