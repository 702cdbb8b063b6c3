import type {
  AudioEngine,
  CreateEngine,
  EngineEvents,
  EngineSource,
} from '../../../src/features/player/engine/audio-engine.ts'

/** An engine that records requests and lets the test play the media's part. */
export interface FakeEngine extends AudioEngine {
  source: EngineSource
  events: EngineEvents
  calls: string[]
  current: number
  unloaded: boolean
}

export function fakeEngineFactory() {
  const opened: FakeEngine[] = []
  const create: CreateEngine = (source, events) => {
    const engine: FakeEngine = {
      source,
      events,
      calls: [],
      current: source.startAt,
      unloaded: false,
      play: () => void engine.calls.push('play'),
      pause: () => void engine.calls.push('pause'),
      seek(seconds) {
        engine.calls.push(`seek ${seconds}`)
        engine.current = seconds
      },
      position: () => engine.current,
      setRate: (rate) => void engine.calls.push(`rate ${rate}`),
      setVolume: (volume) => void engine.calls.push(`volume ${volume}`),
      setMuted: (muted) => void engine.calls.push(`muted ${muted}`),
      unload() {
        engine.unloaded = true
      },
    }
    opened.push(engine)
    return engine
  }
  return { create, opened }
}
