import type {
  CatalogIndex,
  CategoryFacet,
  EpisodeDocument,
  EpisodeSummary,
  FacetEntry,
  SiteInfo,
} from '../documents.ts'
import { compareText } from '../read/problems.ts'
import { excerpt } from './markdown.ts'
import { nameFromSlug } from './names.ts'
import type { References } from './references.ts'

type Dated = Pick<EpisodeSummary, 'publishedAt' | 'slug'>

/** Newest first; the slug breaks ties so that the order never depends on the file system. */
export function compareEpisodes(a: Dated, b: Dated): number {
  return compareText(b.publishedAt, a.publishedAt) || compareText(a.slug, b.slug)
}

/**
 * What the index needs of an episode, with its document already serialized:
 * a 10,000-episode catalog then never holds every full document (HTML
 * included), nor a string that still points into its source file, in memory
 * at once.
 */
export interface CompiledEpisode {
  summary: EpisodeSummary
  json: string
}

export function compileEpisode(episode: EpisodeDocument): CompiledEpisode {
  return { summary: summarize(episode), json: JSON.stringify(episode) }
}

function summarize(episode: EpisodeDocument): EpisodeSummary {
  return {
    id: episode.id,
    slug: episode.slug,
    title: episode.title,
    show: episode.show?.slug ?? null,
    publishedAt: episode.publishedAt,
    duration: episode.duration,
    guests: episode.guests.map((guest) => guest.slug),
    technologies: episode.technologies.map((technology) => technology.slug),
    category: episode.category,
    episode: episode.episode,
    season: episode.season,
    episodeType: episode.episodeType,
    chapterCount: episode.chapters.length,
    excerpt: excerpt(episode.description),
  }
}

/** Counts slugs over the episodes, most used first, then by name. */
function facet<S extends string, T extends FacetEntry>(
  slugs: Iterable<S>,
  entry: (slug: S, count: number) => T,
): T[] {
  const counts = new Map<S, number>()
  for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1)
  return [...counts]
    .map(([slug, count]) => {
      const value = entry(slug, count)
      return { value, key: value.name.toLowerCase() }
    })
    .sort(
      (a, b) =>
        b.value.count - a.value.count ||
        compareText(a.key, b.key) ||
        compareText(a.value.slug, b.value.slug),
    )
    .map(({ value }) => value)
}

/**
 * Compiled documents the build reads itself and never publishes: the catalog index
 * grows with the catalog (60 MB at 100,000 episodes), and pages read the static
 * browse and search indexes instead.
 */
export const UNPUBLISHED_DOCUMENTS: ReadonlySet<string> = new Set(['episodes.json'])

/** `episodes.json`: summaries of the given (already sorted) episodes and their facets. */
export function buildCatalogIndex(
  site: SiteInfo,
  episodes: readonly EpisodeSummary[],
  references: References,
): CatalogIndex {
  return {
    site,
    episodes: [...episodes],
    facets: {
      guests: facet(
        episodes.flatMap((e) => e.guests),
        (slug, count) => {
          const { name, website, github, avatar } = references.person(slug)
          return { slug, name, count, website, github, avatar }
        },
      ),
      technologies: facet(
        episodes.flatMap((e) => e.technologies),
        (slug, count) => ({
          slug,
          name: references.technology(slug).name,
          count,
          icon: references.technologyIcon(slug),
        }),
      ),
      shows: facet(
        episodes.flatMap((e) => (e.show ? [e.show] : [])),
        (slug, count) => {
          const { name, description, artwork, hosts, podcast, subscribeLinks } =
            references.show(slug)
          return { slug, name, count, description, artwork, hosts, podcast, subscribeLinks }
        },
      ),
      categories: facet(
        episodes.flatMap((e) => (e.category ? [e.category] : [])),
        (slug, count): CategoryFacet => ({ slug, name: nameFromSlug(slug), count }),
      ),
    },
  }
}
