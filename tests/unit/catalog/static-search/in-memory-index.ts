import {
  type EpisodeToIndex,
  type IndexLayout,
  searchIndexFiles,
} from '../../../../src/content/publish/search-index/search-index-files.ts'
import type { FetchPart } from '../../../../src/features/catalog/search/static/index-parts.ts'

/** The index of `episodes` held in memory, with a fetch that records every path asked for. */
export function inMemoryIndex(episodes: Iterable<EpisodeToIndex>, layout?: IndexLayout) {
  const files = new Map<string, ArrayBuffer | string>()
  for (const file of searchIndexFiles(episodes, layout)) {
    if ('text' in file) files.set(file.path, file.text)
    else files.set(file.path, file.bytes.slice().buffer)
  }
  const fetched: string[] = []
  const fetchPart: FetchPart = async (path) => {
    fetched.push(path)
    const part = files.get(path)
    if (part === undefined) throw new Error(`no index part at ${path}`)
    return part
  }
  return { files, fetched, fetchPart }
}
