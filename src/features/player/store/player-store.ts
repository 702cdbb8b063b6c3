import { loadedEngine, preloadEngine } from '../engine/load-engine.ts'
import { createPlayerStore } from './create-player-store.ts'
import { createQueueStore } from './create-queue-store.ts'
import { createListeningProgress } from './listening-progress.ts'
import { DEFAULT_SETTINGS, readSettings, writeSettings } from './player-settings.ts'
import type { PlayerState } from './player-types.ts'
import { browserStorage } from './safe-storage.ts'

const storage = browserStorage()

/** Every started episode's position and played flag, for the player and the episode lists. */
export const listeningProgress = createListeningProgress(storage)

/** The "Up next" queue; an episode that ends starts the first one. */
export const queueStore = createQueueStore(storage)

/** The app's one player, shared by the bar, the episode page and the cards. */
export const playerStore = createPlayerStore({
  loadEngine: preloadEngine,
  loadedEngine,
  progress: listeningProgress,
  settings: readSettings(storage),
  saveSettings: (settings) => writeSettings(storage, settings),
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  onNextGesture(callback) {
    const once = () => {
      document.removeEventListener('pointerdown', once, true)
      document.removeEventListener('keydown', once, true)
      callback()
    }
    document.addEventListener('pointerdown', once, true)
    document.addEventListener('keydown', once, true)
  },
  onEnded: () => void playNextQueued(),
  now: () => Date.now(),
})

/** Takes the first queued episode off the queue and plays it from its saved position; false when none is queued. */
export function playNextQueued(): boolean {
  const next = queueStore.takeNext()
  if (next) playerStore.playEpisode(next)
  return next !== null
}

/** The player as the server renders it: nothing loaded, settings not yet read from storage. */
export const serverPlayerState: PlayerState = {
  episode: null,
  status: 'idle',
  requested: 'pause',
  duration: 0,
  error: null,
  blocked: false,
  ...DEFAULT_SETTINGS,
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => playerStore.persist())
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') playerStore.persist()
  })
}
