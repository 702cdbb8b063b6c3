export interface PlaybackClockOptions {
  requestFrame(callback: () => void): number
  cancelFrame(handle: number): void
  now(): number
  /** The media's position now, or null once there is no media. */
  read(): number | null
  /** Whether the media is (or is about to be) playing: the frame loop runs only then. */
  running(): boolean
  publish(position: number): void
  /** Called about once a second while running, also in background tabs. */
  onSecond(now: number): void
  onStall(): void
}

/**
 * No progress for this long while loading or playing (the position stands
 * still and no bytes arrive) counts as a failure, not a spinner.
 */
export const STALL_TIMEOUT_MS = 12_000

/**
 * One animation-frame loop that reads the position while playing, and a
 * one-second watchdog that turns a position stuck for too long, with no
 * bytes arriving either, into a stall.
 * The loop keeps going while Howler says "not playing" during a seek: it asks
 * the store whether playback is wanted, not the engine.
 */
export function createPlaybackClock(options: PlaybackClockOptions) {
  let frame: number | null = null
  let watchdog: ReturnType<typeof setInterval> | null = null
  let lastProgress = { position: 0, at: 0 }

  function tick() {
    frame = null
    const position = options.read()
    if (position === null) return
    options.publish(position)
    if (options.running()) frame = options.requestFrame(tick)
  }

  function check() {
    const position = options.read()
    if (position === null) return clock.stop()
    const now = options.now()
    if (position !== lastProgress.position) lastProgress = { position, at: now }
    else if (now - lastProgress.at > STALL_TIMEOUT_MS) return options.onStall()
    options.publish(position)
    options.onSecond(now)
  }

  const clock = {
    start() {
      clock.restartWatch(options.read() ?? 0)
      frame ??= options.requestFrame(tick)
      watchdog ??= setInterval(check, 1000)
    },
    stop() {
      if (frame !== null) options.cancelFrame(frame)
      if (watchdog !== null) clearInterval(watchdog)
      frame = null
      watchdog = null
    },
    /** A seek moves the position on purpose: the stall timer starts over from there. */
    restartWatch(position: number) {
      lastProgress = { position, at: options.now() }
    },
    /** Bytes arrived: the media is still loading (a seek on a slow link), not stalled. */
    noteDownload() {
      lastProgress = { ...lastProgress, at: options.now() }
    },
  }
  return clock
}
