import { useSyncExternalStore } from 'react'
import { playerStore } from '../store/player-store.ts'
import type { PlayerState } from '../store/player-types.ts'

/** One narrow slice of the player's state; the component re-renders only when that slice changes. */
export function usePlayer<T>(select: (state: PlayerState) => T): T {
  return useSyncExternalStore(
    playerStore.subscribe,
    () => select(playerStore.getState()),
    () => select(playerStore.getState()),
  )
}
