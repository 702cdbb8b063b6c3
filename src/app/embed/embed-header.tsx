import { useCurrentChapterIndex } from '../../features/player/hooks/use-current-chapter-index.ts'
import { usePlayer } from '../../features/player/hooks/use-player.ts'
import type { PlayerEpisode } from '../../features/player/store/player-types.ts'

/**
 * Artwork, show and episode title as one link to the episode page (in a new
 * tab: the embed lives on another site), and the chapter playing now.
 */
export function EmbedHeader({ episode }: { episode: PlayerEpisode }) {
  const chapterIndex = useCurrentChapterIndex()
  const blocked = usePlayer((state) => state.blocked)
  const chapter = episode.chapters[chapterIndex]
  const page = `${import.meta.env.BASE_URL}episodes/${encodeURIComponent(episode.slug)}`
  return (
    <div className="min-w-0 flex-1">
      <a
        href={page}
        target="_blank"
        rel="noopener"
        className="group flex min-w-0 items-center gap-3 rounded focus-visible:outline-2 focus-visible:outline-accent"
      >
        {episode.artwork ? (
          <img
            src={episode.artwork}
            alt=""
            width={40}
            height={40}
            className="size-10 shrink-0 rounded"
          />
        ) : null}
        <span className="min-w-0">
          {episode.showName ? (
            <span className="block truncate text-xs text-slate-700 dark:text-slate-300">
              {episode.showName}
            </span>
          ) : null}
          <span className="block truncate font-semibold underline-offset-2 group-hover:underline">
            {episode.title}
          </span>
        </span>
      </a>
      <p aria-live="polite" className="truncate text-xs text-slate-700 dark:text-slate-300">
        {blocked ? 'Press Play to start listening.' : chapter ? `Chapter: ${chapter.title}` : ''}
      </p>
    </div>
  )
}
