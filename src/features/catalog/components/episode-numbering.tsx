import type { EpisodeSummary } from '../../../content/documents.ts'

export type Numbering = Pick<EpisodeSummary, 'episode' | 'season' | 'episodeType'>

const marks = { trailer: 'Trailer', bonus: 'Bonus' } as const

/** "Season 2 · Episode 14", with trailers and bonus episodes marked; nothing when none is given. */
export function EpisodeNumbering({ episode, season, episodeType }: Numbering) {
  const mark = episodeType && episodeType !== 'full' ? marks[episodeType] : null
  const parts = [season && `Season ${season}`, episode && `Episode ${episode}`].filter(Boolean)
  if (!mark && parts.length === 0) return null
  return (
    <span className="flex items-center gap-x-2">
      {parts.length > 0 && <span>{parts.join(' · ')}</span>}
      {mark && (
        <span className="rounded bg-amber-100 px-1.5 text-xs font-semibold uppercase tracking-wide text-amber-900 dark:bg-amber-900 dark:text-amber-100">
          {mark}
        </span>
      )}
      <span aria-hidden="true">·</span>
    </span>
  )
}
