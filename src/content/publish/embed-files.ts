import { siteRootUrl } from '../../lib/embed-snippet.ts'
import type { EpisodeDocument, SiteInfo } from '../documents.ts'
import { embedPages } from './embed-pages.ts'
import { oembedDocuments } from './oembed-documents.ts'
import type { PublishedFile } from './published-file.ts'

interface EmbedInput {
  episodes: readonly EpisodeDocument[]
  site: SiteInfo
  /** Vite's base path. */
  base: string
  /** The built embed page, or null when the build has none. */
  embedHtml: string | null
}

/**
 * What other sites need to embed the episodes: a player page per episode, and
 * oEmbed documents where the site's address (`baseUrl`) is known, since they
 * must hold absolute URLs. Without it, a warning says what to set.
 */
export function embedFiles(input: EmbedInput): { files: PublishedFile[]; warning: string | null } {
  const { episodes, site, base, embedHtml } = input
  const pages = embedHtml === null ? [] : embedPages(episodes, embedHtml)
  if (!site.baseUrl) {
    const warning =
      episodes.length > 0
        ? 'site.yaml has no baseUrl, so no oEmbed documents were written: set baseUrl to the address of the site, such as https://podcast.example.com/'
        : null
    return { files: pages, warning }
  }
  const root = siteRootUrl(site.baseUrl, base)
  return { files: [...pages, ...oembedDocuments(episodes, site, root)], warning: null }
}
