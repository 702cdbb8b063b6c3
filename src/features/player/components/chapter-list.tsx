import { Link } from 'wouter'
import { formatClock } from '../../../lib/format-clock.ts'
import { useCurrentChapterIndex } from '../hooks/use-current-chapter-index.ts'
import { usePlayer } from '../hooks/use-player.ts'
import { formatTimeParam } from '../lib/time.ts'
import type { PlayerEpisode } from '../store/player-types.ts'
import { ChapterProgress } from './chapter-progress.tsx'
import { ChaptersSection } from './chapters-section.tsx'
import { Icon } from './icon.tsx'
import { focusRing } from './styles.ts'

interface ChapterListProps {
  episode: PlayerEpisode
  onPlayChapter: (startTime: number) => void
}

/** Every chapter as a button that plays from its start, with its own link to that moment. */
export function ChapterList({ episode, onPlayChapter }: ChapterListProps) {
  const isCurrentEpisode = usePlayer((state) => state.episode?.slug === episode.slug)
  const playingIndex = useCurrentChapterIndex()
  const currentIndex = isCurrentEpisode ? playingIndex : -1
  if (episode.chapters.length === 0) return null
  return (
    <ChaptersSection>
      {episode.chapters.map((chapter, index) => {
        const current = index === currentIndex
        const end = episode.chapters[index + 1]?.startTime ?? episode.duration
        return (
          <li key={`${chapter.startTime}-${chapter.title}`} className="flex items-start gap-2 py-1">
            <div className="min-w-0 flex-1">
              <button
                type="button"
                aria-current={current ? 'true' : undefined}
                onClick={() => onPlayChapter(chapter.startTime)}
                className={`flex w-full items-baseline gap-3 rounded px-2 py-1.5 text-left hover:bg-slate-100 dark:hover:bg-slate-800 ${current ? 'bg-accent-soft font-semibold' : ''} ${focusRing}`}
              >
                <span className="w-16 shrink-0 font-mono text-sm tabular-nums text-slate-700 dark:text-slate-300">
                  {formatClock(chapter.startTime)}
                </span>
                <span className="min-w-0">{chapter.title}</span>
              </button>
              {current ? <ChapterProgress start={chapter.startTime} end={end} /> : null}
            </div>
            <Link
              href={`/episodes/${episode.slug}?t=${formatTimeParam(chapter.startTime)}`}
              aria-label={`Link to chapter: ${chapter.title}`}
              className={`mt-1 inline-flex size-8 shrink-0 items-center justify-center rounded text-slate-600 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800 ${focusRing}`}
            >
              <Icon name="link" className="size-4" />
            </Link>
          </li>
        )
      })}
    </ChaptersSection>
  )
}
