import { lazySlot } from './lazy-slot.tsx'

export const PersonPageSlot = lazySlot(() =>
  import('./person-page.tsx').then((module) => module.PersonPage),
)
export const TechnologyPageSlot = lazySlot(() =>
  import('./technology-page.tsx').then((module) => module.TechnologyPage),
)
export const ShowPageSlot = lazySlot(() =>
  import('./show-page.tsx').then((module) => module.ShowPage),
)
export const CollectionListPageSlot = lazySlot(() =>
  import('./collection-list-page.tsx').then((module) => module.CollectionListPage),
)
export const EpisodeTranscriptSlot = lazySlot(() =>
  import('./episode-transcript.tsx').then((module) => module.EpisodeTranscript),
)
export const EpisodePageSlot = lazySlot(() =>
  import('./episode-page.tsx').then((module) => module.EpisodePage),
)

/** The slots a prerendered page at `path` (under the base) shows, to load before taking it over. */
export function slotsShownAt(path: string) {
  if (/^\/(people|technologies|shows)\/[^/]+\/page\//.test(path)) return [CollectionListPageSlot]
  const kind = /^\/(episodes|people|technologies|shows)\//.exec(path)?.[1]
  if (kind === 'episodes') return [EpisodePageSlot, EpisodeTranscriptSlot]
  if (kind === 'people') return [PersonPageSlot]
  if (kind === 'technologies') return [TechnologyPageSlot]
  if (kind === 'shows') return [ShowPageSlot]
  return []
}
