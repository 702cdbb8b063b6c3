import { Link } from 'wouter'
import { formatDate, formatDuration, isoDuration } from '../format.ts'

interface EpisodeMetaProps {
  show: { slug: string; name: string } | null
  publishedAt: string
  duration: number
}

/** Show · date · duration line shared by cards and the episode page. */
export function EpisodeMeta({ show, publishedAt, duration }: EpisodeMetaProps) {
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
      <time dateTime={publishedAt}>{formatDate(publishedAt)}</time>
      <span aria-hidden="true">·</span>
      <time dateTime={isoDuration(duration)}>{formatDuration(duration)}</time>
    </p>
  )
}
