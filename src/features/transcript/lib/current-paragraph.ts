import type { TranscriptPlayback } from '../transcript-playback.ts'
import { paragraphIndexAt, type TimedParagraph } from './paragraph-at.ts'

type Listener = () => void

/** Which paragraph is being spoken, told only to the paragraphs it concerns. */
export interface CurrentParagraph {
  /** Index of the paragraph being spoken, -1 for none. */
  current(): number
  /** `listener` runs when paragraph `index` becomes, or stops being, current. */
  subscribeParagraph(index: number, listener: Listener): () => void
  /** `listener` runs whenever the current paragraph changes. */
  subscribeChange(listener: Listener): () => void
}

/**
 * Follows the player's position while anyone listens. On a position change it
 * does one binary search and wakes the listeners of two paragraphs at most
 * (the one left and the one entered), whatever the transcript's length.
 */
export function createCurrentParagraph(
  paragraphs: readonly TimedParagraph[],
  playback: TranscriptPlayback,
): CurrentParagraph {
  const byParagraph = new Map<number, Set<Listener>>()
  const onChange = new Set<Listener>()
  let index = -1
  let stop: (() => void) | null = null

  const indexNow = () => {
    const position = playback.position()
    return position === null ? -1 : paragraphIndexAt(paragraphs, position)
  }
  const update = () => {
    const next = indexNow()
    if (next === index) return
    const previous = index
    index = next
    for (const listener of byParagraph.get(previous) ?? []) listener()
    for (const listener of byParagraph.get(next) ?? []) listener()
    for (const listener of onChange) listener()
  }
  const listening = () => byParagraph.size > 0 || onChange.size > 0
  const start = () => {
    if (stop) return
    index = indexNow()
    stop = playback.subscribe(update)
  }
  const stopIfIdle = () => {
    if (listening() || !stop) return
    stop()
    stop = null
  }

  return {
    current: () => (stop ? index : indexNow()),
    subscribeParagraph(at, listener) {
      const set = byParagraph.get(at) ?? new Set()
      set.add(listener)
      byParagraph.set(at, set)
      start()
      return () => {
        set.delete(listener)
        if (set.size === 0) byParagraph.delete(at)
        stopIfIdle()
      }
    },
    subscribeChange(listener) {
      onChange.add(listener)
      start()
      return () => {
        onChange.delete(listener)
        stopIfIdle()
      }
    },
  }
}
