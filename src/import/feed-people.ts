import type { SourceFeed, SourceItem } from './read-feed.ts'
import { shortSlug } from './slugs.ts'

/** A `podcast:person` as a people entry. */
export interface FeedPerson {
  slug: string
  name: string
  img: string | null
  href: string | null
}

type Person = NonNullable<NonNullable<SourceItem['podcast']>['persons']>[number]

const http = (url: string | undefined) =>
  url && /^https?:\/\//i.test(url.trim()) ? url.trim() : null

/** The people of a role (the namespace's default role is host). */
export function personsOf(
  persons: readonly Person[] | undefined,
  role: 'host' | 'guest',
): FeedPerson[] {
  return (persons ?? []).flatMap((person) => {
    const name = person.display?.trim()
    const slug = name ? shortSlug(name) : ''
    if (!name || !slug || (person.role ?? 'host').trim().toLowerCase() !== role) return []
    return [{ slug, name, img: http(person.img), href: http(person.href) }]
  })
}

export const itemGuests = (item: SourceItem) => personsOf(item.podcast?.persons, 'guest')
export const showHosts = (feed: SourceFeed) => personsOf(feed.podcast?.persons, 'host')

/** A person's front-matter: a GitHub profile link becomes `github:`, any other `website:`. */
export function personFields(person: FeedPerson): Record<string, string> {
  const github =
    person.href && /^https:\/\/github\.com\/([a-z\d](?:[a-z\d-]{0,38}))\/?$/i.exec(person.href)
  return {
    name: person.name,
    ...(github?.[1] ? { github: github[1] } : person.href ? { website: person.href } : {}),
    ...(person.img ? { image: person.img } : {}),
  }
}
