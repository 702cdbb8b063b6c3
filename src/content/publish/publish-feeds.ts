import { artworkNotes } from './artwork-notes.ts'
import { audioType } from './audio-type.ts'
import { type AudioSizes, enclosureLengths } from './enclosure-lengths.ts'
import type { FeedCatalog, FeedEpisode } from './feed-catalog.ts'
import { defaultShowPodcast } from './feed-input.ts'
import type { FeedNote } from './feed-notes.ts'
import { feedPaths, podcastGuid, siteUrls } from './feed-urls.ts'
import type { PublishedFile } from './published-file.ts'
import { type FeedItem, feedItem, renderRssFeed } from './rss-feed.ts'

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

/**
 * The podcast feeds of a compiled catalog: `feed.xml` with every published
 * episode that has audio, `feeds/<show>.xml` for each show with such episodes,
 * and `episodes/<slug>/chapters.json` for each episode with chapters. Without
 * the site's address (`site.baseUrl`) there are no feeds, only a note saying why.
 */
export function publishFeeds(
  catalog: FeedCatalog,
  options: { base: string; audio: AudioSizes },
): PublishedFeeds {
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
  const files: PublishedFile[] = [
    {
      path: feedPaths.catalog,
      content: renderRssFeed(
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
      ),
    },
  ]
  for (const show of catalog.shows) {
    const items = byShow.get(show.slug)
    if (!items) continue
    notes.push(...artworkNotes(show))
    const selfUrl = urls.page(feedPaths.show(show.slug))
    const hostNames = show.hosts.map((host) => host.name).join(', ')
    const content = renderRssFeed(
      {
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
      },
      items,
    )
    files.push({ path: feedPaths.show(show.slug), content })
  }
  files.push(...catalog.chapters)
  return { files, notes }
}
