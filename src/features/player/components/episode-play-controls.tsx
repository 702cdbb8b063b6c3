import { type ReactNode, useEffect, useMemo, useRef } from 'react'
import type { EpisodeDocument } from '../../../content/documents.ts'
import { preloadEngine } from '../engine/load-engine.ts'
import { useMomentParam } from '../hooks/use-moment-param.ts'
import { usePlayer } from '../hooks/use-player.ts'
import { playEpisodeAt } from '../lib/play-episode-at.ts'
import { toPlayerEpisode } from '../lib/to-player-episode.ts'
import { whenIdle } from '../lib/when-idle.ts'
import { playerStore } from '../store/player-store.ts'
import { CopyMomentLink } from './copy-moment-link.tsx'
import { Icon } from './icon.tsx'
import { QueueButton } from './queue-button.tsx'
import { ResumeHint } from './resume-hint.tsx'
import { focusRing } from './styles.ts'

/**
 * The episode page's Play, Add to queue, `share` and link to a moment, and `?t=`; without
 * audio, a note in Play's place.
 */
export function EpisodePlayControls({
  episode,
  share,
}: {
  episode: EpisodeDocument
  share?: ReactNode
}) {
  const playable = useMemo(() => toPlayerEpisode(episode), [episode])
  const moment = useMomentParam()
  const startAt = useRef<number | null>(null)
  const active = usePlayer(
    (state) => state.episode?.slug === episode.slug && state.requested === 'play',
  )

  useEffect(() => whenIdle(() => void preloadEngine().catch(() => {})), [])

  // A link to a moment cues the episode there, paused and without fetching audio,
  // unless another episode is playing: then Play here starts at that moment.
  useEffect(() => {
    startAt.current = moment
    if (!playable || moment === null) return
    const { episode: current, requested } = playerStore.getState()
    const busy = current && current.slug !== playable.slug && requested === 'play'
    if (!busy) playerStore.cue(playable, moment)
  }, [playable, moment])

  if (!playable) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-slate-700 dark:text-slate-300">This episode has no audio yet.</p>
        {share}
      </div>
    )
  }
  // The moment of `?t=` applies to the first Play only: once in the player, Play resumes.
  const play = () => {
    const inPlayer = playerStore.getState().episode?.slug === playable.slug
    playEpisodeAt(playable, inPlayer ? undefined : (startAt.current ?? undefined))
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={() => (active ? playerStore.pause() : play())}
        className={`inline-flex items-center gap-2 rounded-full bg-accent px-6 py-2.5 text-lg font-semibold text-on-accent shadow-sm hover:bg-accent-strong ${focusRing}`}
      >
        <Icon name={active ? 'pause' : 'play'} className="size-6" />
        {active ? 'Pause' : 'Play'}
      </button>
      <QueueButton episode={playable} playable={playable} />
      {share}
      <CopyMomentLink slug={playable.slug} />
      <ResumeHint slug={playable.slug} />
    </div>
  )
}
