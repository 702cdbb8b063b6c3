import type { PublishedFile } from '../compile/published-file.ts'
import type { PodcastEpisodeType } from '../compile/schema.ts'
import type { CatalogIndex, EpisodeDocument, SiteInfo, TranscriptFile } from '../documents.ts'
import { chaptersFile } from './chapters-file.ts'
import { type FeedPerson, type FeedShow, feedPerson, feedShow } from './feed-input.ts'
import { cutDescription } from './feed-text.ts'
import { feedPaths } from './feed-urls.ts'

/** What a feed item needs of an episode: its document is not kept whole. */
export interface FeedEpisode {
  id: string
  slug: string
  title: string
  /** At most 4,000 bytes of HTML. */
  descriptionHtml: string
  publishedAt: string
  duration: number
  audioUrl: string | null
  audioFileSize: number | null
  episode: number | null
  season: number | null
  episodeType: PodcastEpisodeType | null
  explicit: boolean | null
  show: string | null
  guests: FeedPerson[]
  /** Path of its chapters file, when it has chapters. */
  chaptersPath: string | null
  /** The transcript files the build published for it (root-relative or absolute URLs). */
  transcripts: TranscriptFile[]
  /** Its own artwork: the URL it was downloaded from, else the site's copy (root-relative). */
  image: string | null
}

export interface FeedCatalog {
  site: SiteInfo
  shows: FeedShow[]
  /** Newest first. */
  episodes: FeedEpisode[]
  chapters: PublishedFile[]
}

function feedEpisode(episode: EpisodeDocument): FeedEpisode {
  return {
    id: episode.id,
    slug: episode.slug,
    title: episode.title,
    descriptionHtml: cutDescription(episode.descriptionHtml, episode.description),
    publishedAt: episode.publishedAt,
    duration: episode.duration,
    audioUrl: episode.audioUrl,
    audioFileSize: episode.audioFileSize,
    episode: episode.episode,
    season: episode.season,
    episodeType: episode.episodeType,
    explicit: episode.explicit,
    show: episode.show?.slug ?? null,
    guests: episode.guests.map(feedPerson),
    chaptersPath: episode.chapters.length > 0 ? feedPaths.chapters(episode.slug) : null,
    // Documents compiled before transcripts existed have no key at all.
    transcripts: episode.transcript?.files ?? [],
    image: episode.image && (episode.image.source ?? episode.image.url2x ?? episode.image.url),
  }
}

/**
 * Reads the compiled documents (`episodes.json` and `episodes/<slug>.json`) one
 * episode at a time, keeping what the feeds need and each chapters file.
 */
export function readFeedCatalog(documents: ReadonlyMap<string, string>): FeedCatalog {
  const index = JSON.parse(documents.get('episodes.json') ?? 'null') as CatalogIndex | null
  if (!index) throw new Error('The compiled documents have no episodes.json')
  const episodes: FeedEpisode[] = []
  const chapters: PublishedFile[] = []
  for (const summary of index.episodes) {
    const json = documents.get(`episodes/${summary.slug}.json`)
    if (json === undefined)
      throw new Error(`The compiled documents miss episodes/${summary.slug}.json`)
    const episode = JSON.parse(json) as EpisodeDocument
    const feed = feedEpisode(episode)
    episodes.push(feed)
    if (feed.chaptersPath) {
      chapters.push({
        path: feed.chaptersPath,
        content: JSON.stringify(chaptersFile(episode.chapters)),
      })
    }
  }
  return { site: index.site, shows: index.facets.shows.map(feedShow), episodes, chapters }
}
