import { useEffect } from 'react'
import { chapterAt } from '../lib/chapter-at.ts'
import {
  nextChapterOrEpisode,
  previousChapter,
  SKIP_BACK_SECONDS,
  SKIP_FORWARD_SECONDS,
} from '../store/player-commands.ts'
import { playerStore } from '../store/player-store.ts'

const handlers: Array<[MediaSessionAction, MediaSessionActionHandler]> = [
  ['play', () => playerStore.play()],
  ['pause', () => playerStore.pause()],
  ['seekbackward', (details) => playerStore.skip(-(details.seekOffset ?? SKIP_BACK_SECONDS))],
  ['seekforward', (details) => playerStore.skip(details.seekOffset ?? SKIP_FORWARD_SECONDS)],
  ['seekto', (details) => details.seekTime !== undefined && playerStore.seek(details.seekTime)],
  ['previoustrack', previousChapter],
  ['nexttrack', nextChapterOrEpisode],
]

function registerHandlers(session: MediaSession) {
  for (const [action, handler] of handlers) {
    try {
      session.setActionHandler(action, handler)
    } catch {
      // Browsers throw for actions they do not know; the others still work.
    }
  }
}

/** Lock-screen and headset controls, with the chapter as part of what is shown. */
export function useMediaSession() {
  useEffect(() => {
    if (typeof navigator === 'undefined' || !('mediaSession' in navigator)) return
    const session = navigator.mediaSession
    let shown = ''
    let status = ''
    let lastPosition = 0
    const update = () => {
      const { episode, duration, rate, status: now } = playerStore.getState()
      if (!episode) return
      const chapter = chapterAt(episode.chapters, playerStore.getPosition(), duration)
      const key = `${episode.slug}|${chapter?.title ?? ''}`
      if (key !== shown) {
        shown = key
        session.metadata = new MediaMetadata({
          title: episode.title,
          artist: episode.showName ?? '',
          album: chapter?.title ?? '',
          artwork: episode.artwork ? [{ src: episode.artwork }] : [],
        })
      }
      const position = playerStore.getPosition()
      // A jump (a seek, not a frame's progress) needs a new position state too.
      const jumped = Math.abs(position - lastPosition) > 2
      lastPosition = position
      if (now !== status || jumped) {
        status = now
        session.playbackState = now === 'playing' ? 'playing' : now === 'paused' ? 'paused' : 'none'
        // iOS forgets the handlers between sessions: give them again on every start.
        if (now === 'playing') registerHandlers(session)
        if (duration > 0) {
          try {
            session.setPositionState({
              duration,
              playbackRate: rate,
              position: Math.min(position, duration),
            })
          } catch {
            // An out-of-range state is refused; the next update sends a valid one.
          }
        }
      }
    }
    registerHandlers(session)
    update()
    const stopState = playerStore.subscribe(() => {
      status = ''
      update()
    })
    const stopPosition = playerStore.subscribePosition(update)
    return () => {
      stopState()
      stopPosition()
    }
  }, [])
}
