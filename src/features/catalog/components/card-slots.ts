import type { ReactNode } from 'react'
import type { EpisodeSummary } from '../../../content/documents.ts'

/** What a page puts into each episode card: the catalog does not know the player. */
export interface EpisodeCardSlots {
  actions: (episode: EpisodeSummary) => ReactNode
  status: (episode: EpisodeSummary) => ReactNode
}
