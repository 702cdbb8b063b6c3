import { EpisodePage } from '../routes/episode-page.tsx'
import { EpisodeTranscript } from '../routes/episode-transcript.tsx'
import {
  EpisodePageSlot,
  EpisodeTranscriptSlot,
  PersonPageSlot,
  ShowPageSlot,
  TechnologyPageSlot,
} from '../routes/page-slots.tsx'
import { PersonPage } from '../routes/person-page.tsx'
import { ShowPage } from '../routes/show-page.tsx'
import { TechnologyPage } from '../routes/technology-page.tsx'

/** Prerendered pages hold everything: the server renders the lazy slots' components at once. */
export function renderSlotsEagerly(): void {
  EpisodePageSlot.renderWith(EpisodePage)
  PersonPageSlot.renderWith(PersonPage)
  TechnologyPageSlot.renderWith(TechnologyPage)
  ShowPageSlot.renderWith(ShowPage)
  EpisodeTranscriptSlot.renderWith(EpisodeTranscript)
}
