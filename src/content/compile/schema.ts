import { z } from 'zod'
import { SLUG_PATTERN, slugify } from '../read/slugs.ts'

/**
 * The one source of truth for episode content. Types used by the compiler and
 * (through `import type`) by the app are inferred from these schemas.
 */

export const slugSchema = z.string({ error: 'expected a slug (text)' }).regex(SLUG_PATTERN, {
  error:
    'is not URL-safe: use lowercase letters, digits and single hyphens only (for example "my-episode-42")',
})

/** A reference to a registry entry: matched after the same normalisation as the keys. */
export const referenceSchema = z
  .string({ error: 'expected a slug (text)' })
  .transform(slugify)
  .pipe(
    z.string().min(1, {
      error: 'names no entry: use letters or digits, such as "jane-doe"',
    }),
  )

/** Ten days: anything longer is a unit mistake (milliseconds?) or a typo. */
export const MAX_SECONDS = 864_000

const seconds = (what: string) =>
  z
    .number({ error: `expected ${what} in seconds as a number (for example 125)` })
    .finite({ error: `expected ${what} as a finite number of seconds` })
    .max(MAX_SECONDS, {
      error: `${what} is more than ten days: write it in seconds (for example 3600 for one hour)`,
    })

export const chapterSchema = z.object(
  {
    startTime: seconds('a start time').nonnegative({
      error: 'a chapter cannot start before 0 seconds',
    }),
    title: z
      .string({ error: 'every chapter needs a title (text)' })
      .trim()
      .min(1, { error: 'every chapter needs a non-empty title' }),
  },
  { error: 'expected a chapter with a startTime and a title' },
)

export const episodeTypes = ['live', 'recorded'] as const
/** What podcast apps call an episode's type (`itunes:episodeType`). */
export const podcastEpisodeTypes = ['full', 'trailer', 'bonus'] as const
export const episodeCategories = [
  'editorial',
  'tutorial',
  'review',
  'interview',
  'announcement',
] as const

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/

/** Date.parse accepts 2025-02-30; a calendar check does not. */
function isCalendarDate(value: string): boolean {
  const match = ISO_DATE_TIME.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth
}

const isoDateTime = z
  .string({ error: 'expected an ISO date-time such as 2025-12-18T10:00:00Z (as text)' })
  .refine(isCalendarDate, {
    error: 'is not a valid ISO date-time: write it like 2025-12-18T10:00:00Z',
  })

const nonEmptyText = (field: string) =>
  z
    .string({ error: `expected ${field} as text` })
    .trim()
    .min(1, { error: `${field} cannot be empty` })

/** An absolute http(s) URL or a root-relative path (never `//host`, which would leave the site). */
export const isLinkableUrl = (value: string): boolean =>
  /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(value) || /^\/(?![/\\])[^\s]*$/.test(value)

const positiveWhole = (what: string) =>
  z
    .number({ error: `expected ${what} as a number (for example 12)` })
    .int({ error: `${what} must be a whole number` })
    .positive({ error: `${what} must be 1 or more` })
    .max(Number.MAX_SAFE_INTEGER, { error: `${what} is too large to be real` })
    .optional()

/**
 * A transcript's place: relative to the episode file, or an absolute http(s) URL (the
 * build fetches it and publishes its own copy, so a plain-http host is no risk to pages).
 */
const transcriptLocation = z
  .string({ error: 'expected a transcript path or URL as text' })
  .trim()
  .min(1, { error: 'cannot be empty: write a path such as ./my-episode.vtt or an https URL' })
  .refine(
    (value) =>
      /^https?:\/\/[^\s/?#]+\S*$/i.test(value) || !/^(?:[a-z][a-z0-9+.-]*:|[/\\])/i.test(value),
    {
      error:
        'must be a path relative to the episode file (such as transcripts/my-episode.vtt) or an absolute https URL',
    },
  )

export const transcriptEntrySchema = z.object(
  {
    url: transcriptLocation,
    /** A MIME type such as text/vtt, application/x-subrip or application/json. */
    type: z.string({ error: 'expected a MIME type as text' }).optional(),
    language: z
      .string({ error: 'expected a language tag as text' })
      .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
        error: 'must be a language tag such as en or pt-BR',
      })
      .optional(),
  },
  { error: 'expected a transcript such as `{ url: ./my-episode.vtt, language: en }`' },
)

const audioUrl = z.string({ error: 'expected a URL as text' }).refine(isLinkableUrl, {
  error: 'must be an absolute http(s) URL or a root-relative path such as /audio/episode.mp3',
})

export const episodeSchema = z.object({
  id: nonEmptyText('id'),
  slug: slugSchema,
  title: nonEmptyText('a title'),
  subtitle: z.string({ error: 'expected a subtitle as text' }).optional(),
  description: z.string({ error: 'expected a description as text' }),
  publishedAt: isoDateTime,
  duration: seconds('the duration').positive({ error: 'the duration must be more than 0 seconds' }),
  audioFileSize: z
    .number({ error: 'expected the audio file size in bytes as a number' })
    .int({ error: 'the audio file size must be a whole number of bytes' })
    .positive({ error: 'the audio file size must be more than 0 bytes' })
    .max(Number.MAX_SAFE_INTEGER, { error: 'the audio file size is too large to be real' })
    .optional(),
  type: z.enum(episodeTypes, { error: `expected one of: ${episodeTypes.join(', ')}` }).optional(),
  /** Its number in the show (`itunes:episode`, `podcast:episode`). */
  episode: positiveWhole('the episode number'),
  season: positiveWhole('the season number'),
  episodeType: z
    .enum(podcastEpisodeTypes, {
      error: `expected one of: ${podcastEpisodeTypes.join(', ')}`,
    })
    .optional(),
  explicit: z.boolean({ error: 'expected explicit as true or false' }).optional(),
  category: z
    .enum(episodeCategories, { error: `expected one of: ${episodeCategories.join(', ')}` })
    .optional(),
  show: referenceSchema.optional(),
  technologies: z
    .array(referenceSchema, { error: 'expected a list of technology slugs' })
    .default([]),
  guests: z.array(referenceSchema, { error: 'expected a list of people slugs' }).default([]),
  chapters: z.array(chapterSchema, { error: 'expected a list of chapters' }).default([]),
  audioUrl: audioUrl.optional(),
  /** A path or https URL, or a list of `{ url, type, language }` (several languages or formats). */
  transcript: z
    .union([transcriptLocation, z.array(transcriptEntrySchema)], {
      error: 'expected a path, an https URL, or a list of `{ url, type, language }`',
    })
    .optional(),
  /** The episode's own artwork: a path relative to the episode file, or an absolute URL. */
  image: z.string({ error: 'expected an image path or URL as text' }).optional(),
})

const entryError = { error: 'expected an entry with at least a name, such as `{ name: Jane Doe }`' }

const optionalText = (what: string) => z.string({ error: `expected ${what} as text` }).optional()

/** A person, from people.yaml or from `people/<slug>.md|mdx` (whose Markdown body is the bio). */
export const personSchema = z.object(
  {
    /** The real catalog's per-entry files repeat their key here; the file name decides. */
    id: z.unknown().optional(),
    name: nonEmptyText('a name'),
    /** Checked by the compiler: an unsafe link is dropped with a warning, not a failed build. */
    website: optionalText('a website URL'),
    /** A GitHub user name, or a profile URL; documents carry the URL. */
    github: z.string({ error: 'expected a GitHub user name as text' }).optional(),
    /** Markdown; in a per-entry file the body is the bio. */
    bio: optionalText('a bio'),
    /** An image URL, or a path relative to the entry file; over the GitHub picture. */
    avatar: optionalText('an image URL or path'),
    /** Another name for `avatar`. */
    image: optionalText('an image URL or path'),
  },
  entryError,
)

const flag = (what: string) => z.boolean({ error: `expected ${what} as true or false` }).optional()

/** A technology, from technologies.yaml or `technologies/<slug>/index.md|mdx` (body = description). */
export const technologySchema = z.object(
  {
    name: nonEmptyText('a name'),
    website: optionalText('a website URL'),
    source: optionalText('a source code URL'),
    category: optionalText('a category'),
    /** Markdown; in a per-entry file the body is the description. */
    description: optionalText('a description'),
    /** Which logo files sit beside the entry file; `icon.svg` is used when present. */
    logos: z
      .object(
        { icon: flag('icon'), horizontal: flag('horizontal'), stacked: flag('stacked') },
        {
          error: 'expected logos as a mapping such as `{ icon: true }`',
        },
      )
      .optional(),
    /** An image file, relative to the entry's folder; defaults to `icon.svg` beside it. */
    icon: optionalText('an image path'),
  },
  entryError,
)

export const podcastSchema = z.object(
  {
    guid: optionalText('a GUID'),
    email: optionalText('an email address'),
    author: optionalText('an author'),
    category: optionalText('a category'),
    subcategory: optionalText('a subcategory'),
    explicit: flag('explicit'),
    copyright: optionalText('a copyright notice'),
    locked: flag('locked'),
    /** An absolute artwork URL, used as is. */
    artworkUrl: optionalText('an artwork URL'),
  },
  { error: 'expected podcast settings as a mapping, such as `{ category: Technology }`' },
)

export const subscribeLinkSchema = z.object(
  {
    platform: nonEmptyText('a platform'),
    url: z.string({ error: 'expected a URL as text' }),
    icon: z.unknown().optional(),
  },
  { error: 'expected a link such as `{ platform: spotify, url: https://… }`' },
)

/** A colour written as #rgb or #rrggbb. */
const hexColour = (what: string) =>
  z
    .string({ error: `expected ${what} as text, such as "#7c3aed"` })
    .trim()
    .regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, {
      error: `must be a hex colour such as "#7c3aed" (# and 3 or 6 hex digits)`,
    })

/**
 * The publisher's colours. `accent` is used in both themes, `accentDark` in the dark one
 * instead; each is adjusted, when needed, until it reads on the theme's backgrounds.
 */
export const themeSchema = z.object(
  {
    accent: hexColour('an accent colour').optional(),
    accentDark: hexColour('a dark-theme accent colour').optional(),
  },
  { error: 'expected a theme such as `{ accent: "#7c3aed" }`' },
)

/** A show, from shows.yaml or `shows/<slug>/index.md|mdx`. */
export const showSchema = z.object(
  {
    name: nonEmptyText('a name'),
    description: optionalText('a description'),
    hosts: z.array(referenceSchema, { error: 'expected a list of people slugs' }).default([]),
    /** An image URL (absolute, or root-relative to the site). */
    artwork: optionalText('an image URL'),
    cover: z
      .object(
        { image: optionalText('an image path'), alt: optionalText("the image's alt text") },
        { error: 'expected a cover such as `{ image: ./cover.png, alt: … }`' },
      )
      .optional(),
    podcast: podcastSchema.optional(),
    subscribeLinks: z
      .array(subscribeLinkSchema, { error: 'expected a list of subscribe links' })
      .default([]),
    /** The show's own colours, on its pages; else derived from its artwork. */
    theme: themeSchema.optional(),
  },
  entryError,
)

const collectionPath = z
  .string({ error: 'expected a path relative to the catalog folder, as text' })
  .trim()
  .min(1, { error: 'cannot be empty: write a path such as people or people.yaml' })
  .optional()

/** Where each collection lives, relative to the catalog folder. */
export const collectionsSchema = z.object(
  {
    episodes: collectionPath,
    people: collectionPath,
    technologies: collectionPath,
    shows: collectionPath,
  },
  { error: 'expected a mapping such as `{ people: people, shows: shows.yaml }`' },
)

export const siteSchema = z.object({
  title: nonEmptyText('a site title').default('Podcast'),
  description: z.string({ error: 'expected a description as text' }).default(''),
  baseUrl: z
    .string({ error: 'expected a URL as text' })
    .regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, {
      error: 'must be an absolute http(s) URL such as https://podcast.example.com/',
    })
    .optional(),
  language: z
    .string({ error: 'expected a language tag as text' })
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
      error: 'must be a language tag such as en or pt-BR',
    })
    .default('en'),
  audioUrlTemplate: z
    .string({ error: 'expected a URL template as text' })
    .refine((value) => isLinkableUrl(value.replace(/\{(?:id|slug|show)\}/g, 'x')), {
      error:
        'must be an absolute http(s) URL or a root-relative path, with {id}, {slug} or {show} placeholders',
    })
    .optional(),
  /** Where episodes' transcripts live, with the placeholders of `audioUrlTemplate`. */
  transcriptUrlTemplate: z
    .string({ error: 'expected a URL template as text' })
    .refine(
      (value) => /^https?:\/\/[^\s/?#]+\S*$/i.test(value.replace(/\{(?:id|slug|show)\}/g, 'x')),
      {
        error:
          'must be an absolute http(s) URL with {id}, {slug} or {show} placeholders, such as https://media.example.com/{id}/en.vtt',
      },
    )
    .optional(),
  collections: collectionsSchema.default({}),
  /** How many episodes one feed file lists before older ones go to archive files. */
  feedItemLimit: z
    .number({ error: 'expected the number of episodes per feed file, such as 300' })
    .int({ error: 'expected a whole number of episodes' })
    .min(1, { error: 'a feed file must list at least 1 episode' })
    .optional(),
  /** The site's colours; else derived from the main show's artwork. */
  theme: themeSchema.optional(),
})

export type EpisodeFrontMatter = z.infer<typeof episodeSchema>
export type Chapter = z.infer<typeof chapterSchema>
export type EpisodeType = (typeof episodeTypes)[number]
export type EpisodeCategory = (typeof episodeCategories)[number]
export type PodcastEpisodeType = (typeof podcastEpisodeTypes)[number]
export type PersonEntry = z.infer<typeof personSchema>
export type TechnologyEntry = z.infer<typeof technologySchema>
export type ShowEntry = z.infer<typeof showSchema>
export type SiteConfig = z.infer<typeof siteSchema>
export type CollectionsConfig = z.infer<typeof collectionsSchema>
export type TranscriptEntry = z.infer<typeof transcriptEntrySchema>
export type TranscriptSetting = NonNullable<EpisodeFrontMatter['transcript']>
export type PodcastEntry = z.infer<typeof podcastSchema>
export type ThemeConfig = z.infer<typeof themeSchema>
