import { useCurrentChapterIndex } from '../../features/player/hooks/use-current-chapter-index.ts'
import { playerStore } from '../../features/player/store/player-store.ts'
import type { PlayerEpisode } from '../../features/player/store/player-types.ts'
import { formatClock } from '../../lib/format-clock.ts'

/** The chapters inside the embed: each a button that plays from its start. */
export function EmbedChapterList({ episode, id }: { episode: PlayerEpisode; id: string }) {
  const currentIndex = useCurrentChapterIndex()
  const play = (startTime: number) => {
    playerStore.seek(startTime)
    playerStore.play()
  }
  return (
    <ol
      id={id}
      aria-label="Chapters"
      className="max-h-60 overflow-y-auto border-t border-slate-200 dark:border-slate-700"
    >
      {episode.chapters.map((chapter, index) => (
        <li key={`${chapter.startTime}-${chapter.title}`}>
          <button
            type="button"
            aria-current={index === currentIndex ? 'true' : undefined}
            onClick={() => play(chapter.startTime)}
            className={`flex w-full items-baseline gap-3 px-3 py-1.5 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent dark:hover:bg-slate-800 ${index === currentIndex ? 'bg-accent-soft font-semibold' : ''}`}
          >
            <span className="w-14 shrink-0 font-mono tabular-nums text-slate-700 dark:text-slate-300">
              {formatClock(chapter.startTime)}
            </span>
            <span className="min-w-0">{chapter.title}</span>
          </button>
        </li>
      ))}
    </ol>
  )
}
