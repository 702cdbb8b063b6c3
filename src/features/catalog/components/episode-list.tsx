import { useEffect, useMemo } from 'react'
import type { BrowseCard } from '../../../content/documents.ts'
import { useWindowList } from '../hooks/use-window-list.ts'
import type { ResultMoment } from '../search/static/result-moment.ts'
import type { EpisodeCardSlots } from './card-slots.ts'
import { EpisodeCard } from './episode-card.tsx'

export interface EpisodeEntry {
  /** Stable for the episode across result sets: its heights are remembered by it. */
  key: number
  episode: BrowseCard
  moment?: ResultMoment | null
}

interface EpisodeListProps {
  /** The episodes loaded so far, in display order. */
  entries: readonly EpisodeEntry[]
  /** Episodes in the whole list, when more than `entries` will load. */
  total?: number
  /** Asked for when the listener nears the last loaded episode and more are to come. */
  onNearEnd?: () => void
  slots: EpisodeCardSlots
  label: string
  headingLevel: 2 | 3
}

// A page's worth of cards is drawn before any is measured, so that a prerendered page
// shows readers without JavaScript every episode it lists.
const windowing = { estimate: 210, gap: 16, overscan: 3, initial: 24 }

/**
 * Only the cards near the viewport are in the DOM, whatever the catalog size;
 * the page itself scrolls, the list taking its full height. Each item says its
 * position in the whole list, so a screen reader counts what is not loaded yet.
 */
export function EpisodeList({
  entries,
  total = entries.length,
  onNearEnd,
  slots,
  label,
  headingLevel,
}: EpisodeListProps) {
  const keys = useMemo(() => Int32Array.from(entries, (entry) => entry.key), [entries])
  const { listRef, items, totalHeight, measure, flowing, lastInRange } = useWindowList(
    keys,
    windowing,
  )
  const nearEnd = entries.length < total && lastInRange >= entries.length - 1
  useEffect(() => {
    if (nearEnd) onNearEnd?.()
  }, [nearEnd, onNearEnd])
  return (
    <ul
      ref={listRef}
      aria-label={label}
      className={flowing ? 'flex flex-col gap-4' : 'relative'}
      style={flowing ? undefined : { height: totalHeight }}
    >
      {items.map((item) => {
        const entry = entries[item.index]
        if (!entry) return null
        return (
          <li
            key={entry.episode.slug}
            data-key={item.key}
            ref={measure}
            aria-setsize={total}
            aria-posinset={item.index + 1}
            className={flowing ? undefined : 'absolute inset-x-0 top-0'}
            style={flowing ? undefined : { transform: `translateY(${item.start}px)` }}
          >
            <EpisodeCard
              episode={entry.episode}
              slots={slots}
              moment={entry.moment ?? null}
              headingLevel={headingLevel}
            />
          </li>
        )
      })}
    </ul>
  )
}
