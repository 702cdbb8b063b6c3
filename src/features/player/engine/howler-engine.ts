import { Howl, Howler } from 'howler'
import type { AudioEngine, CreateEngine, EngineEvents, EngineSource } from './audio-engine.ts'
import { followOutsidePauses } from './follow-outside-pauses.ts'

const MEDIA_ERRORS: Record<number, string> = {
  1: 'Loading the audio was stopped.',
  2: 'The connection dropped while loading the audio.',
  3: 'The audio file is damaged and cannot be played.',
  4: 'The audio file could not be found or is not audio.',
}

function loadErrorMessage(error: unknown): string {
  if (typeof error === 'number') return MEDIA_ERRORS[error] ?? 'The audio could not be loaded.'
  return 'The audio could not be loaded.'
}

// Howler waits for 'canplaythrough' before its first play. On a flaky link that event
// may never come although minutes are buffered: start as soon as the media can play.
Object.assign(Howler, { _canPlayEvent: 'canplay' })

/**
 * Howler stops a download by pointing the element at a `data:` WAV, which the
 * app's Content-Security-Policy (media-src 'self') refuses and reports as an
 * error. Emptying the element stops the download just as well.
 */
function stopDownloadsWithoutDataUri(howl: Howl) {
  Object.assign(howl, {
    _clearSound(node: HTMLMediaElement) {
      node.removeAttribute('src')
      node.load()
    },
  })
}

/**
 * Opens one episode with Howler in HTML5 mode, which streams: its Web Audio
 * mode would download and decode the whole file before the first sound.
 */
export const createHowlerEngine: CreateEngine = (source: EngineSource, events: EngineEvents) => {
  let active = true
  let loaded = false
  let pendingSeek: number | null = null
  // Howler applies a seek during a starting play() later; until it confirms, report the target.
  let seekTarget: number | null = null
  let unconfirmedSeeks = 0
  const guard =
    <A extends unknown[]>(handler: (...args: A) => void) =>
    (...args: A) => {
      if (active) handler(...args)
    }

  const howl = new Howl({
    src: [source.src],
    format: [source.format],
    html5: true,
    preload: true,
    rate: source.rate,
    volume: source.volume,
    mute: source.muted,
  })
  stopDownloadsWithoutDataUri(howl)
  const stopFollowing = followOutsidePauses(howl)
  // Queued by Howler ahead of the first play, so playback starts at the right place.
  if (source.startAt > 0) howl.seek(source.startAt)

  howl.on(
    'load',
    guard(() => {
      loaded = true
      events.onLoad(howl.duration())
      // Howler honours only its first queued seek; later requests waited here.
      if (pendingSeek !== null) seekNow(pendingSeek)
      pendingSeek = null
    }),
  )
  howl.on(
    'seek',
    guard(() => {
      unconfirmedSeeks = Math.max(0, unconfirmedSeeks - 1)
      if (unconfirmedSeeks === 0) seekTarget = null
    }),
  )
  howl.on('play', guard(events.onPlay))
  howl.on('pause', guard(events.onPause))
  howl.on('end', guard(events.onEnd))
  howl.on(
    'loaderror',
    guard((_id: number, error: unknown) => events.onError(loadErrorMessage(error))),
  )
  howl.on('playerror', guard(events.onPlayBlocked))

  function seekNow(seconds: number) {
    seekTarget = seconds
    unconfirmedSeeks += 1
    howl.seek(seconds)
  }

  const engine: AudioEngine = {
    play: () => void howl.play(),
    pause: () => void howl.pause(),
    seek(seconds) {
      if (loaded) seekNow(seconds)
      else pendingSeek = seconds
    },
    position() {
      const waiting = pendingSeek ?? seekTarget
      if (waiting !== null) return waiting
      if (!loaded) return source.startAt
      const position = howl.seek()
      return typeof position === 'number' && Number.isFinite(position) ? position : 0
    },
    setRate: (rate) => void howl.rate(rate),
    setVolume: (volume) => void howl.volume(volume),
    setMuted: (muted) => void howl.mute(muted),
    unload() {
      active = false
      stopFollowing()
      howl.unload()
    },
  }
  return engine
}
