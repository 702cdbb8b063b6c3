import type { AudioEngine, CreateEngine, EngineEvents } from '../engine/audio-engine.ts'
import { engineSourceFor } from './engine-source.ts'
import type { ListeningProgress } from './listening-progress.ts'
import { createPlaybackClock } from './playback-clock.ts'
import { MAX_RATE, MIN_RATE, type PlayerSettings } from './player-settings.ts'
import type { PlayerEpisode, PlayerState } from './player-types.ts'

export interface PlayerStoreDeps {
  loadEngine(): Promise<CreateEngine>
  loadedEngine(): CreateEngine | null
  progress: ListeningProgress
  settings: PlayerSettings
  saveSettings(settings: PlayerSettings): void
  requestFrame(callback: () => void): number
  cancelFrame(handle: number): void
  /** Calls `callback` once on the listener's next click or key press. */
  onNextGesture(callback: () => void): void
  now(): number
}

const SAVE_INTERVAL_MS = 5_000
const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max)

/**
 * The player: one episode, one engine at a time. The UI calls the actions;
 * the state only follows what the engine confirms. The position has its own
 * channel so that per-frame updates reach only what shows time.
 */
export function createPlayerStore(deps: PlayerStoreDeps) {
  let state: PlayerState = {
    episode: null,
    status: 'idle',
    duration: 0,
    error: null,
    blocked: false,
    ...deps.settings,
  }
  let position = 0
  let engine: AudioEngine | null = null
  let opening = 0
  let lastSavedAt = 0
  let retries = 0
  const listeners = new Set<() => void>()
  const positionListeners = new Set<() => void>()

  function set(patch: Partial<PlayerState>) {
    state = { ...state, ...patch }
    for (const listener of listeners) listener()
  }
  function publishPosition(next: number) {
    if (next === position) return
    position = next
    for (const listener of positionListeners) listener()
  }
  function savePosition() {
    if (!state.episode || !engine) return
    lastSavedAt = deps.now()
    deps.progress.savePosition(
      { ...state.episode, duration: state.duration },
      position,
      lastSavedAt,
    )
  }

  const clock = createPlaybackClock({
    requestFrame: deps.requestFrame,
    cancelFrame: deps.cancelFrame,
    now: deps.now,
    read: () => engine?.position() ?? null,
    running: () => state.status === 'playing' || state.status === 'loading',
    publish: publishPosition,
    onSecond(now) {
      if (state.status === 'playing' && now - lastSavedAt >= SAVE_INTERVAL_MS) savePosition()
    },
    onStall: () => fail('The audio stopped loading. Check your connection, then retry.'),
  })

  function closeEngine() {
    opening += 1
    engine?.unload()
    engine = null
    clock.stop()
  }
  function fail(message: string) {
    closeEngine()
    set({ status: 'error', error: message, blocked: false })
  }

  function engineEvents(): EngineEvents {
    const ticket = opening
    // An engine closed on a switch or a retry may still have events in flight.
    const current =
      <A extends unknown[]>(handler: (...args: A) => void) =>
      (...args: A) => {
        if (ticket === opening) handler(...args)
      }
    const events: EngineEvents = {
      onLoad: (duration) => {
        if (Number.isFinite(duration) && duration > 0) set({ duration })
      },
      onPlay: () => {
        set({ status: 'playing', error: null, blocked: false })
        clock.start()
      },
      onPause: () => {
        if (engine) publishPosition(engine.position())
        clock.stop()
        set({ status: 'paused' })
        savePosition()
      },
      onEnd: () => {
        clock.stop()
        publishPosition(state.duration)
        set({ status: 'paused' })
        if (state.episode)
          deps.progress.markPlayed({ ...state.episode, duration: state.duration }, deps.now())
      },
      onError: fail,
      onPlayBlocked: () => {
        if (state.status === 'error') return
        clock.stop()
        set({ status: 'paused', blocked: true })
        deps.onNextGesture(() => {
          if (!state.blocked) return
          // Howler rewinds a refused sound to 0; start again where the listener asked.
          actions.seek(position)
          actions.play()
        })
      },
    }
    return {
      onLoad: current(events.onLoad),
      onPlay: current(events.onPlay),
      onPause: current(events.onPause),
      onEnd: current(events.onEnd),
      onError: current(events.onError),
      onPlayBlocked: current(events.onPlayBlocked),
    }
  }

  function open(create: CreateEngine, episode: PlayerEpisode) {
    const startAt = position >= state.duration - 0.5 ? 0 : position
    publishPosition(startAt)
    const { rate, volume, muted } = state
    engine = create(
      engineSourceFor(episode.audioUrl, { rate, volume, muted }, startAt, retries),
      engineEvents(),
    )
    engine.play()
    clock.start()
  }

  const actions = {
    /** Shows the episode in the player, paused at `at` (or where the listener left it), without fetching audio. */
    cue(episode: PlayerEpisode, at?: number) {
      if (state.episode?.slug === episode.slug) {
        if (at !== undefined) actions.seek(at)
        return
      }
      savePosition()
      closeEngine()
      retries = 0
      position = clamp(at ?? deps.progress.resumePosition(episode.slug), 0, episode.duration)
      for (const listener of positionListeners) listener()
      set({ episode, status: 'paused', duration: episode.duration, error: null, blocked: false })
    },
    play() {
      const episode = state.episode
      if (!episode || state.status === 'playing') return
      if (engine) {
        if (position >= state.duration - 0.5) actions.seek(0)
        engine.play()
        set({ status: 'loading', blocked: false })
        clock.start()
        return
      }
      set({ status: 'loading', error: null, blocked: false })
      const create = deps.loadedEngine()
      if (create) return open(create, episode)
      const ticket = ++opening
      deps.loadEngine().then(
        (loaded) => {
          if (ticket === opening && state.status === 'loading') open(loaded, episode)
        },
        () => {
          if (ticket === opening)
            fail('The player could not be loaded. Check your connection, then retry.')
        },
      )
    },
    playEpisode(episode: PlayerEpisode, at?: number) {
      actions.cue(episode, at)
      actions.play()
    },
    pause() {
      if (engine && (state.status === 'playing' || state.status === 'loading')) engine.pause()
      else if (state.status === 'loading') {
        opening += 1
        set({ status: 'paused' })
      }
    },
    toggle() {
      if (state.status === 'playing' || state.status === 'loading') actions.pause()
      else actions.play()
    },
    seek(seconds: number) {
      if (!state.episode || !Number.isFinite(seconds)) return
      const target = clamp(seconds, 0, state.duration)
      engine?.seek(target)
      clock.restartWatch(target)
      publishPosition(target)
    },
    skip: (delta: number) => actions.seek(position + delta),
    /** Opens the audio again at the last position after a failure. */
    retry() {
      if (!state.episode) return
      retries += 1
      closeEngine()
      set({ status: 'paused', error: null })
      actions.play()
    },
    setRate(rate: number) {
      const next = Math.round(clamp(rate, MIN_RATE, MAX_RATE) * 100) / 100
      engine?.setRate(next)
      set({ rate: next })
      deps.saveSettings({ rate: next, volume: state.volume, muted: state.muted })
    },
    setVolume(volume: number) {
      const next = clamp(volume, 0, 1)
      engine?.setVolume(next)
      set({ volume: next, muted: next === 0 ? state.muted : false })
      engine?.setMuted(state.muted)
      deps.saveSettings({ rate: state.rate, volume: next, muted: state.muted })
    },
    setMuted(muted: boolean) {
      engine?.setMuted(muted)
      set({ muted })
      deps.saveSettings({ rate: state.rate, volume: state.volume, muted })
    },
    /** Remembers the position now (page hidden or closed). */
    persist: savePosition,
  }

  return {
    ...actions,
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    getPosition: () => position,
    subscribePosition(listener: () => void) {
      positionListeners.add(listener)
      return () => void positionListeners.delete(listener)
    },
  }
}

export type PlayerStore = ReturnType<typeof createPlayerStore>
