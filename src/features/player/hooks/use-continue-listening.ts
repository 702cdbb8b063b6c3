import { useMemo, useSyncExternalStore } from 'react'
import type { EpisodeProgress } from '../store/listening-progress.ts'
import { listeningProgress } from '../store/player-store.ts'

// Storage is the browser's: the server and hydration render an empty list, then it fills.
const serverVersion = () => -1

/** Started, unfinished episodes, most recent first. */
export function useContinueListening(): EpisodeProgress[] {
  const version = useSyncExternalStore(
    listeningProgress.subscribe,
    listeningProgress.version,
    serverVersion,
  )
  // The version stands for the stored entries.
  return useMemo(
    () => (version === serverVersion() ? [] : listeningProgress.continueListening()),
    [version],
  )
}
