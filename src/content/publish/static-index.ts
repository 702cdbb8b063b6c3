import { browsePaths } from '../../lib/browse-index/browse-index-layout.ts'
import { buildOf, entryPartOf, partPathIn, withBuild } from '../../lib/static-index/part-builds.ts'
import type { BrowseIndexFile } from './browse-index/browse-index-file.ts'
import { browseIndexFiles } from './browse-index/browse-index-files.ts'
import type { PageSource } from './page-routes.ts'
import type { EpisodeToIndex } from './search-index/search-index-files.ts'
import { searchIndexFiles } from './search-index/search-index-files.ts'

/** A file of the static index: a path under the site's root and its bytes or text. */
export type StaticIndexFile = BrowseIndexFile

/** The folders the static index lives in, under the site's `data/`. */
export const STATIC_INDEX_FOLDERS = ['data/browse/', 'data/search/'] as const

/** Each published episode's document and transcript, newest first, read one at a time. */
function* episodesToIndex(source: PageSource): Generator<EpisodeToIndex> {
  for (const { slug } of source.catalog.episodes) {
    const episode = source.episode(slug)
    const transcript = episode.transcript ? (source.transcript(slug)?.paragraphs ?? null) : null
    yield { episode, transcript }
  }
}

/** The files of both indexes, as their generators make them: parts at their plain paths. */
function* indexFiles(source: PageSource): Generator<StaticIndexFile> {
  yield* browseIndexFiles(source.catalog)
  for (const file of searchIndexFiles(episodesToIndex(source))) {
    yield { path: file.path, content: 'bytes' in file ? file.bytes : file.text }
  }
}

/**
 * The browse index (`data/browse/`) and the search index (`data/search/`) of
 * the catalog, one file at a time, so that a build can write each as it comes:
 * both number episodes as the catalog lists them, newest first, so a search's
 * order filters the browse index directly. Transcripts are read one episode at
 * a time and dropped.
 *
 * Every part but the two entry parts is written under the build's folder, which
 * the entry parts name (see part-builds.ts): the build the prerendered pages
 * carry in their browse entry part.
 */
export function* staticIndexFiles(source: PageSource): Generator<StaticIndexFile> {
  const build = buildOf(source.indexPart(browsePaths.meta) ?? '{}')
  if (build === null) throw new Error('The browse index entry part names no build')
  for (const file of indexFiles(source)) {
    if (entryPartOf(file.path) !== null) {
      yield { path: partPathIn(file.path, build), content: file.content }
    } else {
      yield { path: file.path, content: withBuild(String(file.content), build) }
    }
  }
}
