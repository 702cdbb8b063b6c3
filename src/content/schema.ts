import { z } from 'zod'

/**
 * The one source of truth for episode content. Types used by the compiler and
 * (through `import type`) by the app are inferred from these schemas.
 */

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const slugSchema = z.string({ error: 'expected a slug (text)' }).regex(SLUG_PATTERN, {
  error:
    'is not URL-safe: use lowercase letters, digits and single hyphens only (for example "my-episode-42")',
})

const seconds = (what: string) =>
  z
    .number({ error: `expected ${what} in seconds as a number (for example 125)` })
    .finite({ error: `expected ${what} as a finite number of seconds` })

export const chapterSchema = z.object({
  startTime: seconds('a start time').nonnegative({
    error: 'a chapter cannot start before 0 seconds',
  }),
  title: z
    .string({ error: 'every chapter needs a title (text)' })
    .trim()
    .min(1, { error: 'every chapter needs a non-empty title' }),
})

export const episodeTypes = ['live', 'recorded'] as const
export const episodeCategories = [
  'editorial',
  'tutorial',
  'review',
  'interview',
  'announcement',
] as const

const isoDateTime = z
  .string({ error: 'expected an ISO date-time such as 2025-12-18T10:00:00Z' })
  .refine(
    (value) =>
      /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) &&
      !Number.isNaN(Date.parse(value)),
    {
      error: 'is not a valid ISO date-time: write it like 2025-12-18T10:00:00Z',
    },
  )

const nonEmptyText = (field: string) =>
  z
    .string({ error: `expected ${field} as text` })
    .trim()
    .min(1, { error: `${field} cannot be empty` })

const audioUrl = z
  .string({ error: 'expected a URL as text' })
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value) || /^\/(?!\/)[^\s]*$/.test(value), {
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
    .optional(),
  type: z.enum(episodeTypes, { error: `expected one of: ${episodeTypes.join(', ')}` }).optional(),
  category: z
    .enum(episodeCategories, { error: `expected one of: ${episodeCategories.join(', ')}` })
    .optional(),
  show: slugSchema.optional(),
  technologies: z.array(slugSchema, { error: 'expected a list of technology slugs' }).default([]),
  guests: z.array(slugSchema, { error: 'expected a list of people slugs' }).default([]),
  chapters: z.array(chapterSchema, { error: 'expected a list of chapters' }).default([]),
  audioUrl: audioUrl.optional(),
})

export const personSchema = z.object({
  name: nonEmptyText('a name'),
  website: z.string().optional(),
  github: z.string().optional(),
})

export const technologySchema = z.object({ name: nonEmptyText('a name') })

export const showSchema = z.object({
  name: nonEmptyText('a name'),
  description: z.string().optional(),
  hosts: z.array(slugSchema).default([]),
  artwork: z.string().optional(),
})

export const siteSchema = z.object({
  title: nonEmptyText('a site title').default('Podcast'),
  description: z.string().default(''),
  baseUrl: z.string().optional(),
  language: z.string().default('en'),
  audioUrlTemplate: z.string().optional(),
})

export type EpisodeFrontMatter = z.infer<typeof episodeSchema>
export type Chapter = z.infer<typeof chapterSchema>
export type EpisodeType = (typeof episodeTypes)[number]
export type EpisodeCategory = (typeof episodeCategories)[number]
export type PersonEntry = z.infer<typeof personSchema>
export type TechnologyEntry = z.infer<typeof technologySchema>
export type ShowEntry = z.infer<typeof showSchema>
export type SiteConfig = z.infer<typeof siteSchema>
