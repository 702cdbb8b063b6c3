/**
 * Where the static search index keeps its parts, under `data/search/`. Term
 * shards are binary; the others are JSON. Ordinals are positions in the
 * catalog's newest-first episode list.
 */
export interface IndexMeta {
  episodes: number
  /** Episodes per chapter file (`chapters/<n>.json`). */
  chapterBlock: number
  /** Transcript passages per file (`passages/<slug>/<n>.json`): paragraphs that first say a word. */
  passageSize: number
  /**
   * Shard keys that have a file, so that a word with none costs no request.
   * A word lives in the shard of the longest key it starts with: two letters,
   * or more where a shard grew too large and was split by the next letter.
   */
  shards: string[]
}

/** One episode's chapters as `[startTime, title]`. */
export type ChapterRow = [startTime: number, title: string]
/** One transcript passage (a paragraph) as `[start, text]`. */
export type PassageRow = [start: number, text: string]

export const metaPath = 'data/search/meta.json'

/** Keeps plain keys readable and gives any other key a name every file system takes. */
function fileName(key: string): string {
  if (/^[a-z0-9]+$/.test(key)) return key
  const bytes = new TextEncoder().encode(key)
  return `_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`
}

export const shardPath = (key: string) => `data/search/terms/${fileName(key)}.bin`
/** Where a shard's words were said or titled a chapter, for one block of episodes. */
export const momentPath = (key: string, block: number) =>
  `data/search/moments/${fileName(key)}/${block}.bin`
export const chapterPath = (block: number) => `data/search/chapters/${block}.json`
export const passagePath = (slug: string, chunk: number) =>
  `data/search/passages/${slug}/${chunk}.json`
