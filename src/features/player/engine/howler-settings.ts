import type { Howl } from 'howler'

export interface MediaSettings {
  rate: number
  volume: number
  muted: boolean
}

/** Applies what differs from `applied` to one sound; returns what is applied now. */
export function applySettings(
  howl: Howl,
  id: number,
  wanted: MediaSettings,
  applied: MediaSettings,
): MediaSettings {
  if (wanted.rate !== applied.rate) howl.rate(wanted.rate, id)
  if (wanted.volume !== applied.volume) howl.volume(wanted.volume, id)
  if (wanted.muted !== applied.muted) howl.mute(wanted.muted, id)
  return { ...wanted }
}
