import type {
  AudioEngine,
  CreateEngine,
  EngineEvents,
} from '../../../src/features/player/engine/audio-engine.ts'

/** What the fake media really does, for the test to compare with what was asked. */
export interface LateEngine extends AudioEngine {
  slug: string
  actual(): { playing: boolean; position: number; rate: number }
  unloaded: boolean
}

/**
 * An engine whose media answers late and out of order: every play or pause
 * takes effect after a random delay (or at once, now and then) (so a later request may be overtaken by an
 * earlier one) and is confirmed then. Seeks and the rate keep the engine's
 * promise that the last request wins, also after random delays.
 */
export function lateEngineFactory(random: () => number, duration: number, now: () => number) {
  const opened: LateEngine[] = []
  const delay = () => Math.floor(random() * 300)

  const create: CreateEngine = (source, events: EngineEvents) => {
    let playing = false
    let base = source.startAt
    let since = now()
    let rate = source.rate
    let seeks = 0
    let pendingSeek: number | null = null
    let rates = 0
    let alive = true
    const current = () => Math.min(duration, base + (playing ? ((now() - since) / 1000) * rate : 0))
    const rebase = () => {
      base = current()
      since = now()
      if (playing && base >= duration) {
        playing = false
        events.onEnd()
      }
    }
    // Some answers come at once, inside the request, as a media with data at hand gives them.
    const later = (action: () => void) => {
      const ms = delay()
      if (ms < 40) return void action()
      setTimeout(() => {
        if (alive) action()
      }, ms)
    }

    later(() => events.onLoad(duration))
    const engine: LateEngine = {
      slug: source.src,
      unloaded: false,
      actual: () => ({ playing, position: current(), rate }),
      play: () =>
        later(() => {
          rebase()
          playing = true
          events.onPlay()
        }),
      pause: () =>
        later(() => {
          rebase()
          playing = false
          events.onPause()
        }),
      seek(seconds) {
        const ticket = ++seeks
        pendingSeek = seconds
        later(() => {
          if (ticket !== seeks) return
          pendingSeek = null
          base = seconds
          since = now()
        })
      },
      position: () => pendingSeek ?? current(),
      setRate(next) {
        const ticket = ++rates
        later(() => {
          if (ticket !== rates) return
          rebase()
          rate = next
        })
      },
      setVolume: () => {},
      setMuted: () => {},
      unload() {
        alive = false
        engine.unloaded = true
      },
    }
    opened.push(engine)
    return engine
  }
  return { create, opened }
}
