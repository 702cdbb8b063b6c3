import { usePlayer } from '../hooks/use-player.ts'
import { playerStore } from '../store/player-store.ts'
import { focusRing } from './styles.ts'

/** What went wrong, and a Retry that opens the audio again where it stopped. */
export function PlayerError() {
  const error = usePlayer((state) => state.error)
  if (!error) return null
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
    >
      <span className="min-w-0 flex-1">{error}</span>
      <button
        type="button"
        onClick={playerStore.retry}
        className={`rounded-md bg-red-800 px-3 py-1 font-medium text-white hover:bg-red-900 dark:bg-red-300 dark:text-red-950 ${focusRing}`}
      >
        Retry
      </button>
    </div>
  )
}
