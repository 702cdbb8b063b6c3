/**
 * What the transcript needs from the player, supplied by the page that shows
 * it: the transcript does not know the player's store.
 */
export interface TranscriptPlayback {
  /** The position in seconds while the player holds this episode, else null. */
  position(): number | null
  /** True while the listener has asked this episode to play. */
  playing(): boolean
  /** Called on every position, episode or play/pause change. */
  subscribe(listener: () => void): () => void
  /** Seeks this episode to `seconds` and plays it. */
  playAt(seconds: number): void
}
