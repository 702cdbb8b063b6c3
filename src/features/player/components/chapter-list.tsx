import { Link } from 'wouter'
import { formatClock } from '../../../lib/format-clock.ts'
import { useCurrentChapterIndex } from '../hooks/use-current-chapter-index.ts'
import { usePlayer } from '../hooks/use-player.ts'
import { formatTimeParam } from '../lib/time.ts'
import type { PlayerEpisode } from '../store/player-types.ts'
import { ChapterProgress } from './chapter-progress.tsx'
import { ChaptersSection } from './chapters-section.tsx'

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
          <li key={`${chapter.startTime}-${chapter.title}`} className="chapter-row">
            <div className="min-w-0 flex-1">
              <button
                type="button"
                aria-current={current ? 'true' : undefined}
                onClick={() => onPlayChapter(chapter.startTime)}
                className="chapter-play"
              >
                <span className="chapter-time">{formatClock(chapter.startTime)}</span>
                <span className="min-w-0">{chapter.title}</span>
              </button>
              {current ? <ChapterProgress start={chapter.startTime} end={end} /> : null}
            </div>
            <Link
              href={`/episodes/${episode.slug}?t=${formatTimeParam(chapter.startTime)}`}
              aria-label={`Link to chapter: ${chapter.title}`}
              className="chapter-link"
            />
          </li>
        )
      })}
    </ChaptersSection>
  )
}
