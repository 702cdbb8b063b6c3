import type { ImageDocument, PersonRef, ShowFacet, ShowPodcast } from '../documents.ts'
import { showPodcast } from '../show-fields.ts'

/** What the feeds need of a show and its people, read from the show documents. */
export type FeedImage = ImageDocument
export type { ShowPodcast }

export interface FeedPerson {
  name: string
  /** Avatar image, absolute. */
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
  return { name: person.name, img: person.avatar, href: person.website ?? person.github }
}

export function feedShow(show: ShowFacet): FeedShow {
  return {
    slug: show.slug,
    name: show.name,
    description: show.description,
    artwork: show.artwork,
    hosts: show.hosts.map(feedPerson),
    podcast: show.podcast,
  }
}
