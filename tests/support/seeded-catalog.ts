import { createRandom, type Random } from '../../scripts/synthetic/random.ts'
import type { EpisodeCategory } from '../../src/content/compile/schema.ts'
import type { CatalogIndex, EpisodeSummary } from '../../src/content/documents.ts'
import { bareShow } from './no-podcast.ts'

const categories: EpisodeCategory[] = [
  'editorial',
  'tutorial',
  'review',
  'interview',
  'announcement',
]

function someOf(random: Random, pool: readonly string[], max: number, power: number): string[] {
  const picked = new Set<string>()
  for (let n = random.int(0, max); n > 0; n--) picked.add(random.pickSkewed(pool, power))
  return [...picked]
}

function facet<T extends string>(slugs: T[]) {
  const counts = new Map<T, number>()
  for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([slug, count]) => ({ slug, name: slug.toUpperCase(), count }))
}

/**
 * A catalog of `size` episodes (newest first) with mixed facets: some without
 * show or category, zero to several guests and technologies, options used once
 * and options used by most episodes. Facets derive from the episodes, as the compiler's do.
 */
export function seededCatalog(size: number, seed: number): CatalogIndex {
  const random = createRandom(seed)
  const guests = Array.from({ length: Math.max(4, size / 3) }, (_, i) => `guest-${i}`)
  const technologies = Array.from({ length: 60 }, (_, i) => `tech-${i}`)
  const shows = ['main', 'deep-dive', 'news', 'rare']
  const episodes: EpisodeSummary[] = Array.from({ length: size }, (_, i) => ({
    id: `id-${i}`,
    slug: `episode-${i}`,
    title: `Episode ${i}`,
    show: random.chance(0.1) ? null : random.pickSkewed(shows, 3),
    publishedAt: new Date(Date.UTC(2026, 0, 1) - i * 86_400_000).toISOString(),
    duration: random.int(600, 7200),
    guests: someOf(random, guests, 4, 2.5),
    // Technology 0 is on most episodes.
    technologies: [
      ...(random.chance(0.8) ? ['tech-0'] : []),
      ...someOf(random, technologies.slice(1), 5, 1.5),
    ],
    category: random.chance(0.2) ? null : random.pick(categories),
    episode: null,
    season: null,
    episodeType: null,
    chapterCount: random.int(0, 5),
    excerpt: `About episode ${i}.`,
  }))
  return {
    site: { title: 'Seeded', description: '', language: 'en', baseUrl: null },
    episodes,
    facets: {
      guests: facet(episodes.flatMap((e) => e.guests)).map((entry) => ({
        ...entry,
        website: null,
        github: null,
        avatar: null,
      })),
      technologies: facet(episodes.flatMap((e) => e.technologies)).map((entry) => ({
        ...entry,
        icon: entry.slug === 'tech-1' ? iconOf(entry.slug) : null,
      })),
      shows: facet(episodes.flatMap((e) => (e.show ? [e.show] : []))).map(bareShow),
      categories: facet(episodes.flatMap((e) => (e.category ? [e.category] : []))),
    },
  }
}

function iconOf(slug: string) {
  const url = `/icons/${slug}.svg`
  return { url, url2x: null, alt: slug, width: null, height: null, type: null, source: null }
}
