import { Link } from 'wouter'
import { formatDate, formatDuration, isoDuration } from '../format.ts'
import { EpisodeNumbering, type Numbering } from './episode-numbering.tsx'

interface EpisodeMetaProps {
  show: { slug: string; name: string } | null
  publishedAt: string
  duration: number
  numbering: Numbering
}

/** Show · season and number · date · duration line shared by cards and the episode page. */
export function EpisodeMeta({ show, publishedAt, duration, numbering }: EpisodeMetaProps) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-sm text-slate-600 dark:text-slate-300">
      {show && (
        <>
          <Link href={`/shows/${show.slug}`} className="font-medium text-accent hover:underline">
            {show.name}
          </Link>
          <span aria-hidden="true">·</span>
        </>
      )}
      <EpisodeNumbering {...numbering} />
      <time dateTime={publishedAt}>{formatDate(publishedAt)}</time>
      <span aria-hidden="true">·</span>
      <time dateTime={isoDuration(duration)}>{formatDuration(duration)}</time>
    </p>
  )
}
