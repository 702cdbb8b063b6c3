import { finiteIn, isRecord, type KeyValueStorage, readJson, writeJson } from './safe-storage.ts'

export interface PlayerSettings {
  rate: number
  volume: number
  muted: boolean
}

export const MIN_RATE = 0.5
export const MAX_RATE = 3
export const DEFAULT_SETTINGS: PlayerSettings = { rate: 1, volume: 1, muted: false }
const KEY = 'podcast-player:settings'

/** Remembered speed, volume and mute; anything invalid falls back to the default, field by field. */
export function readSettings(storage: KeyValueStorage | null): PlayerSettings {
  const stored = readJson(storage, KEY)
  if (!isRecord(stored)) return DEFAULT_SETTINGS
  return {
    rate: finiteIn(stored.rate, MIN_RATE, MAX_RATE) ? stored.rate : DEFAULT_SETTINGS.rate,
    volume: finiteIn(stored.volume, 0, 1) ? stored.volume : DEFAULT_SETTINGS.volume,
    muted: typeof stored.muted === 'boolean' ? stored.muted : DEFAULT_SETTINGS.muted,
  }
}

export function writeSettings(storage: KeyValueStorage | null, settings: PlayerSettings): void {
  writeJson(storage, KEY, settings)
}
