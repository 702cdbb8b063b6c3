import { generateRssFeed, type RssFeed } from 'feedsmith'
import { audioType } from './audio-type.ts'
import type { FeedEpisode } from './feed-catalog.ts'
import type { FeedImage, FeedPerson, ShowPodcast } from './feed-input.ts'
import { cleanText, oneLine } from './feed-text.ts'
import type { SiteUrls } from './feed-urls.ts'

export interface FeedChannel {
  title: string
  description: string
  /** The page the feed stands for. */
  link: string
  language: string
  /** The feed's own URL. */
  selfUrl: string
  podcastGuid: string
  artwork: FeedImage | null
  author: string
  podcast: ShowPodcast
  hosts: FeedPerson[]
  /** Makes the hosts' image URLs absolute. */
  urls: SiteUrls
}

export type FeedItem = RssFeed.Item<Date>

/** Where a page of a cut feed sits among the others (see feed-archive.ts). */
export interface FeedPlace {
  links: Array<{ rel: string; href: string }>
  archive: boolean
}

const FEED_HISTORY = 'http://purl.org/syndication/history/1.0'

/**
 * RFC 5005 marks an archive document with `<fh:archive/>`, which feedsmith has
 * no namespace for: the two fixed strings go in at fixed places, no text of ours.
 */
function markArchive(xml: string): string {
  const marked = xml
    .replace(/^<rss version="2\.0"/m, `<rss version="2.0" xmlns:fh="${FEED_HISTORY}"`)
    .replace(/^( *)<channel>$/m, '$1<channel>\n$1  <fh:archive/>')
  if (!marked.includes('<fh:archive/>') || !marked.includes('xmlns:fh='))
    throw new Error('The generated feed has no rss or channel element to mark as an archive')
  return marked
}

const text = (value: string | null | undefined) => (value ? oneLine(value) || undefined : undefined)

function persons(people: readonly FeedPerson[], role: 'host' | 'guest', urls: SiteUrls) {
  return people.map((person) => ({
    display: oneLine(person.name),
    role,
    ...(person.img ? { img: urls.absolute(person.img) } : {}),
    ...(person.href ? { href: person.href } : {}),
  }))
}

/** One episode as a feed item; `length` is its enclosure's size in bytes. */
export function feedItem(episode: FeedEpisode, urls: SiteUrls, length: number): FeedItem {
  const audioUrl = episode.audioUrl ? urls.absolute(episode.audioUrl) : null
  const guests = persons(episode.guests, 'guest', urls)
  return {
    title: oneLine(episode.title),
    link: urls.page(`episodes/${episode.slug}`),
    description: episode.descriptionHtml || oneLine(episode.title),
    guid: { value: cleanText(episode.id), isPermaLink: false },
    pubDate: new Date(episode.publishedAt),
    ...(audioUrl && {
      enclosures: [{ url: audioUrl, length, type: audioType(audioUrl) ?? 'audio/mpeg' }],
    }),
    itunes: {
      duration: Math.round(episode.duration),
      episodeType: episode.episodeType ?? 'full',
      ...(episode.episode !== null && { episode: episode.episode }),
      ...(episode.season !== null && { season: episode.season }),
      ...(episode.explicit !== null && { explicit: episode.explicit }),
      ...(episode.image && { image: urls.absolute(episode.image) }),
    },
    podcast: {
      ...(episode.episode !== null && { episode: { number: episode.episode } }),
      ...(episode.season !== null && { season: { number: episode.season } }),
      ...(episode.chaptersPath && {
        chapters: { url: urls.page(episode.chaptersPath), type: 'application/json+chapters' },
      }),
      ...(episode.transcripts.length > 0 && {
        transcripts: episode.transcripts.map((file) => ({
          url: urls.absolute(file.url),
          type: file.type,
          ...(file.language && { language: file.language }),
          // The WebVTT file is timed, so apps may show it as captions.
          ...(file.type === 'text/vtt' && { rel: 'captions' }),
        })),
      }),
      ...(guests.length > 0 && { persons: guests }),
    },
  }
}

/**
 * feedsmith writes `itunes:explicit` as yes/no; Apple Podcasts asks for true/false.
 * The channel and the items that say it carry one, each on a line of its own: no
 * text can hold a line like it, since titles and names are written on one line
 * and HTML comes escaped.
 */
function explicitAsApple(xml: string): string {
  let replaced = 0
  const result = xml.replace(
    /^( *)<itunes:explicit>(yes|no)<\/itunes:explicit>$/gm,
    (_, indent: string, value: string) => {
      replaced++
      return `${indent}<itunes:explicit>${value === 'yes'}</itunes:explicit>`
    },
  )
  if (replaced === 0) throw new Error('The generated feed has no itunes:explicit to rewrite')
  return result
}

/** An RSS 2.0 feed with the itunes and podcast (Podcasting 2.0) namespaces. */
export function renderRssFeed(
  channel: FeedChannel,
  items: FeedItem[],
  place: FeedPlace = { links: [], archive: false },
): string {
  const { podcast, artwork } = channel
  const title = oneLine(channel.title)
  const newest = items[0]?.pubDate
  const category = text(podcast.category)
  const subcategory = text(podcast.subcategory)
  const copyright = text(podcast.copyright)
  const feed: RssFeed.Feed<Date> = {
    title,
    link: channel.link,
    description: cleanText(channel.description).trim() || title,
    language: channel.language,
    ...(copyright && { copyright }),
    ...(newest && { pubDate: newest, lastBuildDate: newest }),
    ...(artwork && { image: { url: artwork.url, title, link: channel.link } }),
    atom: {
      links: [
        { href: channel.selfUrl, rel: 'self', type: 'application/rss+xml' },
        ...place.links.map((link) => ({ ...link, type: 'application/rss+xml' })),
      ],
    },
    itunes: {
      ...(artwork && { image: artwork.url }),
      ...(category && {
        categories: [
          { text: category, ...(subcategory && { categories: [{ text: subcategory }] }) },
        ],
      }),
      explicit: podcast.explicit,
      author: oneLine(channel.author),
      ...(podcast.email && {
        owner: { name: oneLine(channel.author), email: oneLine(podcast.email) },
      }),
    },
    podcast: {
      guid: podcast.guid ?? channel.podcastGuid,
      locked: { value: podcast.locked, ...(podcast.email && { owner: oneLine(podcast.email) }) },
      ...(channel.hosts.length > 0 && { persons: persons(channel.hosts, 'host', channel.urls) }),
    },
    items,
  }
  const xml = explicitAsApple(generateRssFeed(feed))
  return place.archive ? markArchive(xml) : xml
}
