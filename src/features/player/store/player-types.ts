import type { CreateEngine } from '../engine/audio-engine.ts'
import type { TimedChapter } from '../lib/chapter-at.ts'
import type { ListeningProgress } from './listening-progress.ts'
import type { PlayerSettings } from './player-settings.ts'

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
  /** What the media confirmed; `loading` while a requested play is not confirmed yet. */
  status: PlayerStatus
  /** The listener's last request: what the player heads for, whatever the media says now. */
  requested: 'play' | 'pause'
  duration: number
  rate: number
  volume: number
  muted: boolean
  error: string | null
  /** The browser refused to start without a gesture; the next one starts playback. */
  blocked: boolean
}

/** What the store is built from: the browser in the app, fakes in tests. */
export interface PlayerStoreDeps {
  loadEngine(): Promise<CreateEngine>
  loadedEngine(): CreateEngine | null
  progress: ListeningProgress
  settings: PlayerSettings
  saveSettings(settings: PlayerSettings): void
  requestFrame(callback: () => void): number
  cancelFrame(handle: number): void
  /** Calls `callback` once on the listener's next click or key press. */
  onNextGesture(callback: () => void): void
  /** Called once the episode has played to its end (and is marked played). */
  onEnded?(): void
  now(): number
}
