import { type KeyboardEvent, useMemo, useState } from 'react'
import { formatClock } from '../../../lib/format-clock.ts'
import { usePlayer } from '../hooks/use-player.ts'
import { clamp } from '../lib/clamp.ts'
import { playerStore } from '../store/player-store.ts'

/**
 * A tick above the seek slider at every chapter start. One tab stop for all
 * of them (arrow keys move between ticks), so a 100-chapter episode does not
 * cost 100 presses of Tab.
 */
export function ChapterMarkers() {
  const allChapters = usePlayer((state) => state.episode?.chapters)
  const duration = usePlayer((state) => state.duration)
  const [focused, setFocused] = useState(0)
  // The media's own duration may be shorter than the document said.
  const chapters = useMemo(
    () => (allChapters ?? []).filter((chapter) => chapter.startTime < duration),
    [allChapters, duration],
  )
  if (chapters.length === 0) return <div className="mx-2 h-4" />

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      Home: -chapters.length,
      End: chapters.length,
    }
    const move = moves[event.key]
    if (move === undefined) return
    event.preventDefault()
    event.stopPropagation()
    const next = clamp(focused + move, 0, chapters.length - 1)
    setFocused(next)
    event.currentTarget.querySelectorAll('button')[next]?.focus()
  }

  return (
    <div
      role="toolbar"
      aria-label="Chapter markers"
      className="relative mx-2 h-4"
      onKeyDown={onKeyDown}
    >
      {chapters.map((chapter, index) => {
        const percent = (chapter.startTime / duration) * 100
        const edge =
          percent < 20 ? 'left-0' : percent > 80 ? 'right-0' : 'left-1/2 -translate-x-1/2'
        return (
          <button
            key={`${chapter.startTime}-${chapter.title}`}
            type="button"
            tabIndex={index === focused ? 0 : -1}
            aria-label={`Go to chapter: ${chapter.title} (${formatClock(chapter.startTime)})`}
            onClick={() => playerStore.seek(chapter.startTime)}
            onFocus={() => setFocused(index)}
            className="group absolute top-0 flex h-4 w-3 -translate-x-1/2 justify-center rounded-sm outline-none focus-visible:ring-2 focus-visible:ring-accent"
            style={{ left: `${percent}%` }}
          >
            <span className="h-4 w-0.5 rounded bg-slate-500 group-hover:bg-accent group-focus-visible:w-1 group-focus-visible:bg-accent dark:bg-slate-400" />
            <span
              className={`pointer-events-none absolute bottom-5 ${edge} hidden w-max max-w-56 rounded bg-slate-900 px-2 py-1 text-left text-xs text-white shadow group-hover:block group-focus-visible:block dark:bg-slate-100 dark:text-slate-900`}
            >
              {formatClock(chapter.startTime)} · {chapter.title}
            </span>
          </button>
        )
      })}
    </div>
  )
}
