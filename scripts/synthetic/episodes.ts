import { paragraph, slugify, title } from './prose.ts'
import type { Random } from './random.ts'
import type { Registries } from './registries.ts'

export interface SyntheticEpisode {
  id: string
  slug: string
  title: string
  description: string
  publishedAt: string
  type?: 'live' | 'recorded'
  category?: 'editorial' | 'tutorial' | 'review' | 'interview' | 'announcement'
  show: string
  technologies: string[]
  guests: string[]
  duration: number
  audioFileSize: number
  chapters: Array<{ startTime: number; title: string }>
  youtubeId?: string
  body: string
}

const FIRST_DATE = Date.parse('2016-01-01T08:00:00Z')
const LAST_DATE = Date.parse('2026-06-30T08:00:00Z')
const categories = ['editorial', 'tutorial', 'review', 'interview', 'announcement'] as const
const ID_ALPHABET = [...'abcdefghijklmnopqrstuvwxyz0123456789']

/** 40 to 150 minutes with a median near 71, like the real catalog. */
const durationSeconds = (random: Random) => Math.round(2_400 + 6_600 * random.next() ** 1.83)

function distinct<T>(count: number, draw: () => T): T[] {
  const picked = new Set<T>()
  while (picked.size < count) picked.add(draw())
  return [...picked]
}

const randomText = (random: Random, length: number) =>
  Array.from({ length }, () => random.pick(ID_ALPHABET)).join('')

/** 0 to 100 chapters, the first at 0, strictly increasing and all before the end. */
function chapters(random: Random, duration: number): SyntheticEpisode['chapters'] {
  const count = Math.floor(101 * random.next() ** 2)
  const slot = duration / Math.max(count, 1)
  return Array.from({ length: count }, (_, index) => ({
    startTime: index === 0 ? 0 : Math.floor(index * slot + random.next() * slot * 0.5),
    title: title(random, random.int(2, 6)),
  }))
}

function showNotes(random: Random, slug: string): string {
  const items = Array.from(
    { length: random.int(2, 5) },
    (_, index) =>
      `- [${title(random, 3)}](https://example.com/${slug}/${index}): ${paragraph(random, 1)}`,
  )
  return `## Show notes\n\n${paragraph(random, 2)}\n\n${items.join('\n')}\n`
}

export function createEpisode(
  random: Random,
  index: number,
  count: number,
  registries: Registries,
  usedSlugs: Set<string>,
): SyntheticEpisode {
  const episodeTitle = title(random, random.int(4, 9))
  const base = slugify(episodeTitle)
  let slug = base
  for (let suffix = 2; usedSlugs.has(slug); suffix += 1) slug = `${base}-${suffix}`
  usedSlugs.add(slug)
  const step = (LAST_DATE - FIRST_DATE) / count
  const minute = 60_000
  const publishedAt = new Date(
    Math.floor((FIRST_DATE + index * step + random.next() * step * 0.5) / minute) * minute,
  )
  const duration = durationSeconds(random)
  const paragraphs = Array.from({ length: random.int(2, 4) }, () =>
    paragraph(random, random.int(2, 5)),
  )
  const episode: SyntheticEpisode = {
    // The index makes ids unique; the random tail makes them look like the real ones.
    id: `c${index.toString(36).padStart(4, '0')}${randomText(random, 20)}`,
    slug,
    title: episodeTitle,
    description: paragraphs.join('\n\n'),
    publishedAt: publishedAt.toISOString(),
    show: random.pickSkewed(registries.shows, 1.5).slug,
    technologies: distinct(
      random.int(1, 6),
      () => random.pickSkewed(registries.technologies, 2).slug,
    ),
    guests: distinct(random.int(1, 4), () => random.pickSkewed(registries.people, 2).slug),
    duration,
    audioFileSize: duration * 24_000 + random.int(0, 23_999),
    chapters: chapters(random, duration),
    body: random.chance(0.3) ? showNotes(random, slug) : '',
  }
  if (random.chance(0.9)) episode.type = random.chance(0.8) ? 'recorded' : 'live'
  if (random.chance(0.85)) episode.category = random.pick(categories)
  if (random.chance(0.2)) episode.youtubeId = randomText(random, 11)
  return episode
}
