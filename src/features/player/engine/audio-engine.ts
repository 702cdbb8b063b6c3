/** What the player opens: one episode's audio, starting at `startAt` seconds. */
export interface EngineSource {
  src: string
  /** The codec, for URLs without an extension (`mp3`). */
  format: string
  startAt: number
  rate: number
  volume: number
  muted: boolean
}

/** What the media confirms; the player's state only changes through these. */
export interface EngineEvents {
  /** The audio can seek; `duration` is the media's own, in seconds. */
  onLoad(duration: number): void
  /** Bytes of the audio arrived: the media is loading, even while the position stands still. */
  onProgress(): void
  onPlay(): void
  onPause(): void
  /** The browser paused on its own (headphones unplugged, another app): the listener's wish is now pause. */
  onInterrupted(): void
  onEnd(): void
  /** Loading or decoding failed for good. */
  onError(message: string): void
  /** The browser refused to start playback without a gesture. */
  onPlayBlocked(): void
}

/**
 * One opened audio file. Requests only: the events above report what happened.
 * Play/pause and seeks keep the last request, however fast they come, until the
 * media can honour it.
 */
export interface AudioEngine {
  play(): void
  pause(): void
  /** Applied as soon as the media can seek; the last request wins. */
  seek(seconds: number): void
  /** Current position in seconds (the pending seek target while one waits). */
  position(): number
  setRate(rate: number): void
  setVolume(volume: number): void
  setMuted(muted: boolean): void
  /** Stops, frees the media element and silences every later event. */
  unload(): void
}

export type CreateEngine = (source: EngineSource, events: EngineEvents) => AudioEngine
