import { useCurrentChapterIndex } from '../../features/player/hooks/use-current-chapter-index.ts'
import { usePlayer } from '../../features/player/hooks/use-player.ts'
import type { PlayerEpisode } from '../../features/player/store/player-types.ts'

const linkClass =
  'block truncate underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600'

/** Artwork, show and episode title (opening the episode page in a new tab), and the chapter now. */
export function EmbedHeader({ episode }: { episode: PlayerEpisode }) {
  const chapterIndex = useCurrentChapterIndex()
  const blocked = usePlayer((state) => state.blocked)
  const chapter = episode.chapters[chapterIndex]
  const page = `${import.meta.env.BASE_URL}episodes/${encodeURIComponent(episode.slug)}`
  return (
    <div className="flex min-w-0 flex-1 items-center gap-3">
      {episode.artwork ? (
        <img
          src={episode.artwork}
          alt=""
          width={48}
          height={48}
          className="size-12 shrink-0 rounded"
        />
      ) : null}
      <div className="min-w-0 flex-1">
        {episode.showName ? (
          <a
            href={page}
            target="_blank"
            rel="noopener"
            className={`${linkClass} text-xs text-slate-700 dark:text-slate-300`}
          >
            {episode.showName}
          </a>
        ) : null}
        <a href={page} target="_blank" rel="noopener" className={`${linkClass} font-semibold`}>
          {episode.title}
        </a>
        <p aria-live="polite" className="truncate text-xs text-slate-700 dark:text-slate-300">
          {blocked ? 'Press Play to start listening.' : chapter ? `Chapter: ${chapter.title}` : ''}
        </p>
      </div>
    </div>
  )
}
