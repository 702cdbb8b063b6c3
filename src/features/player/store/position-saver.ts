import type { ListeningProgress } from './listening-progress.ts'
import type { PlayerEpisode } from './player-types.ts'

const SAVE_INTERVAL_MS = 5_000

interface Playing {
  episode: PlayerEpisode
  duration: number
  position: number
}

/**
 * Remembers where the listener is: on pause, when the page hides, and every
 * five seconds of playback, so that a crash or a closed tab loses little.
 */
export function createPositionSaver(
  progress: ListeningProgress,
  now: () => number,
  current: () => Playing | null,
) {
  let lastSavedAt = 0
  const save = () => {
    const playing = current()
    if (!playing) return
    lastSavedAt = now()
    progress.savePosition(
      { ...playing.episode, duration: playing.duration },
      playing.position,
      lastSavedAt,
    )
  }
  return {
    save,
    /** Called about once a second while the clock runs. */
    tick(at: number, playing: boolean) {
      if (playing && at - lastSavedAt >= SAVE_INTERVAL_MS) save()
    },
  }
}
