import type { CatalogIndex, EpisodeSummary, FacetEntry } from '../../../src/content/documents.ts'
import { bareShow } from '../../support/no-podcast.ts'

type EpisodeSeed = Pick<EpisodeSummary, 'slug' | 'guests' | 'technologies' | 'show' | 'category'>

const seeds: EpisodeSeed[] = [
  {
    slug: 'kairos',
    guests: ['mauro', 'dimitris'],
    technologies: ['kairos', 'kubernetes'],
    show: 'compass',
    category: 'interview',
  },
  {
    slug: 'cilium',
    guests: ['liz'],
    technologies: ['cilium', 'kubernetes'],
    show: 'compass',
    category: 'interview',
  },
  {
    slug: 'ebpf-intro',
    guests: ['liz', 'mauro'],
    technologies: ['ebpf'],
    show: 'deep-dive',
    category: 'tutorial',
  },
  { slug: 'news', guests: [], technologies: [], show: 'deep-dive', category: 'announcement' },
  { slug: 'no-show', guests: ['mauro'], technologies: ['kairos'], show: null, category: null },
]

function facet(slugs: string[]): FacetEntry[] {
  const counts = new Map<string, number>()
  for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([slug, count]) => ({ slug, name: slug.toUpperCase(), count }))
}

/** A small catalog whose facets are derived from its episodes, as the compiler does. */
export function fixtureCatalog(): CatalogIndex {
  const episodes: EpisodeSummary[] = seeds.map((seed, index) => ({
    ...seed,
    id: `id-${index}`,
    title: `Episode ${seed.slug}`,
    publishedAt: `2025-0${9 - index}-01T10:00:00Z`,
    duration: 1800,
    episode: null,
    season: null,
    episodeType: null,
    chapterCount: 0,
    excerpt: '',
  }))
  const all = (pick: (episode: EpisodeSummary) => string[]) => facet(episodes.flatMap(pick))
  return {
    site: { title: 'Test', description: '', language: 'en', baseUrl: null },
    episodes,
    facets: {
      guests: all((e) => e.guests).map((entry) => ({
        ...entry,
        website: null,
        github: null,
        avatar: null,
      })),
      technologies: all((e) => e.technologies).map((entry) => ({ ...entry, icon: null })),
      shows: all((e) => (e.show ? [e.show] : [])).map(bareShow),
      categories: all((e) => (e.category ? [e.category] : [])).map((entry) => ({
        ...entry,
        slug: entry.slug as NonNullable<EpisodeSummary['category']>,
      })),
    },
  }
}
