import type { Plugin } from 'vite'

export interface EpisodesPluginOptions {
  dir: string
  includeScheduled: boolean
}

export function episodesPlugin(_options: EpisodesPluginOptions): Plugin {
  return { name: 'episodes' }
}
