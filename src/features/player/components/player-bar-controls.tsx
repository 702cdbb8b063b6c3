import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import { preloadEngine } from '../engine/load-engine.ts'
import { useKeyboardShortcuts } from '../hooks/use-keyboard-shortcuts.ts'
import { useMediaSession } from '../hooks/use-media-session.ts'
import { whenIdle } from '../lib/when-idle.ts'
import { Icon } from './icon.tsx'
import { NowPlaying } from './now-playing.tsx'
import { PlayerError } from './player-error.tsx'
import { PlayerTimeline } from './player-timeline.tsx'
import { QueueAnnouncement } from './queue-announcement.tsx'
import { ShortcutsDialog } from './shortcuts-dialog.tsx'
import { SpeedControl } from './speed-control.tsx'
import { iconButton } from './styles.ts'
import { UP_NEXT_PANEL_ID, UpNextToggle } from './up-next-toggle.tsx'
import { VolumeControl } from './volume-control.tsx'

// The queue list and its drag-and-drop library load when the list is first opened.
const UpNextList = lazy(() =>
  import('./up-next-list.tsx').then((module) => ({ default: module.UpNextList })),
)

/** The bar's controls, loaded once an episode is in the player. */
export function PlayerBarControls() {
  const [helpOpen, setHelpOpen] = useState(false)
  const [queueOpen, setQueueOpen] = useState(false)
  const openHelp = useCallback(() => setHelpOpen(true), [])
  useKeyboardShortcuts(openHelp)
  useMediaSession()
  // A cued episode is likely to be played: fetch the engine so that Play starts inside the press.
  useEffect(() => whenIdle(() => void preloadEngine().catch(() => {})), [])

  return (
    <section
      aria-label="Audio player"
      className="fixed inset-x-0 bottom-0 z-40 border-t-2 border-accent bg-white/95 text-slate-900 shadow-[0_-4px_12px_rgba(0,0,0,0.08)] backdrop-blur dark:bg-slate-900/95 dark:text-slate-100"
    >
      <div className="mx-auto flex max-w-5xl flex-col gap-1 px-3 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] sm:px-4">
        {queueOpen ? (
          <Suspense fallback={<div id={UP_NEXT_PANEL_ID} />}>
            <UpNextList />
          </Suspense>
        ) : null}
        <PlayerError />
        <div className="flex items-center gap-2">
          <NowPlaying />
          <SpeedControl />
          <VolumeControl />
          <UpNextToggle open={queueOpen} onToggle={() => setQueueOpen((open) => !open)} />
          <button
            type="button"
            className={`${iconButton} max-sm:hidden`}
            aria-label="Keyboard shortcuts"
            onClick={openHelp}
          >
            <Icon name="keyboard" />
          </button>
        </div>
        <PlayerTimeline />
      </div>
      <QueueAnnouncement />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </section>
  )
}
