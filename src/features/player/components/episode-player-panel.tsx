import { useEffect, useMemo, useRef } from 'react'
import type { EpisodeDocument } from '../../../content/documents.ts'
import { preloadEngine } from '../engine/load-engine.ts'
import { useMomentParam } from '../hooks/use-moment-param.ts'
import { usePlayer } from '../hooks/use-player.ts'
import { toPlayerEpisode } from '../lib/to-player-episode.ts'
import { whenIdle } from '../lib/when-idle.ts'
import { playerStore } from '../store/player-store.ts'
import { ChapterLinks } from './chapter-links.tsx'
import { ChapterList } from './chapter-list.tsx'
import { CopyMomentLink } from './copy-moment-link.tsx'
import { Icon } from './icon.tsx'
import { QueueButton } from './queue-button.tsx'
import { ResumeHint } from './resume-hint.tsx'
import { focusRing } from './styles.ts'

/** The episode page's player part: Play, the chapter list, links to a moment, `?t=`; without audio, the chapters as links and a note in Play's place. */
export function EpisodePlayerPanel({ episode }: { episode: EpisodeDocument }) {
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

  const play = (at?: number) => {
    if (!playable) return
    if (playerStore.getState().episode?.slug === playable.slug) {
      if (at !== undefined) playerStore.seek(at)
      return playerStore.play()
    }
    playerStore.playEpisode(playable, at ?? startAt.current ?? undefined)
  }

  return (
    <div className="mt-4">
      {playable ? (
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={() => (active ? playerStore.pause() : play())}
            className={`inline-flex items-center gap-2 rounded-full bg-accent px-5 py-2 font-semibold text-on-accent hover:bg-accent-strong ${focusRing}`}
          >
            <Icon name={active ? 'pause' : 'play'} />
            {active ? 'Pause' : 'Play'}
          </button>
          <QueueButton episode={playable} playable={playable} />
          <CopyMomentLink slug={playable.slug} />
          <ResumeHint slug={playable.slug} />
        </div>
      ) : (
        <p className="text-slate-700 dark:text-slate-300">This episode has no audio yet.</p>
      )}
      {playable ? (
        <ChapterList episode={playable} onPlayChapter={play} />
      ) : (
        <ChapterLinks episode={episode} />
      )}
    </div>
  )
}
