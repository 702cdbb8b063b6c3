import type { AudioEngine } from '../engine/audio-engine.ts'
import { clamp } from '../lib/clamp.ts'
import { MAX_RATE, MIN_RATE, type PlayerSettings } from './player-settings.ts'
import type { PlayerState } from './player-types.ts'

interface SettingsTarget {
  engine(): AudioEngine | null
  state(): PlayerState
  set(patch: Partial<PlayerState>): void
  save(settings: PlayerSettings): void
}

/** Speed, volume and mute: applied to the open audio, shown, and remembered for the next visit. */
export function createSettingsActions(target: SettingsTarget) {
  return {
    setRate(rate: number) {
      const next = Math.round(clamp(rate, MIN_RATE, MAX_RATE) * 100) / 100
      target.engine()?.setRate(next)
      target.set({ rate: next })
      const { volume, muted } = target.state()
      target.save({ rate: next, volume, muted })
    },
    setVolume(volume: number) {
      const next = clamp(volume, 0, 1)
      const engine = target.engine()
      engine?.setVolume(next)
      target.set({ volume: next, muted: next === 0 ? target.state().muted : false })
      const { rate, muted } = target.state()
      engine?.setMuted(muted)
      target.save({ rate, volume: next, muted })
    },
    setMuted(muted: boolean) {
      target.engine()?.setMuted(muted)
      target.set({ muted })
      const { rate, volume } = target.state()
      target.save({ rate, volume, muted })
    },
  }
}
