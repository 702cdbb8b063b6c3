import { type BrowseCard, browsePaths } from '../../../lib/browse-index/browse-index-layout.ts'
import type { CatalogIndex } from '../../documents.ts'
import type { BrowseIndexFile } from './browse-index-file.ts'

/** Each episode's card: its summary with the names of its show, guests and technologies. */
export function browseCards({ episodes, facets }: CatalogIndex): BrowseCard[] {
  const namesOf = (options: ReadonlyArray<{ slug: string; name: string }>) => {
    const names = new Map(options.map((option) => [option.slug, option.name]))
    return (slug: string) => names.get(slug) ?? slug
  }
  const show = namesOf(facets.shows)
  const guest = namesOf(facets.guests)
  const technology = namesOf(facets.technologies)
  return episodes.map((episode) => ({
    ...episode,
    names: {
      show: episode.show === null ? null : show(episode.show),
      guests: episode.guests.map(guest),
      technologies: episode.technologies.map(technology),
    },
  }))
}

/** The episode cards, `chunk` consecutive ordinals a part, as JSON `BrowseCard[]`. */
export function* cardParts(
  episodes: readonly BrowseCard[],
  chunk: number,
): Generator<BrowseIndexFile> {
  for (let start = 0, part = 0; start < episodes.length; start += chunk, part++) {
    const content = JSON.stringify(episodes.slice(start, start + chunk))
    yield { path: browsePaths.cards(part), content }
  }
}
