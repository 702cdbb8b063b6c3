import type { CatalogIndex, EpisodeSummary, FacetEntry } from '../../src/content/documents.ts'
import { bareShow } from '../../tests/support/no-podcast.ts'
import { createEpisode } from '../synthetic/episodes.ts'
import { createRandom } from '../synthetic/random.ts'
import { createRegistries } from '../synthetic/registries.ts'

function facet(slugs: Iterable<string>, names: Map<string, string>): FacetEntry[] {
  const counts = new Map<string, number>()
  for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1)
  return [...counts]
    .map(([slug, count]) => ({ slug, name: names.get(slug) ?? slug, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
}

/**
 * The `CatalogIndex` the compiler would make of `generateCatalog`'s episodes
 * (same seed, same distributions), built straight from the generator's objects:
 * compiling 100,000 Markdown files would take most of the benchmark's time.
 */
export function syntheticCatalogIndex(count: number, seed = 1): CatalogIndex {
  const random = createRandom(seed)
  const registries = createRegistries(random)
  const usedSlugs = new Set<string>()
  const episodes: EpisodeSummary[] = []
  for (let index = 0; index < count; index++) {
    const { chapters, description, ...episode } = createEpisode(
      random,
      index,
      count,
      registries,
      usedSlugs,
    )
    episodes.push({
      id: episode.id,
      slug: episode.slug,
      title: episode.title,
      show: episode.show,
      publishedAt: episode.publishedAt,
      duration: episode.duration,
      guests: episode.guests,
      technologies: episode.technologies,
      category: episode.category ?? null,
      episode: null,
      season: null,
      episodeType: null,
      chapterCount: chapters.length,
      excerpt: `${description.slice(0, 137)}…`,
    })
  }
  episodes.reverse()
  const names = (entries: ReadonlyArray<{ slug: string; name: string }>) =>
    new Map(entries.map((entry) => [entry.slug, entry.name]))
  const people = names(registries.people)
  const technologies = names(registries.technologies)
  const shows = names(registries.shows)
  return {
    site: { title: 'Synthetic', description: '', language: 'en', baseUrl: null },
    episodes,
    facets: {
      guests: facet(
        episodes.flatMap((e) => e.guests),
        people,
      ).map((entry) => ({ ...entry, website: null, github: null, avatar: null })),
      technologies: facet(
        episodes.flatMap((e) => e.technologies),
        technologies,
      ).map((entry) => ({ ...entry, icon: null })),
      shows: facet(
        episodes.flatMap((e) => (e.show ? [e.show] : [])),
        shows,
      ).map(bareShow),
      categories: facet(
        episodes.flatMap((e) => (e.category ? [e.category] : [])),
        new Map(),
      ).map((entry) => ({ ...entry, slug: entry.slug as NonNullable<EpisodeSummary['category']> })),
    },
  }
}
