import SearchableMap from 'minisearch/SearchableMap'
import { createRandom, type Random } from '../../../../scripts/synthetic/random.ts'
import type { EpisodeToIndex } from '../../../../src/content/publish/search-index/search-index-files.ts'
import { shardKey } from '../../../../src/features/catalog/search/static/index-terms.ts'

/**
 * Invented words from syllables, none within three edits of a word of
 * another shard: the static index forgives typos within a shard only, and
 * the comparison with the reference engine is about everything else.
 */
function inventedWords(random: Random, count: number, taken: readonly string[] = []): string[] {
  const syllables = 'ka lo mi ne ru sa ti vo pe da gu fi ho ze ba'.split(' ')
  const words = new SearchableMap<true>()
  for (const word of taken) words.set(word, true)
  const picked: string[] = []
  while (picked.length < count) {
    const word = Array.from({ length: random.int(2, 5) }, () => random.pick(syllables)).join('')
    const near = [...words.fuzzyGet(word, 3).keys()]
    if (near.some((other) => other === word || shardKey(other) !== shardKey(word))) continue
    words.set(word, true)
    picked.push(word)
  }
  return picked
}

export interface SeededCatalog {
  episodes: EpisodeToIndex[]
  /** Words said in one transcript only, and nowhere else. */
  spokenOnly: string[]
  /** Words in one chapter title only. */
  chapterOnly: string[]
  /** Guests' family names, found only in guest names. */
  familyNames: string[]
  common: string[]
}

/**
 * A small catalog (newest first) drawn from a seed: shared words everywhere,
 * a third of episodes with chapters, one in five with a transcript, and words
 * that only one field of one episode holds.
 */
export function seededCatalog(seed: number, count = 300): SeededCatalog {
  const random = createRandom(seed)
  const common = inventedWords(random, 60)
  // Rare words start no other word, so each one finds its own episode and paragraph.
  const drawn = inventedWords(random, 400, common)
  const all = [...common, ...drawn]
  const rare = drawn.filter(
    (word) =>
      !all.some((other) => other !== word && (other.startsWith(word) || word.startsWith(other))),
  )
  const familyNames = rare.splice(0, 30).map((word) => `${word[0]?.toUpperCase()}${word.slice(1)}`)
  const spokenOnly: string[] = []
  const chapterOnly: string[] = []
  const text = (words: number) =>
    Array.from({ length: words }, () => random.pickSkewed(common, 1.5)).join(' ')
  const episodes: EpisodeToIndex[] = []
  for (let i = 0; i < count; i++) {
    const chapters = random.chance(0.35)
      ? Array.from({ length: random.int(1, 6) }, (_, c) => {
          const own = c === 1 && rare.length > 0 ? ` ${rare.pop()}` : ''
          if (own) chapterOnly.push(own.trim())
          return { startTime: c * 300, title: `${text(random.int(1, 4))}${own}` }
        })
      : []
    const transcript = random.chance(0.2)
      ? Array.from({ length: random.int(3, 30) }, (_, p) => {
          const own = p === 2 && rare.length > 0 ? ` ${rare.pop()},` : ''
          if (own) spokenOnly.push(own.trim().replace(',', ''))
          return { start: p * 20 + 7, text: `${text(random.int(3, 12))}${own} ${text(3)}.` }
        })
      : null
    episodes.push({
      episode: {
        slug: `episode-${i}`,
        title: text(random.int(2, 6)),
        publishedAt: new Date(Date.UTC(2026, 0, 1) - i * 86_400_000).toISOString(),
        description: text(random.int(5, 30)),
        showNotes: random.chance(0.3) ? text(random.int(5, 20)) : '',
        chapters,
        guests: Array.from({ length: random.int(0, 2) }, () => ({
          name: `${random.pick(['Ana', 'Bo', 'Cy'])} ${random.pick(familyNames)}`,
        })),
        technologies: random.chance(0.5) ? [{ name: random.pick(common) }] : [],
        show: random.chance(0.8) ? { name: 'Quiet Signal Radio' } : null,
      },
      transcript,
    })
  }
  return { episodes, spokenOnly, chapterOnly, familyNames, common }
}
