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
export const EpisodeTranscriptSlot = lazySlot(() =>
  import('./episode-transcript.tsx').then((module) => module.EpisodeTranscript),
)
export const EpisodePageSlot = lazySlot(() =>
  import('./episode-page.tsx').then((module) => module.EpisodePage),
)
