import { clamp } from '../lib/clamp.ts'
import { createListeners } from './listeners.ts'
import { finiteIn, isRecord, type KeyValueStorage, readJson, writeJson } from './safe-storage.ts'

/** What is remembered about one started episode. */
export interface EpisodeProgress {
  slug: string
  title: string
  position: number
  duration: number
  played: boolean
  updatedAt: number
}

const KEY = 'podcast-player:progress'
const MAX_ENTRIES = 200
const NEAR_END = 30

function validEntry(slug: string, value: unknown): EpisodeProgress | null {
  if (!isRecord(value) || !/^[a-z0-9-]{1,200}$/.test(slug)) return null
  const { title, position, duration, played, updatedAt } = value
  if (typeof title !== 'string' || typeof played !== 'boolean') return null
  if (!finiteIn(duration, 0, 1e6) || !finiteIn(position, 0, duration)) return null
  if (!finiteIn(updatedAt, 0, Number.MAX_SAFE_INTEGER)) return null
  return { slug, title: title.slice(0, 500), position, duration, played, updatedAt }
}

/**
 * Every started episode's position and played flag, kept in memory and
 * written through to storage. Listeners hear about every change.
 */
export function createListeningProgress(storage: KeyValueStorage | null) {
  const stored = readJson(storage, KEY)
  let entries = new Map<string, EpisodeProgress>()
  if (isRecord(stored)) {
    for (const [slug, value] of Object.entries(stored)) {
      const entry = validEntry(slug, value)
      if (entry) entries.set(slug, entry)
    }
  }
  const listeners = createListeners()
  let version = 0

  function save(entry: EpisodeProgress) {
    entries.delete(entry.slug)
    entries.set(entry.slug, entry)
    if (entries.size > MAX_ENTRIES) {
      const newest = [...entries.values()].sort((a, b) => b.updatedAt - a.updatedAt)
      entries = new Map(newest.slice(0, MAX_ENTRIES).map((kept) => [kept.slug, kept]))
    }
    writeJson(storage, KEY, Object.fromEntries(entries))
    version += 1
    listeners.notify()
  }

  return {
    get: (slug: string): EpisodeProgress | null => entries.get(slug) ?? null,
    /** Position to start from when the episode is opened again (0 once it was finished). */
    resumePosition(slug: string): number {
      const entry = entries.get(slug)
      if (!entry || entry.duration - entry.position < NEAR_END) return 0
      return entry.position
    },
    savePosition(
      episode: { slug: string; title: string; duration: number },
      position: number,
      now: number,
    ) {
      const previous = entries.get(episode.slug)
      const duration = Math.max(episode.duration, 0)
      save({
        slug: episode.slug,
        title: episode.title,
        duration,
        position: clamp(position, 0, duration),
        played: previous?.played ?? false,
        updatedAt: now,
      })
    },
    markPlayed(episode: { slug: string; title: string; duration: number }, now: number) {
      save({ ...episode, position: 0, played: true, updatedAt: now })
    },
    /** Started, unfinished episodes, most recently listened first. */
    continueListening(limit = 6): EpisodeProgress[] {
      return [...entries.values()]
        .filter((entry) => entry.position > 0 && entry.duration - entry.position >= NEAR_END)
        .sort((a, b) => b.updatedAt - a.updatedAt)
        .slice(0, limit)
    },
    /** Changes with every save: a cheap snapshot for React. */
    version: () => version,
    subscribe: listeners.subscribe,
  }
}

export type ListeningProgress = ReturnType<typeof createListeningProgress>
