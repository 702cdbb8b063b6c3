import { useSyncExternalStore } from 'react'
import { playerStore, serverPlayerState } from '../store/player-store.ts'
import type { PlayerState } from '../store/player-types.ts'

/** One narrow slice of the player's state; the component re-renders only when that slice changes. */
export function usePlayer<T>(select: (state: PlayerState) => T): T {
  return useSyncExternalStore(
    playerStore.subscribe,
    () => select(playerStore.getState()),
    // Hydration renders what the server did; remembered settings show right after.
    () => select(serverPlayerState),
  )
}
