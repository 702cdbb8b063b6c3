import type { BrowseCard, CatalogIndex, EpisodeSummary } from '../../content/documents.ts'

/** Gives an episode's summary the names of its show, guests and technologies, from the catalog's facets. */
export function cardNamer(facets: CatalogIndex['facets']): (episode: EpisodeSummary) => BrowseCard {
  const namesOf = (options: ReadonlyArray<{ slug: string; name: string }>) => {
    const names = new Map(options.map((option) => [option.slug, option.name]))
    return (slug: string) => names.get(slug) ?? slug
  }
  const show = namesOf(facets.shows)
  const guest = namesOf(facets.guests)
  const technology = namesOf(facets.technologies)
  return (episode) => ({
    ...episode,
    names: {
      show: episode.show === null ? null : show(episode.show),
      guests: episode.guests.map(guest),
      technologies: episode.technologies.map(technology),
    },
  })
}
