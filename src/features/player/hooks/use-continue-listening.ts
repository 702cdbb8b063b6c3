import { useMemo, useSyncExternalStore } from 'react'
import type { EpisodeProgress } from '../store/listening-progress.ts'
import { listeningProgress } from '../store/player-store.ts'

/** Started, unfinished episodes, most recent first. */
export function useContinueListening(): EpisodeProgress[] {
  const version = useSyncExternalStore(
    listeningProgress.subscribe,
    listeningProgress.version,
    listeningProgress.version,
  )
  // biome-ignore lint/correctness/useExhaustiveDependencies: the version stands for the stored entries
  return useMemo(() => listeningProgress.continueListening(), [version])
}
