import { useSyncExternalStore } from 'react'
import { formatClock } from '../../../lib/format-clock.ts'
import { usePlayer } from '../hooks/use-player.ts'
import { listeningProgress } from '../store/player-store.ts'

// Storage is the browser's: the server and hydration render nothing, then the hint shows.
const fromStart = () => 0

/** Where Play will pick this episode up, when the listener stopped part-way. */
export function ResumeHint({ slug }: { slug: string }) {
  const read = () => listeningProgress.resumePosition(slug)
  const resumeAt = useSyncExternalStore(listeningProgress.subscribe, read, fromStart)
  const inPlayer = usePlayer((state) => state.episode?.slug === slug)
  if (inPlayer || resumeAt <= 0) return null
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      Play resumes at {formatClock(resumeAt)}.
    </p>
  )
}
