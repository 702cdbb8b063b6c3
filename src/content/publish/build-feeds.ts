import { resolve } from 'node:path'
import type { CompileResult } from '../compile/compile-catalog.ts'
import { locateInFile } from '../compile/duplicates.ts'
import type { PublishedFile } from '../compile/published-file.ts'
import { type FindAudioSizesOptions, findAudioSizes } from '../read/audio-sizes.ts'
import type { ContentProblem } from '../read/problems.ts'
import { locateField } from '../read/raw-entry.ts'
import { locateInYamlFile } from '../read/yaml/locate-in-yaml-file.ts'
import { formatFieldPath } from '../read/yaml/yaml-locator.ts'
import { readFeedCatalog } from './feed-catalog.ts'
import type { FeedNote } from './feed-notes.ts'
import { publishFeeds } from './publish-feeds.ts'

export interface BuiltFeeds {
  files: PublishedFile[]
  /** Warnings about the feeds, located in the catalog's files. */
  problems: ContentProblem[]
}

function locate(note: FeedNote, result: CompileResult): ContentProblem {
  const { about, field, message } = note
  const problem = { severity: 'warning' as const, field, message, code: note.code ?? 'feed' }
  if (about.kind === 'episode') {
    const file = result.episodeFiles.get(about.slug) ?? result.siteFile
    return { ...problem, file, ...locateInFile(resolve(file), field) }
  }
  const source = about.kind === 'show' ? result.showSources.get(about.slug) : undefined
  if (source) {
    const path = [...source.prefix, field]
    return {
      ...problem,
      file: source.file,
      field: formatFieldPath(path),
      ...locateField(source, [field]),
    }
  }
  return {
    ...problem,
    file: result.siteFile,
    ...locateInYamlFile(resolve(result.siteFile), [field]),
  }
}

/**
 * The feeds and chapters files of a compiled catalog, with the sizes of audio
 * files that have no `audioFileSize` found first (see findAudioSizes).
 */
export async function buildFeeds(
  result: CompileResult,
  options: FindAudioSizesOptions,
): Promise<BuiltFeeds> {
  const catalog = readFeedCatalog(result.documents)
  const unsized = catalog.site.baseUrl
    ? catalog.episodes.flatMap((e) => (e.audioUrl && e.audioFileSize === null ? [e.audioUrl] : []))
    : []
  const audio = await findAudioSizes(unsized, options)
  const { files, notes } = publishFeeds(catalog, {
    base: options.base,
    audio,
    ...(result.feedItemLimit !== null && { feedItemLimit: result.feedItemLimit }),
  })
  return { files, problems: notes.map((note) => locate(note, result)) }
}
