import { useSyncExternalStore } from 'react'
import { emptyQueueState, type QueueState } from '../store/create-queue-store.ts'
import { queueStore } from '../store/player-store.ts'

/** One narrow slice of the "Up next" queue; the server and hydration see an empty queue. */
export function useQueue<T>(select: (state: QueueState) => T): T {
  return useSyncExternalStore(
    queueStore.subscribe,
    () => select(queueStore.getState()),
    () => select(emptyQueueState),
  )
}
