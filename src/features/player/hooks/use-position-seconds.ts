import { useSyncExternalStore } from 'react'
import { playerStore } from '../store/player-store.ts'

const wholeSeconds = () => Math.floor(playerStore.getPosition())

/** The position in whole seconds: components showing time re-render once a second, not per frame. */
export function usePositionSeconds(): number {
  return useSyncExternalStore(playerStore.subscribePosition, wholeSeconds, wholeSeconds)
}
