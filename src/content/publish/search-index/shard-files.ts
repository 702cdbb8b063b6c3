import { momentPath, shardPath } from '../../../features/catalog/search/static/index-layout.ts'
import { shardKey } from '../../../features/catalog/search/static/index-terms.ts'
import type { IndexFile } from './search-index-files.ts'
import type { TermPostings } from './term-postings.ts'
import { encodeMoments, encodeTermShard } from './term-shard-encoding.ts'

type Entries = Array<[string, TermPostings]>

export interface ShardSizes {
  /** Above this many bytes a shard is split by its words' next letter, while it can be. */
  shardBytes: number
  /** About this many bytes per moment file: more files for a shard whose words are everywhere. */
  momentBytes: number
}

const characters = (term: string) => [...term]

/** A shard too large is split by the next letter; its words no longer than the key stay. */
function* split(key: string, entries: Entries, limit: number): Generator<[string, Entries]> {
  const length = characters(key).length
  const longer = entries.filter(([term]) => characters(term).length > length)
  if (longer.length === 0 || encodeTermShard(entries, 0).length <= limit) {
    yield [key, entries]
    return
  }
  const own = entries.filter(([term]) => characters(term).length === length)
  if (own.length > 0) yield [key, own]
  const next = new Map<string, Entries>()
  for (const entry of longer) {
    const sub = characters(entry[0])
      .slice(0, length + 1)
      .join('')
    const shard = next.get(sub)
    if (shard) shard.push(entry)
    else next.set(sub, [entry])
  }
  for (const [sub, subEntries] of next) yield* split(sub, subEntries, limit)
}

function* shardWithMoments(
  key: string,
  entries: Entries,
  episodes: number,
  momentBytes: number,
): Generator<IndexFile> {
  const all = encodeMoments(entries, 0, episodes)
  const empty = entries.every(([, p]) => p.chapters.length + p.transcriptEpisodes.length === 0)
  const blocks = empty ? 0 : Math.max(1, Math.ceil(all.length / momentBytes))
  const momentBlock = blocks === 0 ? 0 : Math.ceil(episodes / blocks)
  yield { path: shardPath(key), bytes: encodeTermShard(entries, momentBlock) }
  for (let block = 0; block < blocks; block++) {
    const from = block * momentBlock
    const bytes = encodeMoments(entries, from, Math.min(episodes, from + momentBlock))
    yield { path: momentPath(key, block), bytes }
  }
}

const byTerm = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0)

/** The term shards and their moment files; returns the shard keys. */
export function* shardFiles(
  terms: Map<string, TermPostings>,
  episodes: number,
  sizes: ShardSizes,
): Generator<IndexFile, string[]> {
  const byKey = new Map<string, Entries>()
  for (const entry of terms) {
    const key = shardKey(entry[0])
    const shard = byKey.get(key)
    if (shard) shard.push(entry)
    else byKey.set(key, [entry])
  }
  const keys: string[] = []
  for (const [key, entries] of byKey) {
    for (const [shard, shardEntries] of split(key, entries.sort(byTerm), sizes.shardBytes)) {
      keys.push(shard)
      yield* shardWithMoments(shard, shardEntries, episodes, sizes.momentBytes)
    }
  }
  return keys.sort()
}
