import { useCallback, useId, useState } from 'react'
import { PlayerError } from '../../features/player/components/player-error.tsx'
import { PlayerTimeline } from '../../features/player/components/player-timeline.tsx'
import { ShortcutsDialog } from '../../features/player/components/shortcuts-dialog.tsx'
import { SpeedControl } from '../../features/player/components/speed-control.tsx'
import { focusRing } from '../../features/player/components/styles.ts'
import { useKeyboardShortcuts } from '../../features/player/hooks/use-keyboard-shortcuts.ts'
import { useMediaSession } from '../../features/player/hooks/use-media-session.ts'
import type { PlayerEpisode } from '../../features/player/store/player-types.ts'
import { EmbedChapterList } from './embed-chapter-list.tsx'
import { EmbedHeader } from './embed-header.tsx'

interface EmbedPlayerProps {
  episode: PlayerEpisode
  chaptersOpen: boolean
}

/**
 * The site's player in a compact layout for an iframe: same store, engine and
 * controls. Its keyboard shortcuts listen on this document, so they act only
 * while the embed has the focus.
 */
export function EmbedPlayer({ episode, chaptersOpen }: EmbedPlayerProps) {
  const [listOpen, setListOpen] = useState(chaptersOpen)
  const [helpOpen, setHelpOpen] = useState(false)
  const listId = useId()
  const openHelp = useCallback(() => setHelpOpen(true), [])
  useKeyboardShortcuts(openHelp)
  useMediaSession()
  const hasChapters = episode.chapters.length > 0

  return (
    <section
      aria-label="Audio player"
      className="min-w-[280px] bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex flex-col gap-1 px-3 pt-2 pb-1">
        <PlayerError />
        <div className="flex items-center gap-2">
          <EmbedHeader episode={episode} />
          <SpeedControl />
        </div>
        <PlayerTimeline />
        {hasChapters ? (
          <button
            type="button"
            aria-expanded={listOpen}
            aria-controls={listOpen ? listId : undefined}
            onClick={() => setListOpen((open) => !open)}
            className={`self-start rounded px-2 py-0.5 text-xs font-medium text-accent hover:bg-slate-100 dark:hover:bg-slate-800 ${focusRing}`}
          >
            Chapters ({episode.chapters.length})
          </button>
        ) : null}
      </div>
      {hasChapters && listOpen ? <EmbedChapterList episode={episode} id={listId} /> : null}
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </section>
  )
}
