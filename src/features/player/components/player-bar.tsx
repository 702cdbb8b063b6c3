import { lazy, Suspense } from 'react'
import { usePlayer } from '../hooks/use-player.ts'
import { useQueue } from '../hooks/use-queue.ts'

// The controls, Howler and the Media Session code load only once an episode is in the player.
const PlayerBarControls = lazy(() =>
  import('./player-bar-controls.tsx').then((module) => ({ default: module.PlayerBarControls })),
)

/** The persistent player bar, mounted once by the app layout; shown once an episode is in the player or queued. */
export function PlayerBar() {
  const hasEpisode = usePlayer((state) => state.episode !== null)
  const hasQueue = useQueue((state) => state.entries.length > 0)
  if (!hasEpisode && !hasQueue) return null
  return (
    <>
      {/* Room at the end of the page so that the fixed bar never covers content. */}
      <div aria-hidden="true" className="h-44 sm:h-36" />
      <Suspense fallback={null}>
        <PlayerBarControls />
      </Suspense>
    </>
  )
}
