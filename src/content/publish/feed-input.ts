import type { PersonRef, ShowFacet } from '../documents.ts'

/**
 * What the feeds need of a show and its people, in the shape of the show
 * documents (`ImageDocument`, `ShowPodcast`, `PersonRef.avatar`). Documents
 * that do not carry these fields yet are read with their defaults.
 */
export interface FeedImage {
  url: string
  alt: string
  width: number | null
  height: number | null
  type: string | null
}

export interface ShowPodcast {
  guid: string | null
  email: string | null
  author: string | null
  category: string | null
  subcategory: string | null
  explicit: boolean
  copyright: string | null
  locked: boolean
}

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

export const defaultShowPodcast: ShowPodcast = {
  guid: null,
  email: null,
  author: null,
  category: null,
  subcategory: null,
  explicit: false,
  copyright: null,
  locked: false,
}

/** A show facet as today's documents have it, or with the newer fields already there. */
type ShowSource = Omit<ShowFacet, 'artwork'> & {
  artwork: string | FeedImage | null
  podcast?: ShowPodcast
}

type PersonSource = PersonRef & { avatar?: string | null }

export function feedPerson(person: PersonSource): FeedPerson {
  return { name: person.name, img: person.avatar ?? null, href: person.website ?? person.github }
}

/** A bare artwork URL carries no size or type: the build could not read the file. */
export function feedImage(artwork: string | FeedImage | null, alt: string): FeedImage | null {
  if (artwork === null) return null
  if (typeof artwork !== 'string') return artwork
  return { url: artwork, alt, width: null, height: null, type: null }
}

export function feedShow(show: ShowSource): FeedShow {
  return {
    slug: show.slug,
    name: show.name,
    description: show.description,
    artwork: feedImage(show.artwork, show.name),
    hosts: show.hosts.map(feedPerson),
    podcast: { ...defaultShowPodcast, ...show.podcast },
  }
}
