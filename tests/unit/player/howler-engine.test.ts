import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

type Handler = (...args: unknown[]) => void

/** Stands in for Howler: records what the engine asks and lets the test fire media events. */
class FakeHowl {
  static last: FakeHowl | null = null
  handlers = new Map<string, Handler[]>()
  seeks: number[] = []
  played = 0
  paused = 0
  current = 0
  unloaded = false
  playingNow = true
  _playLock = false
  node = Object.assign(new EventTarget(), { paused: true, ended: false, seeking: false })
  _sounds = [{ _id: 1, _paused: true, _node: this.node }]
  constructor(readonly options: Record<string, unknown>) {
    FakeHowl.last = this
  }
  on(event: string, handler: Handler) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler])
    return this
  }
  emit(event: string, ...args: unknown[]) {
    for (const handler of this.handlers.get(event) ?? []) handler(...args)
  }
  seek(seconds?: number) {
    if (seconds === undefined) return this.current
    this.seeks.push(seconds)
    this.current = seconds
    return this
  }
  play() {
    this.played += 1
    for (const sound of this._sounds) sound._paused = false
    return 1
  }
  pause() {
    this.paused += 1
    for (const sound of this._sounds) sound._paused = true
    return this
  }
  rate() {
    return this
  }
  volume() {
    return this
  }
  mute() {
    return this
  }
  playing() {
    return this.playingNow
  }
  duration() {
    return 2399.1
  }
  unload() {
    this.unloaded = true
  }
}

const fakeHowler: Record<string, unknown> = { _canPlayEvent: 'canplaythrough' }
vi.mock('howler', () => ({ Howl: FakeHowl, Howler: fakeHowler }))
const { createHowlerEngine } = await import('../../../src/features/player/engine/howler-engine.ts')

const events = () => ({
  onLoad: vi.fn(),
  onProgress: vi.fn(),
  onPlay: vi.fn(),
  onPause: vi.fn(),
  onInterrupted: vi.fn(),
  onEnd: vi.fn(),
  onError: vi.fn(),
  onPlayBlocked: vi.fn(),
})
const source = { src: '/audio/a', format: 'mp3', startAt: 0, rate: 1, volume: 1, muted: false }
const howl = () => {
  if (!FakeHowl.last) throw new Error('no Howl was created')
  return FakeHowl.last
}

beforeEach(() => {
  FakeHowl.last = null
  vi.useFakeTimers()
})
afterEach(() => void vi.useRealTimers())

describe('Howler engine', () => {
  it('streams with HTML5 audio and names the format for URLs without extension', () => {
    createHowlerEngine(source, events())
    expect(howl().options).toMatchObject({ html5: true, format: ['mp3'], src: ['/audio/a'] })
  })

  it('starts once the media can play, not when the browser guesses it can play through', () => {
    expect(fakeHowler._canPlayEvent).toBe('canplay')
  })

  it('seeks to the start position once the media loads, then plays from there', () => {
    const engine = createHowlerEngine({ ...source, startAt: 1425 }, events())
    engine.play()
    expect(howl().seeks).toEqual([])
    expect(engine.position()).toBe(1425)
    howl().emit('load')
    expect(howl().seeks).toEqual([1425])
    expect(howl().played).toBe(0)
    howl().emit('seek')
    vi.advanceTimersByTime(100)
    expect(howl().played).toBe(1)
  })

  it('keeps seeks requested before the audio can seek, and the last one wins', () => {
    const listener = events()
    const engine = createHowlerEngine({ ...source, startAt: 100 }, listener)
    engine.seek(200)
    engine.seek(300)
    expect(engine.position()).toBe(300)
    expect(howl().seeks).toEqual([])
    howl().emit('load')
    expect(howl().seeks).toEqual([300])
    expect(listener.onLoad).toHaveBeenCalledWith(2399.1)
  })

  it('keeps a pause asked while a play is pending, and reports what the media did', () => {
    const listener = events()
    const engine = createHowlerEngine(source, listener)
    howl().emit('load')
    engine.play()
    expect(howl().played).toBe(1)
    howl()._playLock = true
    engine.pause()
    engine.play()
    engine.pause()
    expect(howl().paused).toBe(0)
    vi.advanceTimersByTime(200)
    expect(howl().paused).toBe(0)
    howl()._playLock = false
    howl().emit('play')
    vi.advanceTimersByTime(100)
    expect(howl().paused).toBe(1)
    expect(listener.onPause).toHaveBeenCalledTimes(1)
    expect(listener.onPlay).not.toHaveBeenCalled()
  })

  it('answers a pause before the media loaded at once: nothing is playing', () => {
    const listener = events()
    const engine = createHowlerEngine(source, listener)
    engine.play()
    engine.pause()
    expect(listener.onPause).toHaveBeenCalledTimes(1)
    expect(howl().played).toBe(0)
  })

  it('waits for a seek to settle before the next request reaches Howler', () => {
    const engine = createHowlerEngine(source, events())
    howl().emit('load')
    engine.seek(600)
    engine.pause()
    engine.play()
    expect(howl().seeks).toEqual([600])
    expect(howl().played).toBe(0)
    howl().emit('seek')
    vi.advanceTimersByTime(100)
    expect(howl().played).toBe(1)
  })

  it('hands the element a new seek only once it has finished the previous one', () => {
    // Chromium may answer a seek that interrupts another by reading the file from near its
    // start: tens of seconds on a slow link.
    const engine = createHowlerEngine(source, events())
    howl().emit('load')
    engine.seek(444)
    howl().node.seeking = true
    howl().emit('seek')
    engine.seek(429)
    engine.seek(278)
    vi.advanceTimersByTime(500)
    expect(howl().seeks).toEqual([444])
    expect(engine.position()).toBe(278)
    howl().node.seeking = false
    vi.advanceTimersByTime(100)
    expect(howl().seeks).toEqual([444, 278])
  })

  it('reports bytes arriving until unloaded, also while the position stands still', () => {
    const listener = events()
    const engine = createHowlerEngine(source, listener)
    howl().node.dispatchEvent(new Event('progress'))
    expect(listener.onProgress).toHaveBeenCalledTimes(1)
    engine.unload()
    howl().node.dispatchEvent(new Event('progress'))
    expect(listener.onProgress).toHaveBeenCalledTimes(1)
  })

  it('reports the target of a seek until Howler confirms it', () => {
    const engine = createHowlerEngine(source, events())
    howl().emit('load')
    engine.seek(600)
    howl().current = 12
    expect(engine.position()).toBe(600)
    howl().emit('seek')
    expect(engine.position()).toBe(12)
  })

  it('turns media error codes into messages and goes silent once unloaded', () => {
    const listener = events()
    const engine = createHowlerEngine(source, listener)
    howl().emit('loaderror', 1, 4)
    expect(listener.onError).toHaveBeenCalledWith(expect.stringContaining('not be found'))
    engine.unload()
    howl().emit('play', 1)
    expect(howl().unloaded).toBe(true)
    expect(listener.onPlay).not.toHaveBeenCalled()
  })

  it('reports a pause the browser made on its own as the new wish', () => {
    const listener = events()
    const engine = createHowlerEngine(source, listener)
    howl().emit('load')
    engine.play()
    howl().node.dispatchEvent(new Event('pause'))
    vi.advanceTimersByTime(500)
    expect(listener.onInterrupted).toHaveBeenCalledTimes(1)
    expect(howl().paused).toBe(1)
  })

  it('leaves pauses alone that Howler made itself or that a seek resumed', () => {
    const listener = events()
    createHowlerEngine(source, listener)
    howl().playingNow = false
    howl().node.dispatchEvent(new Event('pause'))
    vi.advanceTimersByTime(500)
    howl().playingNow = true
    howl().node.paused = false
    howl().node.dispatchEvent(new Event('pause'))
    vi.advanceTimersByTime(500)
    expect(howl().paused).toBe(0)
    expect(listener.onInterrupted).not.toHaveBeenCalled()
  })
})
