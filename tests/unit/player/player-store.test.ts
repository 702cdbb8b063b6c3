import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPlayerStore } from '../../../src/features/player/store/create-player-store.ts'
import { createListeningProgress } from '../../../src/features/player/store/listening-progress.ts'
import { STALL_TIMEOUT_MS } from '../../../src/features/player/store/playback-clock.ts'
import { DEFAULT_SETTINGS } from '../../../src/features/player/store/player-settings.ts'
import type { PlayerEpisode } from '../../../src/features/player/store/player-types.ts'
import { fakeEngineFactory } from './fake-engine.ts'
import { memoryStorage } from './memory-storage.ts'

const episode = (slug: string, duration = 2400): PlayerEpisode => ({
  slug,
  title: `Episode ${slug}`,
  audioUrl: `/audio/${slug}.mp3`,
  duration,
  chapters: [
    { startTime: 0, title: 'Intro' },
    { startTime: 600, title: 'Middle' },
  ],
  showName: null,
  artwork: null,
})

function setup({ engineReady = true } = {}) {
  const engines = fakeEngineFactory()
  const progress = createListeningProgress(memoryStorage())
  const gestures: Array<() => void> = []
  const frames: Array<() => void> = []
  const store = createPlayerStore({
    loadEngine: () => Promise.resolve(engines.create),
    loadedEngine: () => (engineReady ? engines.create : null),
    progress,
    settings: DEFAULT_SETTINGS,
    saveSettings: vi.fn(),
    requestFrame: (callback) => frames.push(callback),
    cancelFrame: () => {},
    onNextGesture: (callback) => void gestures.push(callback),
    now: () => Date.now(),
  })
  const engine = (index = 0) => {
    const opened = engines.opened[index]
    if (!opened) throw new Error(`engine ${index} was never opened`)
    return opened
  }
  return { store, engines, engine, progress, gestures, frames }
}

beforeEach(() => void vi.useFakeTimers())
afterEach(() => void vi.useRealTimers())

describe('player store', () => {
  it('cues an episode without opening any audio', () => {
    const { store, engines } = setup()
    store.cue(episode('a'), 1425)
    expect(store.getState()).toMatchObject({ status: 'paused', duration: 2400 })
    expect(store.getPosition()).toBe(1425)
    expect(engines.opened).toHaveLength(0)
  })

  it('starts the media at a seek requested before it loaded', () => {
    const { store, engine } = setup()
    store.cue(episode('a'))
    store.seek(600)
    store.play()
    expect(engine().source.startAt).toBe(600)
    expect(engine().calls).toEqual(['play'])
    expect(store.getState().status).toBe('loading')
    store.seek(900)
    expect(engine().calls).toContain('seek 900')
    engine().events.onPlay()
    expect(store.getState().status).toBe('playing')
  })

  it('changes state only when the media confirms', () => {
    const { store, engine } = setup()
    store.playEpisode(episode('a'))
    engine().events.onPlay()
    store.pause()
    expect(store.getState().status).toBe('playing')
    engine().events.onPause()
    expect(store.getState().status).toBe('paused')
  })

  it('waits for the engine to arrive when it was not fetched ahead', async () => {
    const { store, engines } = setup({ engineReady: false })
    store.playEpisode(episode('a'))
    expect(store.getState().status).toBe('loading')
    expect(engines.opened).toHaveLength(0)
    await vi.runAllTicks()
    await Promise.resolve()
    expect(engines.opened).toHaveLength(1)
  })

  it('unloads the previous episode and remembers where it stopped on a switch', () => {
    const { store, engine, progress } = setup()
    store.playEpisode(episode('a'))
    engine(0).events.onPlay()
    engine(0).current = 321
    store.seek(321)
    store.playEpisode(episode('b'))
    expect(engine(0).unloaded).toBe(true)
    expect(engine(1).source.src).toBe('/audio/b.mp3')
    expect(progress.get('a')?.position).toBe(321)
    // Late events from the old engine change nothing.
    engine(0).events.onPlay()
    engine(0).events.onError('late')
    expect(store.getState()).toMatchObject({ status: 'loading', error: null })
    expect(store.getState().episode?.slug).toBe('b')
  })

  it('resumes an episode where the listener left it', () => {
    const { store, progress } = setup()
    progress.savePosition(episode('a'), 750, 1)
    store.cue(episode('a'))
    expect(store.getPosition()).toBe(750)
  })

  it('reports a load error and retries at the same position with a new engine', () => {
    const { store, engine } = setup()
    store.playEpisode(episode('a'), 500)
    engine(0).events.onError('The audio file could not be found or is not audio.')
    expect(store.getState()).toMatchObject({
      status: 'error',
      error: expect.stringContaining('not be found'),
    })
    expect(engine(0).unloaded).toBe(true)
    store.retry()
    expect(engine(1).source.startAt).toBe(500)
    expect(engine(1).source.src).toBe('/audio/a.mp3?retry=1')
    expect(engine(1).calls).toContain('play')
    engine(1).events.onPlay()
    expect(store.getState()).toMatchObject({ status: 'playing', error: null })
  })

  it('turns a stalled load into an error instead of an endless spinner', () => {
    const { store } = setup()
    store.playEpisode(episode('a'))
    vi.advanceTimersByTime(STALL_TIMEOUT_MS + 2000)
    expect(store.getState().status).toBe('error')
  })

  it('keeps waiting, without an error, while the audio still arrives slowly', () => {
    const { store, engine } = setup()
    store.playEpisode(episode('a'), 1200)
    for (let second = 0; second < 60; second += 4) {
      vi.advanceTimersByTime(4000)
      engine().events.onProgress()
    }
    expect(store.getState()).toMatchObject({ status: 'loading', error: null })
  })

  it('keeps playing while the position moves', () => {
    const { store, engine } = setup()
    store.playEpisode(episode('a'))
    engine().events.onPlay()
    for (let second = 1; second < 30; second++) {
      engine().current = second
      vi.advanceTimersByTime(1000)
    }
    expect(store.getState().status).toBe('playing')
  })

  it('plays on the next gesture after the browser refused autoplay', () => {
    const { store, engine, gestures } = setup()
    store.playEpisode(episode('a'))
    engine().events.onPlayBlocked()
    expect(store.getState()).toMatchObject({ status: 'paused', blocked: true })
    gestures[0]?.()
    expect(engine().calls.filter((call) => call === 'play')).toHaveLength(2)
    expect(engine().calls).toContain('seek 0')
  })

  it('marks the episode played at the end and restarts from 0 on play', () => {
    const { store, engine, progress } = setup()
    store.playEpisode(episode('a', 100))
    engine().events.onPlay()
    engine().events.onEnd()
    expect(progress.get('a')?.played).toBe(true)
    expect(store.getPosition()).toBe(100)
    store.play()
    expect(engine().calls).toContain('seek 0')
  })

  it('clamps seeks and speed', () => {
    const { store, engine } = setup()
    store.playEpisode(episode('a'))
    store.seek(99_999)
    expect(store.getPosition()).toBe(2400)
    store.skip(-5000)
    expect(store.getPosition()).toBe(0)
    store.setRate(10)
    expect(store.getState().rate).toBe(3)
    expect(engine().calls).toContain('rate 3')
  })
})
