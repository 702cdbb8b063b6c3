import type { AudioEngine, CreateEngine, EngineEvents } from '../engine/audio-engine.ts'
import { clamp } from '../lib/clamp.ts'
import { currentEvents } from './current-events.ts'
import { engineEventHandlers } from './engine-event-handlers.ts'
import { engineSourceFor } from './engine-source.ts'
import { createListeners } from './listeners.ts'
import { createPlaybackClock } from './playback-clock.ts'
import type { PlayerEpisode, PlayerState, PlayerStoreDeps } from './player-types.ts'
import { createPositionSaver } from './position-saver.ts'
import { createSettingsActions } from './settings-actions.ts'

/**
 * The player: one episode, one engine at a time. The UI calls the actions;
 * the status only follows what the engine confirms, while `requested` keeps
 * the listener's last play or pause: a toggle decides from it, and a
 * confirmation that contradicts it asks the engine again (see
 * engine-event-handlers.ts). The position has its own
 * channel so that per-frame updates reach only what shows time.
 */
export function createPlayerStore(deps: PlayerStoreDeps) {
  let state: PlayerState = {
    episode: null,
    status: 'idle',
    requested: 'pause',
    duration: 0,
    error: null,
    blocked: false,
    ...deps.settings,
  }
  let position = 0
  let engine: AudioEngine | null = null
  let opening = 0
  let retries = 0
  const stateListeners = createListeners()
  const positionListeners = createListeners()

  function set(patch: Partial<PlayerState>) {
    state = { ...state, ...patch }
    stateListeners.notify()
  }
  function publishPosition(next: number) {
    if (next === position) return
    position = next
    positionListeners.notify()
  }
  const saver = createPositionSaver(deps.progress, deps.now, () =>
    state.episode && engine ? { episode: state.episode, duration: state.duration, position } : null,
  )
  const savePosition = saver.save

  const clock = createPlaybackClock({
    requestFrame: deps.requestFrame,
    cancelFrame: deps.cancelFrame,
    now: deps.now,
    read: () => engine?.position() ?? null,
    running: () => state.status === 'playing' || state.status === 'loading',
    publish: publishPosition,
    onSecond: (now) => saver.tick(now, state.status === 'playing'),
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
    set({ status: 'error', requested: 'pause', error: message, blocked: false })
  }

  function engineEvents(): EngineEvents {
    const ticket = opening
    const handlers = engineEventHandlers({
      state: () => state,
      set,
      engine: () => engine,
      position: () => position,
      publishPosition,
      savePosition,
      fail,
      clock,
      resumeAt(at) {
        actions.seek(at)
        actions.play()
      },
      deps,
    })
    return currentEvents(handlers, () => ticket === opening)
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
      positionListeners.notify()
      set({
        episode,
        status: 'paused',
        requested: 'pause',
        duration: episode.duration,
        error: null,
        blocked: false,
      })
    },
    play() {
      const episode = state.episode
      if (!episode) return
      if (engine) {
        if (state.status !== 'playing' && position >= state.duration - 0.5) actions.seek(0)
        // The request first: the engine may confirm at once, and checks it.
        const status = state.status === 'playing' ? 'playing' : 'loading'
        set({ status, requested: 'play', blocked: false })
        engine.play()
        clock.start()
        return
      }
      if (state.status === 'loading') return
      set({ status: 'loading', requested: 'play', error: null, blocked: false })
      const create = deps.loadedEngine()
      if (create) return open(create, episode)
      const ticket = ++opening
      deps.loadEngine().then(
        (loaded) => {
          if (ticket === opening && state.requested === 'play') open(loaded, episode)
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
      if (!state.episode || state.status === 'error') return
      if (engine) {
        set({ requested: 'pause' })
        engine.pause()
      } else {
        // Still fetching the engine: nothing plays yet, so nothing needs confirming.
        opening += 1
        set({ status: 'paused', requested: 'pause' })
      }
    },
    /** Decides from the last request, not from a state the media has not confirmed yet. */
    toggle() {
      if (state.requested === 'play') actions.pause()
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
    ...createSettingsActions({
      engine: () => engine,
      state: () => state,
      set,
      save: deps.saveSettings,
    }),
    /** Remembers the position now (page hidden or closed). */
    persist: savePosition,
  }

  return {
    ...actions,
    getState: () => state,
    subscribe: stateListeners.subscribe,
    getPosition: () => position,
    subscribePosition: positionListeners.subscribe,
  }
}

export type PlayerStore = ReturnType<typeof createPlayerStore>
