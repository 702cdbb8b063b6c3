import { useCallback, useSyncExternalStore } from 'react'
import type { CurrentParagraph } from '../lib/current-paragraph.ts'

const none = () => false

/** Whether paragraph `index` is being spoken; re-renders only when that answer changes. */
export function useIsCurrentParagraph(tracker: CurrentParagraph, index: number): boolean {
  const subscribe = useCallback(
    (listener: () => void) => tracker.subscribeParagraph(index, listener),
    [tracker, index],
  )
  // The server, and hydration, render no paragraph as current.
  return useSyncExternalStore(subscribe, () => tracker.current() === index, none)
}
