import type { TimedChapter } from '../lib/chapter-at.ts'

/** The episode as the player needs it, taken from its document. */
export interface PlayerEpisode {
  slug: string
  title: string
  audioUrl: string
  /** Seconds, from the document; the media's own duration replaces it once known. */
  duration: number
  chapters: TimedChapter[]
  showName: string | null
  artwork: string | null
}

/** `loading`: play was requested and the media has not confirmed yet. */
export type PlayerStatus = 'idle' | 'loading' | 'playing' | 'paused' | 'error'

export interface PlayerState {
  episode: PlayerEpisode | null
  status: PlayerStatus
  duration: number
  rate: number
  volume: number
  muted: boolean
  error: string | null
  /** The browser refused to start without a gesture; the next one starts playback. */
  blocked: boolean
}
