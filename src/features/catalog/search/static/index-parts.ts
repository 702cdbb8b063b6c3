import SearchableMap from 'minisearch/SearchableMap'
import {
  type ChapterRow,
  chapterPath,
  type IndexMeta,
  metaPath,
  momentPath,
  type PassageRow,
  passagePath,
  shardPath,
} from './index-layout.ts'
import { readMoments, readTermShard, type TermMoments, type TermShardData } from './term-shard.ts'

/** Fetches one part of the index by its path under the site root. */
export type FetchPart = (path: string) => Promise<ArrayBuffer | string>

export interface TermShard extends TermShardData {
  key: string
  /** The same words in a tree, for prefixes and typos. */
  words: SearchableMap<true>
}

export interface IndexParts {
  meta: () => Promise<IndexMeta>
  shard: (key: string) => Promise<TermShard>
  /** Where the shard's words are in chapter titles and transcripts, near the episode. */
  moments: (shard: TermShard, ordinal: number) => Promise<Map<string, TermMoments>>
  chapters: (ordinal: number) => Promise<ChapterRow[]>
  passage: (slug: string, passage: number) => Promise<PassageRow>
}

const asText = (part: ArrayBuffer | string) =>
  typeof part === 'string' ? part : new TextDecoder().decode(part)
const asBytes = (part: ArrayBuffer | string) =>
  typeof part === 'string' ? new TextEncoder().encode(part) : new Uint8Array(part)

/** Each part (by path or key) fetched once and parsed once; later asks share the same promise. */
function cached<T>(load: (path: string) => Promise<T>) {
  const parts = new Map<string, Promise<T>>()
  return (path: string) => {
    let part = parts.get(path)
    if (!part) {
      part = load(path)
      parts.set(path, part)
      part.catch(() => parts.delete(path))
    }
    return part
  }
}

function missing(what: string): never {
  throw new Error(`the search index has no ${what}; was it built from the same catalog?`)
}

/** The index's parts, fetched on demand through `fetchPart` and kept. */
export function createIndexParts(fetchPart: FetchPart): IndexParts {
  const json = cached(async (path) => JSON.parse(asText(await fetchPart(path))) as unknown)
  const shard = cached(async (key): Promise<TermShard> => {
    const data = readTermShard(asBytes(await fetchPart(shardPath(key))))
    const words = new SearchableMap<true>()
    for (const word of data.terms) words.set(word, true)
    return { ...data, key, words }
  })
  const momentFiles = cached(async (path) => asBytes(await fetchPart(path)))
  const parsedMoments = new Map<string, Map<string, TermMoments>>()
  const none = new Map<string, TermMoments>()
  const meta = () => json(metaPath) as Promise<IndexMeta>
  return {
    meta,
    shard,
    async moments(shard, ordinal) {
      if (shard.momentBlock === 0) return none
      const block = Math.floor(ordinal / shard.momentBlock)
      const path = momentPath(shard.key, block)
      const bytes = await momentFiles(path)
      let parsed = parsedMoments.get(path)
      if (!parsed) {
        parsed = readMoments(bytes, shard.terms, block * shard.momentBlock)
        parsedMoments.set(path, parsed)
      }
      return parsed
    },
    async chapters(ordinal) {
      const { chapterBlock } = await meta()
      const rows = (await json(chapterPath(Math.floor(ordinal / chapterBlock)))) as ChapterRow[][]
      return rows[ordinal % chapterBlock] ?? missing(`chapters for episode ${ordinal}`)
    },
    async passage(slug, passage) {
      const { passageSize } = await meta()
      const chunk = Math.floor(passage / passageSize)
      const rows = (await json(passagePath(slug, chunk))) as PassageRow[]
      return rows[passage % passageSize] ?? missing(`passage ${passage} of ${slug}`)
    },
  }
}
