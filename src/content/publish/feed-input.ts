import { showPodcast } from '../compile/show-fields.ts'
import type { ImageDocument, PersonRef, ShowFacet, ShowPodcast } from '../documents.ts'

/** What the feeds need of a show and its people, read from the show documents. */
export type FeedImage = ImageDocument
export type { ShowPodcast }

export interface FeedPerson {
  name: string
  /** Avatar image: the URL it was downloaded from, else the site's copy (root-relative). */
  img: string | null
  /** Website, else GitHub profile. */
  href: string | null
}

export interface FeedShow {
  slug: string
  name: string
  description: string | null
  artwork: FeedImage | null
  hosts: FeedPerson[]
  podcast: ShowPodcast
}

/** A show that says nothing of its podcast settings: the catalog feed's. */
export const defaultShowPodcast: ShowPodcast = showPodcast(undefined)

export function feedPerson(person: PersonRef): FeedPerson {
  const img = person.avatar && (person.avatar.source ?? person.avatar.url)
  return { name: person.name, img, href: person.website ?? person.github }
}

/** Feeds name artwork as the publisher gave it (as Apple asks): its URL and size, not the pages' copies. */
function feedArtwork(artwork: ImageDocument | null): FeedImage | null {
  if (!artwork?.source) return artwork
  const { source, sourceWidth, sourceHeight } = artwork
  return {
    ...artwork,
    url: source,
    url2x: null,
    width: sourceWidth ?? null,
    height: sourceHeight ?? null,
    type: null,
  }
}

export function feedShow(show: ShowFacet): FeedShow {
  return {
    slug: show.slug,
    name: show.name,
    description: show.description,
    artwork: feedArtwork(show.artwork),
    hosts: show.hosts.map(feedPerson),
    podcast: show.podcast,
  }
}
