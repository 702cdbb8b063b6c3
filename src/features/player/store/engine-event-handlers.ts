import type { AudioEngine, EngineEvents } from '../engine/audio-engine.ts'
import type { PlayerState, PlayerStoreDeps } from './player-types.ts'

/** What the handlers read and change in the player store. */
export interface EngineEventTarget {
  state(): PlayerState
  set(patch: Partial<PlayerState>): void
  engine(): AudioEngine | null
  position(): number
  publishPosition(position: number): void
  savePosition(): void
  fail(message: string): void
  clock: { start(): void; stop(): void; noteDownload(): void }
  /** Starts playback at `at` again on the listener's next gesture, once the browser refused it. */
  resumeAt(at: number): void
  deps: Pick<PlayerStoreDeps, 'progress' | 'now' | 'onEnded' | 'onNextGesture'>
}

/**
 * How the player follows what the media confirms. The status only changes
 * here; a confirmation that contradicts the listener's last request asks
 * the engine again.
 */
export function engineEventHandlers(target: EngineEventTarget): EngineEvents {
  const { set, clock, deps } = target
  return {
    onLoad: (duration) => {
      if (Number.isFinite(duration) && duration > 0) set({ duration })
    },
    onProgress: clock.noteDownload,
    onPlay: () => {
      set({ status: 'playing', error: null, blocked: false })
      clock.start()
      if (target.state().requested === 'pause') target.engine()?.pause()
    },
    onPause: () => {
      const engine = target.engine()
      if (engine) target.publishPosition(engine.position())
      if (target.state().requested === 'play') {
        set({ status: 'loading' })
        engine?.play()
        return
      }
      clock.stop()
      set({ status: 'paused' })
      target.savePosition()
    },
    onInterrupted: () => set({ requested: 'pause' }),
    onEnd: () => {
      clock.stop()
      const { duration } = target.state()
      target.publishPosition(duration)
      set({ status: 'paused', requested: 'pause' })
      const { episode } = target.state()
      if (episode) deps.progress.markPlayed({ ...episode, duration }, deps.now())
      deps.onEnded?.()
    },
    onError: target.fail,
    onPlayBlocked: () => {
      if (target.state().status === 'error') return
      clock.stop()
      set({ status: 'paused', requested: 'pause', blocked: true })
      deps.onNextGesture(() => {
        if (!target.state().blocked) return
        // Howler rewinds a refused sound to 0; start again where the listener asked.
        target.resumeAt(target.position())
      })
    },
  }
}
