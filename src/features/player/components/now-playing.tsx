import { Link } from 'wouter'
import { useCurrentChapterIndex } from '../hooks/use-current-chapter-index.ts'
import { usePlayer } from '../hooks/use-player.ts'

/** The episode title (linking to its page) and the chapter playing now, announced when it changes. */
export function NowPlaying() {
  const episode = usePlayer((state) => state.episode)
  const chapterIndex = useCurrentChapterIndex()
  const blocked = usePlayer((state) => state.blocked)
  if (!episode)
    return (
      <p className="min-w-0 flex-1 text-sm text-slate-700 dark:text-slate-300">
        Nothing playing yet: Play starts Up next.
      </p>
    )
  const chapter = episode.chapters[chapterIndex]
  return (
    <div className="flex min-w-0 flex-1 items-center gap-3">
      {episode.artwork && (
        <img
          src={episode.artwork}
          alt=""
          width={48}
          height={48}
          className="size-12 shrink-0 rounded-lg bg-slate-200 object-cover dark:bg-slate-700"
        />
      )}
      <div className="min-w-0 flex-1">
        <Link
          href={`/episodes/${episode.slug}`}
          className="block truncate font-semibold underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent"
        >
          {episode.title}
        </Link>
        <p aria-live="polite" className="truncate text-sm text-slate-700 dark:text-slate-300">
          {blocked ? 'Press Play to start listening.' : chapter ? `Chapter: ${chapter.title}` : ''}
        </p>
      </div>
    </div>
  )
}
