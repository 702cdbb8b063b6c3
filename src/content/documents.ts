import type {
  EpisodeCategory,
  EpisodeFrontMatter,
  EpisodeType,
  PodcastEpisodeType,
  SiteConfig,
} from './compile/schema.ts'

/**
 * Shapes of the JSON documents the compiler writes and the app reads.
 * `episodes.json` is a CatalogIndex, which the build reads and does not publish
 * (it grows with the catalog; pages read the static indexes instead);
 * `dist/data/episodes/<slug>.json` an EpisodeDocument; `dist/data/people/<slug>.json`, `technologies/<slug>.json`
 * and `shows/<slug>.json` a PersonDocument, TechnologyDocument and ShowDocument
 * for each one the index names.
 * Absent values are `null`, never missing keys, so every document has one shape.
 */

export interface NamedRef {
  slug: string
  name: string
}

/**
 * An image the build published. `url` is absolute (https://…) or root-relative and
 * already carries the base path, like every other URL in the documents. Width and
 * height in pixels when the build could read the file, else null. `type` is the
 * MIME type when known.
 */
export interface ImageDocument {
  url: string
  /** The same image at twice the pixels, for high-density screens; null when there is none. */
  url2x: string | null
  alt: string
  width: number | null
  height: number | null
  type: string | null
  /**
   * The image as the publisher gave it, which feeds name (as Apple asks): the absolute
   * URL the build downloaded it from, or the site URL of the original file (a show's
   * artwork). Pages only ever show `url`. Null when only the resized copies exist.
   */
  source: string | null
  /** The pixel size of `source`, when there is one (feeds check it against Apple's rules). */
  sourceWidth?: number
  sourceHeight?: number
}

/** A show's podcast-directory settings (front-matter `podcast:` of the show entry). */
export interface ShowPodcast {
  guid: string | null
  email: string | null
  author: string | null
  /** Apple category text, such as "Technology". */
  category: string | null
  subcategory: string | null
  explicit: boolean
  copyright: string | null
  locked: boolean
}

export interface SubscribeLink {
  /** As written: "apple", "spotify", "pocketcasts", "overcast", "youtube", … */
  platform: string
  /** Display name: "Apple Podcasts", "Spotify", … */
  name: string
  url: string
  /** The platform's logo, `public/platforms/<icon>.svg`; null for a platform without one. */
  icon: string | null
}

export interface PersonRef extends NamedRef {
  website: string | null
  github: string | null
  /**
   * The person's avatar as the site serves it (from `avatar`/`image`, else their GitHub
   * user's picture); null when there is none or it could not be fetched.
   */
  avatar: ImageDocument | null
}

export interface FacetEntry extends NamedRef {
  count: number
}

export interface PersonFacet extends FacetEntry {
  website: string | null
  github: string | null
  avatar: ImageDocument | null
}

export interface TechnologyFacet extends FacetEntry {
  icon: ImageDocument | null
}

export interface ShowFacet extends FacetEntry {
  description: string | null
  artwork: ImageDocument | null
  hosts: PersonRef[]
  podcast: ShowPodcast
  subscribeLinks: SubscribeLink[]
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
  /** Number in the show and season, when given. */
  episode: number | null
  season: number | null
  /** `trailer` and `bonus` are marked on cards; null when not said (a full episode). */
  episodeType: PodcastEpisodeType | null
  chapterCount: number
  /** Plain text, at most about 140 characters. */
  excerpt: string
}

/** The names of what a card links to, in the order of its slugs: a card is drawn from itself alone. */
export interface CardNames {
  show: string | null
  guests: string[]
  technologies: string[]
}

/** An episode's card as the browse index and the home document store it: its summary and the names its links show. */
export interface BrowseCard extends EpisodeSummary {
  names: CardNames
}

/** A show as the home page introduces it: its facet and its newest episode. */
export interface HomeShow extends ShowFacet {
  newest: BrowseCard | null
}

/** `data/home.json`: what the home page shows above the list, whatever the catalog's size. */
export interface HomeDocument {
  site: SiteInfo
  /** Most episodes first, as in the catalog's facets. */
  shows: HomeShow[]
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
    technologies: TechnologyFacet[]
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
  episode: number | null
  season: number | null
  episodeType: PodcastEpisodeType | null
  /** Null when the episode does not say; the feeds then leave `itunes:explicit` out of the item. */
  explicit: boolean | null
  audioUrl: string | null
  audioFileSize: number | null
  show: (NamedRef & { artwork: ImageDocument | null }) | null
  /** The episode's own artwork (its `image`), served by the site; pages show it over the show's. */
  image: ImageDocument | null
  guests: PersonRef[]
  technologies: NamedRef[]
  /** Sorted, starting before `duration`; unreachable chapters are left out. */
  chapters: ChapterDocument[]
  /** Where the episode's transcript is published, or null when it has none. */
  transcript: EpisodeTranscriptRef | null
}

/** A transcript file the build publishes (`episodes/<slug>/transcript.vtt` and `.json`). */
export interface TranscriptFile {
  /** Root-relative (with the base path) or absolute, like every URL in the documents. */
  url: string
  /** `text/vtt` or `application/json`. */
  type: 'text/vtt' | 'application/json'
  /** A language tag such as `en`, when known. */
  language: string | null
}

/** What an episode document says of its transcript; the text itself is a document of its own. */
export interface EpisodeTranscriptRef {
  /** `data/transcripts/<slug>.json` (a TranscriptDocument), with the base path. */
  document: string
  /** The files for podcast apps and for download. */
  files: TranscriptFile[]
  /** Number of words, to say how long it is before it is loaded. */
  words: number
}

/** Who speaks a paragraph: matched to a host or guest when the name or slug fits. */
export interface TranscriptSpeaker {
  /** As written in the transcript, or the matched person's name. */
  name: string
  /** The matched person, whose page and avatar the transcript shows; null when unmatched. */
  person: PersonRef | null
}

/** One speaker turn (a long turn cut at sentence ends). Times in seconds. */
export interface TranscriptParagraph {
  start: number
  end: number
  /** Index into `TranscriptDocument.speakers`, or null when the transcript names none. */
  speaker: number | null
  /** Plain text: never markup. */
  text: string
}

/** A chapter heading placed in the transcript: it precedes paragraph `before`. */
export interface TranscriptHeading {
  title: string
  start: number
  /** Index of the first paragraph at or after the chapter's start. */
  before: number
}

/** `data/transcripts/<slug>.json`: the transcript as the pages show it. */
export interface TranscriptDocument {
  slug: string
  language: string | null
  speakers: TranscriptSpeaker[]
  /** Sorted by start time. */
  paragraphs: TranscriptParagraph[]
  /** The episode's chapters, sorted, each placed before its first paragraph. */
  headings: TranscriptHeading[]
}

/** `data/people/<slug>.json`: a person with the bio that the index leaves out. */
export interface PersonDocument extends PersonRef {
  /** Plain text of the Markdown bio; null when there is none. */
  bio: string | null
  /** Sanitized HTML of the bio; null when there is none. */
  bioHtml: string | null
}

/** `data/technologies/<slug>.json`. */
export interface TechnologyDocument extends NamedRef {
  icon: ImageDocument | null
  /** http(s) links, or null. */
  website: string | null
  source: string | null
  category: string | null
  /** Plain text of the Markdown description; null when there is none. */
  description: string | null
  descriptionHtml: string | null
}

/** `data/shows/<slug>.json`. */
export interface ShowDocument extends NamedRef {
  /** Plain text of the Markdown description; null when there is none. */
  description: string | null
  descriptionHtml: string | null
  artwork: ImageDocument | null
  hosts: PersonRef[]
  podcast: ShowPodcast
  subscribeLinks: SubscribeLink[]
}

export type { SiteConfig }
