import { CollectionListPage } from '../routes/collection-list-page.tsx'
import { EpisodePage } from '../routes/episode-page.tsx'
import { EpisodeTranscript } from '../routes/episode-transcript.tsx'
import {
  CollectionListPageSlot,
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
  CollectionListPageSlot.renderWith(CollectionListPage)
  EpisodeTranscriptSlot.renderWith(EpisodeTranscript)
}
