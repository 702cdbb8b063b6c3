import type { EngineSource } from '../engine/audio-engine.ts'
import type { PlayerSettings } from './player-settings.ts'

/** The codec named by the URL's extension; MP3 when the URL has none. */
export const formatOf = (url: string): string =>
  /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase() ?? 'mp3'

/**
 * What to open for an episode. Chromium reuses what it read from a URL, even a
 * failed body, so a retry asks under a new URL (static hosts ignore the query).
 */
export function engineSourceFor(
  audioUrl: string,
  settings: PlayerSettings,
  startAt: number,
  retries: number,
): EngineSource {
  const src =
    retries > 0 ? `${audioUrl}${audioUrl.includes('?') ? '&' : '?'}retry=${retries}` : audioUrl
  return { src, format: formatOf(audioUrl), startAt, ...settings }
}
