import { useCallback, useState } from 'react'
import type { EpisodeTranscriptRef } from '../../content/documents.ts'
import { PlayerError } from '../../features/player/components/player-error.tsx'
import { PlayerTimeline } from '../../features/player/components/player-timeline.tsx'
import { ShortcutsDialog } from '../../features/player/components/shortcuts-dialog.tsx'
import { SpeedControl } from '../../features/player/components/speed-control.tsx'
import { useKeyboardShortcuts } from '../../features/player/hooks/use-keyboard-shortcuts.ts'
import { useMediaSession } from '../../features/player/hooks/use-media-session.ts'
import type { PlayerEpisode } from '../../features/player/store/player-types.ts'
import { EmbedHeader } from './embed-header.tsx'
import { EmbedViews } from './embed-views.tsx'

interface EmbedPlayerProps {
  episode: PlayerEpisode
  chaptersOpen: boolean
  transcript: EpisodeTranscriptRef | null
}

/**
 * The site's player in a compact layout for an iframe: same store, engine and
 * controls. Its keyboard shortcuts listen on this document, so they act only
 * while the embed has the focus.
 */
export function EmbedPlayer({ episode, chaptersOpen, transcript }: EmbedPlayerProps) {
  const [helpOpen, setHelpOpen] = useState(false)
  const openHelp = useCallback(() => setHelpOpen(true), [])
  useKeyboardShortcuts(openHelp)
  useMediaSession()

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
      </div>
      <EmbedViews episode={episode} transcript={transcript} chaptersOpen={chaptersOpen} />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </section>
  )
}
