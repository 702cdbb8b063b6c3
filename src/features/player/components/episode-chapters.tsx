import { useMemo } from 'react'
import type { EpisodeDocument } from '../../../content/documents.ts'
import { playEpisodeAt } from '../lib/play-episode-at.ts'
import { toPlayerEpisode } from '../lib/to-player-episode.ts'
import { ChapterLinks } from './chapter-links.tsx'
import { ChapterList } from './chapter-list.tsx'

/** The episode's chapters: each plays from its start; without audio, each is a link to its moment. */
export function EpisodeChapters({ episode }: { episode: EpisodeDocument }) {
  const playable = useMemo(() => toPlayerEpisode(episode), [episode])
  if (!playable) return <ChapterLinks episode={episode} />
  return <ChapterList episode={playable} onPlayChapter={(at) => playEpisodeAt(playable, at)} />
}
