import { createListeners } from './listeners.ts'
import type { PlayerEpisode } from './player-types.ts'
import type { KeyValueStorage } from './safe-storage.ts'
import { readQueue, writeQueue } from './stored-queue.ts'

export interface QueueState {
  /** The episodes to play next, first one first. */
  entries: readonly PlayerEpisode[]
  /** What the polite live region says about the queue's last change. */
  announcement: string
}

export const emptyQueueState: QueueState = { entries: [], announcement: '' }

/** The "Up next" queue: a list of episodes, remembered in `storage` after every change. */
export function createQueueStore(storage: KeyValueStorage | null) {
  let state: QueueState = { ...emptyQueueState, entries: readQueue(storage) }
  const listeners = createListeners()

  function set(entries: readonly PlayerEpisode[], announcement: string) {
    state = { entries, announcement }
    writeQueue(storage, entries)
    listeners.notify()
  }
  const indexOf = (slug: string) => state.entries.findIndex((entry) => entry.slug === slug)

  /** Moves an entry to position `to` (0 is first) and says where it went; out of range does nothing. */
  function moveTo(slug: string, to: number) {
    const from = indexOf(slug)
    const moving = state.entries[from]
    const count = state.entries.length
    if (!moving || to === from || to < 0 || to >= count) return
    const entries = state.entries.filter((entry) => entry !== moving)
    entries.splice(to, 0, moving)
    set(entries, `${moving.title} moved to position ${to + 1} of ${count}`)
  }

  return {
    getState: () => state,
    subscribe: listeners.subscribe,
    has: (slug: string) => indexOf(slug) !== -1,
    /** Adds at the end; an episode already queued keeps its place. */
    add(episode: PlayerEpisode) {
      if (indexOf(episode.slug) !== -1) return
      const count = state.entries.length + 1
      set(
        [...state.entries, episode],
        `${episode.title} added to Up next, position ${count} of ${count}`,
      )
    },
    remove(slug: string) {
      const removed = state.entries[indexOf(slug)]
      if (removed)
        set(
          state.entries.filter((entry) => entry !== removed),
          `${removed.title} removed from Up next`,
        )
    },
    /** Moves an entry one place towards the start (-1) or the end (+1). */
    move(slug: string, by: -1 | 1) {
      const from = indexOf(slug)
      if (from !== -1) moveTo(slug, from + by)
    },
    moveTo,
    clear() {
      if (state.entries.length > 0) set([], 'Up next cleared')
    },
    /** Takes the first entry off the queue and announces it; null when the queue is empty. */
    takeNext(): PlayerEpisode | null {
      const [next, ...rest] = state.entries
      if (!next) return null
      set(rest, `Now playing ${next.title}`)
      return next
    },
  }
}

export type QueueStore = ReturnType<typeof createQueueStore>
