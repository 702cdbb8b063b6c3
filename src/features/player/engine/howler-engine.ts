import { Howl, Howler } from 'howler'
import type { AudioEngine, CreateEngine, EngineEvents, EngineSource } from './audio-engine.ts'
import { followDownloadProgress } from './follow-download-progress.ts'
import { followOutsidePauses } from './follow-outside-pauses.ts'
import { applySettings, type MediaSettings } from './howler-settings.ts'

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

/** The Howler internals the engine reads: its public API cannot tell a pending play. */
interface HowlInternals {
  _sounds: Array<{ _id: number; _paused: boolean; _node?: HTMLMediaElement }>
  _playLock: boolean
}

/** How often the engine looks again while Howler waits on the media (a play or a seek). */
const RETRY_MS = 40

/**
 * Howler returns an unloaded sound's element to its pool, for the next episode to
 * reuse, with the listener of a play still waiting for data attached: that
 * listener would start the next episode on its own. Keep such elements out of
 * the pool (Howler pools only elements marked unlocked).
 */
function keepOutOfPool(howl: Howl) {
  const internals = howl as unknown as { _sounds: Array<{ _node?: { _unlocked?: boolean } }> }
  for (const sound of internals._sounds) if (sound._node) sound._node._unlocked = false
}

/**
 * Opens one episode with Howler in HTML5 mode, which streams: its Web Audio
 * mode would download and decode the whole file before the first sound.
 *
 * Howler queues calls made while a play is pending and can drop or reorder
 * them (a pause during a seek's restart is undone by the restart). So the
 * engine keeps only what was asked last (play or pause, a seek target, the
 * settings) and hands Howler one step at a time, once the previous one has
 * settled. Play and pause are reported from what the media then does.
 * Settled includes the element's own seek: Chromium answers a seek that
 * interrupts another by reading the file from near its start, which takes
 * tens of seconds on a slow link, so the next step waits for `seeked`.
 */
export const createHowlerEngine: CreateEngine = (source: EngineSource, events: EngineEvents) => {
  let active = true
  let loaded = false
  let wantPlay = false
  // What the events last said; null after a request, so that every request gets an answer.
  let reported: boolean | null = false
  let pendingSeek: number | null = source.startAt > 0 ? source.startAt : null
  // Until Howler confirms a seek, report its target.
  let seekingTo: number | null = null
  let retry: ReturnType<typeof setTimeout> | undefined
  const wanted: MediaSettings = { rate: source.rate, volume: source.volume, muted: source.muted }
  // Unknown until loaded: the element takes its defaults with every new source.
  let applied: MediaSettings = { rate: Number.NaN, volume: Number.NaN, muted: !source.muted }
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
  const internals = howl as unknown as HowlInternals
  const sound = () => internals._sounds[0]
  const stopFollowing = followOutsidePauses(
    howl,
    guard(() => {
      wantPlay = false
      events.onInterrupted()
      settle()
    }),
  )
  const stopFollowingDownloads = followDownloadProgress(howl, guard(events.onProgress))

  function later() {
    clearTimeout(retry)
    retry = setTimeout(guard(settle), RETRY_MS)
  }

  /** One step towards what was asked; every Howler event and retry comes back here. */
  function settle() {
    const current = sound()
    if (!loaded || !current) {
      // Nothing can play before the media loads: a pause is honoured already.
      if (!wantPlay) report(false)
      return
    }
    if (internals._playLock || seekingTo !== null || current._node?.seeking) return later()
    if (pendingSeek !== null) {
      seekingTo = pendingSeek
      pendingSeek = null
      howl.seek(seekingTo, current._id)
      return later()
    }
    applied = applySettings(howl, current._id, wanted, applied)
    if (wantPlay && current._paused) {
      howl.play(current._id)
      return later()
    }
    if (!wantPlay && !current._paused) howl.pause(current._id)
    report(!current._paused)
  }

  function report(playing: boolean) {
    if (playing === reported) return
    reported = playing
    if (playing) events.onPlay()
    else events.onPause()
  }

  howl.on(
    'load',
    guard(() => {
      loaded = true
      events.onLoad(howl.duration())
      settle()
    }),
  )
  howl.on(
    'seek',
    guard(() => {
      seekingTo = null
      later()
    }),
  )
  howl.on('play', guard(later))
  howl.on('pause', guard(later))
  howl.on(
    'end',
    guard(() => {
      wantPlay = false
      reported = false
      events.onEnd()
    }),
  )
  howl.on(
    'loaderror',
    guard((_id: number, error: unknown) => events.onError(loadErrorMessage(error))),
  )
  howl.on(
    'playerror',
    guard(() => {
      wantPlay = false
      reported = false
      events.onPlayBlocked()
    }),
  )

  const engine: AudioEngine = {
    play() {
      wantPlay = true
      reported = null
      settle()
    },
    pause() {
      wantPlay = false
      reported = null
      settle()
    },
    seek(seconds) {
      pendingSeek = seconds
      settle()
    },
    position() {
      const waiting = pendingSeek ?? seekingTo
      if (waiting !== null) return waiting
      if (!loaded) return source.startAt
      const position = howl.seek()
      return typeof position === 'number' && Number.isFinite(position) ? position : 0
    },
    setRate(rate) {
      wanted.rate = rate
      settle()
    },
    setVolume(volume) {
      wanted.volume = volume
      settle()
    },
    setMuted(muted) {
      wanted.muted = muted
      settle()
    },
    unload() {
      active = false
      clearTimeout(retry)
      stopFollowing()
      stopFollowingDownloads()
      keepOutOfPool(howl)
      howl.unload()
    },
  }
  return engine
}
