import type { TimedChapter } from '../lib/chapter-at.ts'
import type { PlayerEpisode } from './player-types.ts'
import { finiteIn, isRecord, type KeyValueStorage, readJson, writeJson } from './safe-storage.ts'

const KEY = 'podcast-player:queue'
const MAX_ENTRIES = 200

const stringOrNull = (value: unknown): value is string | null =>
  value === null || typeof value === 'string'

function toChapters(value: unknown): TimedChapter[] | null {
  if (!Array.isArray(value)) return null
  const chapters: TimedChapter[] = []
  for (const item of value) {
    if (!isRecord(item) || typeof item.title !== 'string') return null
    if (!finiteIn(item.startTime, 0, Number.MAX_SAFE_INTEGER)) return null
    chapters.push({ startTime: item.startTime, title: item.title })
  }
  return chapters
}

/** One remembered entry, or null when anything in it is not what the player needs. */
function toEpisode(value: unknown): PlayerEpisode | null {
  if (!isRecord(value)) return null
  const { slug, title, audioUrl, duration, showName, artwork } = value
  const chapters = toChapters(value.chapters)
  if (typeof slug !== 'string' || !slug || typeof title !== 'string') return null
  if (typeof audioUrl !== 'string' || !audioUrl || !chapters) return null
  if (!finiteIn(duration, 0, Number.MAX_SAFE_INTEGER)) return null
  if (!stringOrNull(showName) || !stringOrNull(artwork)) return null
  return { slug, title, audioUrl, duration, chapters, showName, artwork }
}

/** The remembered queue; invalid entries and repeats are dropped, the rest kept in order. */
export function readQueue(storage: KeyValueStorage | null): PlayerEpisode[] {
  const stored = readJson(storage, KEY)
  if (!Array.isArray(stored)) return []
  const seen = new Set<string>()
  const entries: PlayerEpisode[] = []
  for (const item of stored.slice(0, MAX_ENTRIES)) {
    const episode = toEpisode(item)
    if (!episode || seen.has(episode.slug)) continue
    seen.add(episode.slug)
    entries.push(episode)
  }
  return entries
}

export function writeQueue(storage: KeyValueStorage | null, entries: readonly PlayerEpisode[]) {
  writeJson(storage, KEY, entries)
}
