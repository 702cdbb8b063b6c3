import type { PublishedFile } from '../compile/published-file.ts'
import type { AudioSizes } from '../read/audio-sizes.ts'
import { artworkNotes } from './artwork-notes.ts'
import { audioType } from './audio-type.ts'
import { enclosureLengths } from './enclosure-lengths.ts'
import { archivePages, DEFAULT_FEED_ITEM_LIMIT, FEED_BYTES_LIMIT } from './feed-archive.ts'
import type { FeedCatalog, FeedEpisode } from './feed-catalog.ts'
import { defaultShowPodcast } from './feed-input.ts'
import type { FeedNote } from './feed-notes.ts'
import { feedPaths, podcastGuid, type SiteUrls, siteUrls } from './feed-urls.ts'
import { type FeedChannel, type FeedItem, feedItem, renderRssFeed } from './rss-feed.ts'

export interface PublishedFeeds {
  files: PublishedFile[]
  notes: FeedNote[]
}

const noSiteUrl: FeedNote = {
  about: { kind: 'site' },
  field: 'baseUrl',
  message:
    'is not set, so no podcast feeds were written (feeds need absolute URLs): add `baseUrl: https://your.site/` to site.yaml, or build with SITE_URL=https://your.site/',
}

function audioNotes(episode: FeedEpisode): FeedNote[] {
  const about = { kind: 'episode' as const, slug: episode.slug }
  if (!episode.audioUrl) {
    return [
      {
        about,
        field: 'audioUrl',
        message:
          'is missing, so the episode is left out of the feeds: add `audioUrl:`, or `audioUrlTemplate:` to site.yaml',
      },
    ]
  }
  if (audioType(episode.audioUrl)) return []
  return [
    {
      about,
      field: 'audioUrl',
      message: `${episode.audioUrl} has no audio file extension that podcast apps know (.mp3, .m4a, …): the feeds say audio/mpeg`,
    },
  ]
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`

/**
 * A feed's files: one document while it stays under FEED_BYTES_LIMIT (and, when
 * `perPage` is given, under that many items); past that, the newest items and
 * archive documents linked from it, with a note that says so.
 */
function feedFiles(
  path: string,
  channel: FeedChannel,
  items: FeedItem[],
  options: {
    urls: SiteUrls
    perPage: number
    always: boolean
    bytesLimit: number
    about: FeedNote['about']
  },
): { files: PublishedFile[]; note: FeedNote | null } {
  const whole =
    options.always && items.length > options.perPage ? null : renderRssFeed(channel, items)
  if (whole !== null && Buffer.byteLength(whole) <= options.bytesLimit) {
    return { files: [{ path, content: whole }], note: null }
  }
  let perPage = options.perPage
  for (;;) {
    const files = archivePages(path, items, perPage).map((page) => ({
      path: page.path,
      content: renderRssFeed({ ...channel, selfUrl: options.urls.page(page.path) }, page.items, {
        archive: page.archive,
        links: page.links.map((link) => ({ rel: link.rel, href: options.urls.page(link.path) })),
      }),
    }))
    const largest = Math.max(...files.map((file) => Buffer.byteLength(file.content)))
    if (largest <= options.bytesLimit || perPage === 1) {
      const held = Math.min(perPage, items.length)
      const why =
        whole === null
          ? 'holds at most `feedItemLimit` episodes (site.yaml, 300 unless set)'
          : `would be ${megabytes(Buffer.byteLength(whole))}, more than podcast apps take (${megabytes(options.bytesLimit)})`
      const message = `${path} ${why}: it lists the newest ${held} of ${items.length} episodes and links the older ones in ${files.length - 1} archive files (RFC 5005), which apps that read archives follow. Set \`feedItemLimit:\` in site.yaml to change how many one file lists.`
      return {
        files,
        note: { about: options.about, field: 'feedItemLimit', message, code: 'feed-cut' },
      }
    }
    perPage = Math.max(1, Math.floor((perPage * options.bytesLimit * 0.9) / largest))
  }
}

/**
 * The podcast feeds of a compiled catalog: `feed.xml` with every published
 * episode that has audio, `feeds/<show>.xml` for each show with such episodes,
 * and `episodes/<slug>/chapters.json` for each episode with chapters. Without
 * the site's address (`site.baseUrl`) there are no feeds, only a note saying why.
 */
export function publishFeeds(
  catalog: FeedCatalog,
  options: {
    base: string
    audio: AudioSizes
    feedItemLimit?: number
    /** Tests lower it; podcast apps need FEED_BYTES_LIMIT. */
    feedBytesLimit?: number
  },
): PublishedFeeds {
  const perPage = options.feedItemLimit ?? DEFAULT_FEED_ITEM_LIMIT
  const bytesLimit = options.feedBytesLimit ?? FEED_BYTES_LIMIT
  const { site } = catalog
  if (!site.baseUrl) return { files: [], notes: [noSiteUrl] }
  const urls = siteUrls(site.baseUrl, options.base)
  const notes = catalog.episodes.flatMap(audioNotes)
  const withAudio = catalog.episodes.filter((episode) => episode.audioUrl)
  const { lengths, notes: sizeNotes } = enclosureLengths(withAudio, options.audio)
  notes.push(...sizeNotes)
  const byShow = new Map<string, FeedItem[]>()
  const all = withAudio.map((episode) => {
    const item = feedItem(episode, urls, lengths.get(episode.slug) ?? 1)
    if (episode.show) {
      const items = byShow.get(episode.show)
      if (items) items.push(item)
      else byShow.set(episode.show, [item])
    }
    return item
  })
  const catalogUrl = urls.page(feedPaths.catalog)
  const files: PublishedFile[] = []
  const add = (cut: { files: PublishedFile[]; note: FeedNote | null }) => {
    files.push(...cut.files)
    if (cut.note) notes.push(cut.note)
  }
  add(
    feedFiles(
      feedPaths.catalog,
      {
        title: site.title,
        description: site.description,
        link: urls.page(''),
        language: site.language,
        selfUrl: catalogUrl,
        podcastGuid: podcastGuid(catalogUrl),
        artwork: null,
        author: site.title,
        podcast: defaultShowPodcast,
        hosts: [],
        urls,
      },
      all,
      { urls, perPage, always: true, bytesLimit, about: { kind: 'site' } },
    ),
  )
  for (const show of catalog.shows) {
    const items = byShow.get(show.slug)
    if (!items) continue
    notes.push(...artworkNotes(show))
    const selfUrl = urls.page(feedPaths.show(show.slug))
    const hostNames = show.hosts.map((host) => host.name).join(', ')
    const channel: FeedChannel = {
      title: show.name,
      description: show.description || site.description,
      link: urls.page(`shows/${show.slug}`),
      language: site.language,
      selfUrl,
      podcastGuid: podcastGuid(selfUrl),
      artwork: show.artwork && { ...show.artwork, url: urls.absolute(show.artwork.url) },
      author: show.podcast.author || hostNames || site.title,
      podcast: show.podcast,
      hosts: show.hosts,
      urls,
    }
    add(
      feedFiles(feedPaths.show(show.slug), channel, items, {
        urls,
        perPage,
        always: false,
        bytesLimit,
        about: { kind: 'show', slug: show.slug },
      }),
    )
  }
  files.push(...catalog.chapters)
  return { files, notes }
}
