import type { CatalogModel } from '../filters/catalog-model.ts'
import { useWindowList } from '../hooks/use-window-list.ts'
import type { ChapterHit } from '../search/chapter-hit.ts'
import type { EpisodeCardSlots } from './card-slots.ts'
import { EpisodeCard } from './episode-card.tsx'

interface EpisodeListProps {
  model: CatalogModel
  /** Indexes into `model.episodes`, in display order. */
  episodes: Int32Array
  slots: EpisodeCardSlots
  label: string
  headingLevel: 2 | 3
  chapterHit?: (episode: number) => ChapterHit | null
}

const windowing = { estimate: 210, gap: 16, overscan: 3 }

/**
 * Only the cards near the viewport are in the DOM, whatever the catalog size;
 * the page itself scrolls, the list taking its full height.
 */
export function EpisodeList({
  model,
  episodes,
  slots,
  label,
  headingLevel,
  chapterHit,
}: EpisodeListProps) {
  const { listRef, items, totalHeight, measure, flowing } = useWindowList(episodes, windowing)
  return (
    <ul
      ref={listRef}
      aria-label={label}
      className={flowing ? 'flex flex-col gap-4' : 'relative'}
      style={flowing ? undefined : { height: totalHeight }}
    >
      {items.map((item) => {
        const episode = model.episodes[item.key]
        if (!episode) return null
        return (
          <li
            key={episode.slug}
            data-key={item.key}
            ref={measure}
            className={flowing ? undefined : 'absolute inset-x-0 top-0'}
            style={flowing ? undefined : { transform: `translateY(${item.start}px)` }}
          >
            <EpisodeCard
              episode={episode}
              model={model}
              slots={slots}
              chapterHit={chapterHit?.(item.key) ?? null}
              headingLevel={headingLevel}
            />
          </li>
        )
      })}
    </ul>
  )
}
