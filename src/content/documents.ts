import type { EpisodeCategory, EpisodeFrontMatter, EpisodeType, SiteConfig } from './schema.ts'

/**
 * Shapes of the JSON documents the compiler writes and the app reads.
 * `dist/data/episodes.json` is a CatalogIndex; `dist/data/episodes/<slug>.json`
 * an EpisodeDocument; `dist/data/search.json` a SearchIndex.
 * Absent values are `null`, never missing keys, so every document has one shape.
 */

export interface NamedRef {
  slug: string
  name: string
}

export interface PersonRef extends NamedRef {
  website: string | null
  github: string | null
}

export interface FacetEntry extends NamedRef {
  count: number
}

export interface PersonFacet extends FacetEntry {
  website: string | null
  github: string | null
}

export interface ShowFacet extends FacetEntry {
  description: string | null
  artwork: string | null
  hosts: PersonRef[]
}

export interface CategoryFacet extends FacetEntry {
  slug: EpisodeCategory
}

export interface EpisodeSummary {
  id: string
  slug: string
  title: string
  /** Show slug; its name is in `facets.shows`. */
  show: string | null
  publishedAt: string
  /** Seconds. */
  duration: number
  /** People slugs; names are in `facets.guests`. */
  guests: string[]
  /** Technology slugs; names are in `facets.technologies`. */
  technologies: string[]
  category: EpisodeCategory | null
  chapterCount: number
  /** Plain text, at most about 140 characters. */
  excerpt: string
}

export interface SiteInfo {
  title: string
  description: string
  language: string
  baseUrl: string | null
}

export interface CatalogIndex {
  site: SiteInfo
  /** Newest first. */
  episodes: EpisodeSummary[]
  facets: {
    /** Each facet list: most episodes first, then by name. */
    guests: PersonFacet[]
    technologies: FacetEntry[]
    shows: ShowFacet[]
    categories: CategoryFacet[]
  }
}

export interface ChapterDocument {
  startTime: number
  /** Start of the next chapter, or the episode's duration for the last one. */
  endTime: number
  title: string
}

export interface EpisodeDocument {
  id: EpisodeFrontMatter['id']
  slug: string
  title: string
  subtitle: string | null
  /** Plain text. */
  description: string
  /** Sanitized HTML rendered at build time. */
  descriptionHtml: string
  /** Plain text of the Markdown body; empty when there is none. */
  showNotes: string
  showNotesHtml: string
  publishedAt: string
  duration: number
  type: EpisodeType | null
  category: EpisodeCategory | null
  audioUrl: string | null
  audioFileSize: number | null
  show: (NamedRef & { artwork: string | null }) | null
  guests: PersonRef[]
  technologies: NamedRef[]
  /** Sorted, starting before `duration`; unreachable chapters are left out. */
  chapters: ChapterDocument[]
}

/** A chapter as `[startTime, title]`: keys repeated on every chapter made up most of search.json. */
export type SearchChapter = [startTime: number, title: string]

export interface SearchEntry {
  slug: string
  /** Plain-text description. */
  description: string
  chapters: SearchChapter[]
}

export interface SearchIndex {
  episodes: SearchEntry[]
}

export type { SiteConfig }
