import { nextChapterStart, previousChapterStart } from '../lib/chapter-at.ts'
import { playerStore, playNextQueued } from './player-store.ts'

export const SKIP_BACK_SECONDS = 15
export const SKIP_FORWARD_SECONDS = 30

// Shared by the buttons, the keyboard shortcuts and the Media Session handlers.
export const skipBack = () => playerStore.skip(-SKIP_BACK_SECONDS)
export const skipForward = () => playerStore.skip(SKIP_FORWARD_SECONDS)

/** To the start of the current chapter, or the one before when near its start. */
export function previousChapter() {
  const episode = playerStore.getState().episode
  if (episode) playerStore.seek(previousChapterStart(episode.chapters, playerStore.getPosition()))
}

export function nextChapter() {
  const episode = playerStore.getState().episode
  const next = episode ? nextChapterStart(episode.chapters, playerStore.getPosition()) : null
  if (next !== null) playerStore.seek(next)
}

/** The next chapter; after the last one, the next queued episode (headsets' "next track"). */
export function nextChapterOrEpisode() {
  const episode = playerStore.getState().episode
  const next = episode ? nextChapterStart(episode.chapters, playerStore.getPosition()) : null
  if (next !== null) playerStore.seek(next)
  else playNextQueued()
}
