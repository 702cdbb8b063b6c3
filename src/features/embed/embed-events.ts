/** What the embed tells its host page; `time` is the position in seconds. */
export type EmbedEvent =
  | { type: 'ready' | 'play' | 'pause' | 'timeupdate' | 'ended'; episode: string; time: number }
  | { type: 'chapterchange'; episode: string; time: number; chapter: string | null }

/** The player as the host-page bridge sees it: a narrow view, so the bridge can be tested alone. */
export interface EmbeddedPlayer {
  playing(): boolean
  position(): number
  duration(): number
  /** Title of the chapter at the position, or null. */
  chapter(): string | null
  subscribe(listener: () => void): () => void
  subscribePosition(listener: () => void): () => void
  play(): void
  pause(): void
  seek(time: number): void
}

/** At most four `timeupdate` events a second. */
export const TIMEUPDATE_INTERVAL_MS = 250

const rounded = (seconds: number) => Math.round(seconds * 1000) / 1000

/**
 * Posts `ready` at once, then `play`, `pause`, `ended` (after its `pause`, as a
 * media element does), `chapterchange` and throttled `timeupdate` as the player
 * changes. Returns a function that stops it.
 */
export function postPlayerEvents(
  player: EmbeddedPlayer,
  episode: string,
  post: (event: EmbedEvent) => void,
  now: () => number,
): () => void {
  let playing = player.playing()
  let chapter = player.chapter()
  let lastTimeupdate = Number.NEGATIVE_INFINITY
  const base = () => ({ episode, time: rounded(player.position()) })
  const checkChapter = () => {
    const next = player.chapter()
    if (next === chapter) return
    chapter = next
    post({ type: 'chapterchange', ...base(), chapter })
  }
  post({ type: 'ready', ...base() })

  const stopState = player.subscribe(() => {
    const next = player.playing()
    if (next !== playing) {
      playing = next
      post({ type: next ? 'play' : 'pause', ...base() })
      if (!next && player.position() >= player.duration() - 0.5) post({ type: 'ended', ...base() })
    }
    checkChapter()
  })
  const stopPosition = player.subscribePosition(() => {
    checkChapter()
    const at = now()
    if (at - lastTimeupdate < TIMEUPDATE_INTERVAL_MS) return
    lastTimeupdate = at
    post({ type: 'timeupdate', ...base() })
  })
  return () => {
    stopState()
    stopPosition()
  }
}
