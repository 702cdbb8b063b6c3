import type { CatalogIndex, EpisodeSummary } from '../../../content/documents.ts'
import type { FilterGroup } from './filter-state.ts'

function slugsOf(episode: EpisodeSummary, group: FilterGroup): readonly string[] {
  if (group === 'guests') return episode.guests
  if (group === 'technologies') return episode.technologies
  if (group === 'shows') return episode.show ? [episode.show] : []
  return episode.category ? [episode.category] : []
}

/**
 * The part of the catalog that one guest, technology or show page draws from:
 * its episodes, and the facet entries they name (plus the page's own entry and
 * the shows a person hosts). A prerendered page embeds this, not the whole index.
 */
export function collectionCatalog(
  catalog: CatalogIndex,
  group: FilterGroup,
  slug: string,
): CatalogIndex {
  const episodes = catalog.episodes.filter((episode) => slugsOf(episode, group).includes(slug))
  const named = (of: FilterGroup) => {
    const slugs = new Set(episodes.flatMap((episode) => slugsOf(episode, of)))
    if (of === group) slugs.add(slug)
    return slugs
  }
  const keep = <T extends { slug: string }>(entries: T[], of: FilterGroup) => {
    const slugs = named(of)
    return entries.filter((entry) => slugs.has(entry.slug))
  }
  const shows = named('shows')
  return {
    site: catalog.site,
    episodes,
    facets: {
      guests: keep(catalog.facets.guests, 'guests'),
      technologies: keep(catalog.facets.technologies, 'technologies'),
      shows: catalog.facets.shows.filter(
        (show) => shows.has(show.slug) || show.hosts.some((host) => host.slug === slug),
      ),
      categories: keep(catalog.facets.categories, 'categories'),
    },
  }
}
