import { siteRootUrl } from '../../lib/embed-snippet.ts'
import type { PublishedFile } from '../compile/published-file.ts'
import type { EpisodeDocument, SiteInfo } from '../documents.ts'
import { oembedDocuments } from './oembed-documents.ts'

interface OEmbedInput {
  /** Read as the files are written; only once. */
  episodes: Iterable<EpisodeDocument>
  site: SiteInfo
  /** Vite's base path. */
  base: string
}

/**
 * The oEmbed documents, where the site's address (`baseUrl`) is known: they
 * must hold absolute URLs. Without it, a warning says what to set.
 */
export function oembedFiles(input: OEmbedInput): {
  files: Iterable<PublishedFile>
  warning: string | null
} {
  const { episodes, site, base } = input
  if (!site.baseUrl) {
    const warning = !episodes[Symbol.iterator]().next().done
      ? 'site.yaml has no baseUrl, so no oEmbed documents were written: set baseUrl to the address of the site, such as https://podcast.example.com/'
      : null
    return { files: [], warning }
  }
  return { files: oembedDocuments(episodes, site, siteRootUrl(site.baseUrl, base)), warning: null }
}
