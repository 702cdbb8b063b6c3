import { useSyncExternalStore } from 'react'
import { chapterIndexAt } from '../lib/chapter-at.ts'
import { playerStore } from '../store/player-store.ts'

const current = () => {
  const { episode, duration } = playerStore.getState()
  return episode ? chapterIndexAt(episode.chapters, playerStore.getPosition(), duration) : -1
}

// Cueing an episode moves the position before the episode is in the state: follow both.
const subscribe = (listener: () => void) => {
  const stopState = playerStore.subscribe(listener)
  const stopPosition = playerStore.subscribePosition(listener)
  return () => {
    stopState()
    stopPosition()
  }
}

/** Index of the chapter playing now (-1: none); re-renders only when the chapter changes. */
export function useCurrentChapterIndex(): number {
  return useSyncExternalStore(subscribe, current, current)
}
