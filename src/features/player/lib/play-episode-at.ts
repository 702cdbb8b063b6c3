import { playerStore } from '../store/player-store.ts'
import type { PlayerEpisode } from '../store/player-types.ts'

/** Plays the episode (from `at` seconds when given): resumes it when it is the one in the player. */
export function playEpisodeAt(playable: PlayerEpisode, at?: number): void {
  if (playerStore.getState().episode?.slug === playable.slug) {
    if (at !== undefined) playerStore.seek(at)
    playerStore.play()
    return
  }
  playerStore.playEpisode(playable, at)
}
