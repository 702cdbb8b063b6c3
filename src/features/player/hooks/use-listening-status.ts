import { useSyncExternalStore } from 'react'
import { listeningProgress } from '../store/player-store.ts'

export type ListeningMark = 'played' | 'in-progress' | null

const nothingPlayed = (): ListeningMark => null

/** Whether this episode was finished, started, or never played. */
export function useListeningStatus(slug: string): ListeningMark {
  const read = (): ListeningMark => {
    const entry = listeningProgress.get(slug)
    if (entry?.played) return 'played'
    return entry && entry.position > 0 ? 'in-progress' : null
  }
  // Storage is the browser's: the server and hydration render "never played", then it shows.
  return useSyncExternalStore(listeningProgress.subscribe, read, nothingPlayed)
}
