import { Link } from 'wouter'
import type { EpisodeDocument } from '../../../content/documents.ts'
import { formatClock } from '../../../lib/format-clock.ts'
import { formatTimeParam } from '../lib/time.ts'
import { ChaptersSection } from './chapters-section.tsx'
import { focusRing } from './styles.ts'

/**
 * The chapters of an episode without audio: its table of contents, each a
 * link to its moment (`?t=`), which plays once the episode has audio.
 */
export function ChapterLinks({ episode }: { episode: Pick<EpisodeDocument, 'slug' | 'chapters'> }) {
  if (episode.chapters.length === 0) return null
  return (
    <ChaptersSection>
      {episode.chapters.map((chapter) => (
        <li key={`${chapter.startTime}-${chapter.title}`} className="py-1">
          <Link
            href={`/episodes/${episode.slug}?t=${formatTimeParam(chapter.startTime)}`}
            className={`flex items-baseline gap-3 rounded px-2 py-1.5 hover:bg-slate-100 dark:hover:bg-slate-800 ${focusRing}`}
          >
            <span className="w-16 shrink-0 font-mono text-sm tabular-nums text-slate-700 dark:text-slate-300">
              {formatClock(chapter.startTime)}
            </span>
            <span className="min-w-0">{chapter.title}</span>
          </Link>
        </li>
      ))}
    </ChaptersSection>
  )
}
