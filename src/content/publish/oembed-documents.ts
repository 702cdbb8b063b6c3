import { EMBED_HEIGHT, EMBED_WIDTH, embedSnippet, embedUrl } from '../../lib/embed-snippet.ts'
import type { PublishedFile } from '../compile/published-file.ts'
import type { EpisodeDocument, SiteInfo } from '../documents.ts'

/** An oEmbed 1.0 response of type "rich" (https://oembed.com/#section2.3). */
export interface OEmbedDocument {
  type: 'rich'
  version: '1.0'
  title: string
  author_name?: string
  provider_name: string
  provider_url: string
  thumbnail_url?: string
  thumbnail_width?: number
  thumbnail_height?: number
  html: string
  width: number
  height: number
}

const absolute = (url: string, siteRoot: string) => new URL(url, siteRoot).href

/** The oEmbed answer for one episode; `siteRoot` is the site's absolute root URL, ending in `/`. */
export function oembedDocument(
  episode: EpisodeDocument,
  site: SiteInfo,
  siteRoot: string,
): OEmbedDocument {
  const artwork = episode.show?.artwork ?? null
  return {
    type: 'rich',
    version: '1.0',
    title: episode.title,
    ...(episode.show ? { author_name: episode.show.name } : {}),
    provider_name: site.title,
    provider_url: siteRoot,
    // oEmbed asks for the thumbnail's size with its URL: without a known size, no thumbnail.
    ...(artwork && artwork.width !== null && artwork.height !== null
      ? {
          thumbnail_url: absolute(artwork.url, siteRoot),
          thumbnail_width: artwork.width,
          thumbnail_height: artwork.height,
        }
      : {}),
    html: embedSnippet(embedUrl(siteRoot, episode.slug), episode.title),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
  }
}

/** `episodes/<slug>/oembed.json` for every episode, made as they are asked for. */
export function* oembedDocuments(
  episodes: Iterable<EpisodeDocument>,
  site: SiteInfo,
  siteRoot: string,
): Generator<PublishedFile> {
  for (const episode of episodes) {
    yield {
      path: `episodes/${episode.slug}/oembed.json`,
      content: `${JSON.stringify(oembedDocument(episode, site, siteRoot), null, 2)}\n`,
    }
  }
}
