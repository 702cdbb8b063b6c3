import type { Howl } from 'howler'

/** The two Howler internals this needs; its public API has no access to the element. */
interface HowlInternals {
  _sounds: Array<{ _node?: HTMLMediaElement }>
  _playLock: boolean
}

/**
 * The browser may pause the element on its own (headphones unplugged, another
 * app taking the audio) without Howler noticing. `onOutsidePause` hears about
 * it, so that the player shows Paused instead of waiting on a stream that is
 * not stalled. Returns a function that stops listening.
 */
export function followOutsidePauses(howl: Howl, onOutsidePause: () => void): () => void {
  const internals = howl as unknown as HowlInternals
  const node = internals._sounds[0]?._node
  if (!node) return () => {}
  let timer: ReturnType<typeof setTimeout> | undefined
  const onPause = () => {
    clearTimeout(timer)
    // Howler itself pauses and restarts the element around a seek: look once that settled.
    timer = setTimeout(() => {
      if (node.paused && !node.ended && howl.playing() && !internals._playLock) onOutsidePause()
    }, 300)
  }
  node.addEventListener('pause', onPause)
  return () => {
    clearTimeout(timer)
    node.removeEventListener('pause', onPause)
  }
}
