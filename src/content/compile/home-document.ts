import { cardNamer } from '../../lib/browse-index/browse-cards.ts'
import type { CatalogIndex, HomeDocument } from '../documents.ts'

/** `home.json`: the site and each show with its newest episode, for the home page's introduction. */
export function homeDocument(index: CatalogIndex): HomeDocument {
  const card = cardNamer(index.facets)
  const newest = new Map<string, HomeDocument['shows'][number]['newest']>()
  for (const episode of index.episodes) {
    if (episode.show !== null && !newest.has(episode.show)) newest.set(episode.show, card(episode))
  }
  return {
    site: index.site,
    shows: index.facets.shows.map((show) => ({ ...show, newest: newest.get(show.slug) ?? null })),
  }
}
