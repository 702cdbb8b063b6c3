import type { Howl } from 'howler'

/** The Howler internal this needs: its public API has no access to the element. */
interface HowlInternals {
  _sounds: Array<{ _node?: HTMLMediaElement }>
}

/**
 * Tells `onProgress` whenever bytes of the audio arrive (the element's
 * `progress` event), also while the position stands still: a seek on a slow
 * link is loading, not stalled. Returns a function that stops listening.
 */
export function followDownloadProgress(howl: Howl, onProgress: () => void): () => void {
  const node = (howl as unknown as HowlInternals)._sounds[0]?._node
  if (!node) return () => {}
  node.addEventListener('progress', onProgress)
  return () => node.removeEventListener('progress', onProgress)
}
