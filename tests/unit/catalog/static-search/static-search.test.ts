import { describe, expect, it } from 'vitest'
import { createRandom } from '../../../../scripts/synthetic/random.ts'
import { shardPath } from '../../../../src/features/catalog/search/static/index-layout.ts'
import { shardKey } from '../../../../src/features/catalog/search/static/index-terms.ts'
import {
  createStaticSearch,
  type StaticSearchHits,
} from '../../../../src/features/catalog/search/static/static-search.ts'
import { inMemoryIndex } from './in-memory-index.ts'
import { referenceSearch } from './reference-search.ts'
import { seededCatalog } from './seeded-catalog.ts'

const catalog = seededCatalog(19)
const reference = await referenceSearch(catalog.episodes)
const small = {
  chapterBlock: 4,
  passageSize: 5,
  shardBytes: 16_000,
  momentBytes: 400,
}
// Shards split down to a few hundred bytes: words of three, four letters and more get shards of their own.
const split = { ...small, shardBytes: 300 }

const typos = new Set<string>()

/** Results `offset` to `offset + count` of a search, as a list shows them: each with its moment. */
function shown(hits: StaticSearchHits, offset: number, count: number) {
  return Promise.all(
    [...hits.order.subarray(offset, offset + count)].map(async (ordinal) => {
      const episode = catalog.episodes[ordinal]?.episode
      const slug = episode?.slug ?? ''
      return { ordinal, slug, title: episode?.title, moment: await hits.moment(ordinal, slug) }
    }),
  )
}

function seededQueries(seed: number): string[] {
  const random = createRandom(seed)
  const word = () => random.pick(catalog.common)
  const queries: string[] = []
  for (let i = 0; i < 15; i++) queries.push(word())
  for (let i = 0; i < 15; i++) queries.push(`${word()} ${word()}`, `${word()} ${word()} ${word()}`)
  for (let i = 0; i < 15; i++) {
    const whole = word()
    // Prefixes of up to four letters: a longer one is also read with a typo, which may
    // change its first letters, and that typo the shards cannot forgive (tested below).
    queries.push(whole.slice(0, random.int(2, 4)), `${word()} ${whole.slice(0, 3)}`)
  }
  for (const whole of catalog.common.filter((w) => w.length >= 5).slice(0, 15)) {
    // One letter changed after the first two: a typo the shard can still forgive.
    const at = random.int(2, whole.length - 1)
    const typo = `${whole.slice(0, at)}${whole[at] === 'q' ? 'x' : 'q'}${whole.slice(at + 1)}`
    typos.add(typo)
    queries.push(typo)
  }
  queries.push(...catalog.spokenOnly.slice(0, 10), ...catalog.chapterOnly.slice(0, 10))
  queries.push(...catalog.familyNames.slice(0, 10), `${catalog.familyNames[0]} ${word()}`)
  queries.push('zzqqxx', 'a', `${word()} zzqqxx`)
  return queries
}

describe.each([
  ['two-letter shards', small],
  ['split shards', split],
])('static search index with %s', (_, layout) => {
  const { fetchPart, files } = inMemoryIndex(catalog.episodes, layout)
  const search = createStaticSearch(fetchPart)

  it('is laid out as asked', () => {
    const moments = [...files.keys()].filter((path) => path.includes('/moments/'))
    const shards = [...files.keys()].filter((path) => path.includes('/terms/'))
    // Common words' moments come in several files, by blocks of episodes.
    if (layout === small) expect(moments.some((path) => path.endsWith('/1.bin'))).toBe(true)
    const longest = Math.max(...shards.map((path) => path.split('/').pop()?.length ?? 0))
    if (layout === split) expect(longest).toBeGreaterThan('12.bin'.length)
    else expect(longest).toBe('12.bin'.length)
  })

  it('answers the same episodes in the same order as the in-memory engine', async () => {
    const queries = seededQueries(7)
    expect(catalog.spokenOnly.length).toBeGreaterThan(5)
    expect(catalog.chapterOnly.length).toBeGreaterThan(5)
    let nonEmpty = 0
    for (const query of queries) {
      const expected = [...reference.search(query).order]
      const { order } = await search.search(query)
      if (layout === split && typos.has(query)) {
        // A typo before the end of a split shard's key is not forgiven: fewer hits, never others.
        expect(expected, query).toEqual(expect.arrayContaining([...order]))
      } else {
        expect([...order], query).toEqual(expected)
      }
      if (expected.length > 0) nonEmpty++
    }
    expect(nonEmpty).toBeGreaterThan(queries.length * 0.8)
  })

  it('forgives no typo in the first two letters, which the reference engine does', async () => {
    const word = catalog.common.find((w) => w.length >= 5 && reference.search(w).order.length > 0)
    const typo = `q${word?.slice(1)}`
    expect(reference.search(typo).order.length).toBeGreaterThan(0)
    expect((await search.search(typo)).order.length).toBe(0)
  })

  it('points a chapter hit at the chapter the reference engine picks', async () => {
    for (const query of [...catalog.chapterOnly.slice(0, 5), ...catalog.common.slice(0, 10)]) {
      const hits = await search.search(query)
      const expected = reference.search(query)
      // Every result, not just the first page: later ones lie in later moment files.
      for (const result of await shown(hits, 0, hits.order.length)) {
        const chapter = expected.chapterHit(result.ordinal)
        if (!chapter) {
          expect(result.moment?.field, query).not.toBe('chapter')
          continue
        }
        expect(result.moment, query).toMatchObject({
          field: 'chapter',
          seconds: chapter.startTime,
          snippet: chapter.title,
        })
      }
    }
  })

  it('leads a word said only in a transcript to the paragraph that says it', async () => {
    for (const word of catalog.spokenOnly.slice(0, 10)) {
      const episode = catalog.episodes.find(({ transcript }) =>
        transcript?.some(({ text }) => text.includes(` ${word},`)),
      )
      const paragraph = episode?.transcript?.find(({ text }) => text.includes(` ${word},`))
      // The word may also start longer words elsewhere: find its own episode among the hits.
      const hits = await search.search(word)
      const results = await shown(hits, 0, 50)
      const result = results.find(({ slug }) => slug === episode?.episode.slug)
      expect(result).toBeDefined()
      // The same moment for the episode alone, as a filtered list asks for it.
      expect(await hits.moment(result?.ordinal ?? -1, result?.slug ?? '')).toEqual(result?.moment)
      expect(result?.title).toBe(episode?.episode.title)
      expect(result?.moment?.field).toBe('transcript')
      expect(result?.moment?.seconds).toBe(paragraph?.start)
      const moment = result?.moment
      const marked = moment?.highlights.map(([start, end]) => moment.snippet.slice(start, end))
      expect(marked).toContain(word)
    }
  })

  it('highlights prefix and typo matches as whole words', async () => {
    const word = catalog.spokenOnly[0] ?? ''
    const [result] = await shown(await search.search(word.slice(0, 4)), 0, 200)
    expect(result).toBeDefined()
    const [typo] = await shown(await search.search(`${word.slice(0, 3)}q${word.slice(4)}`), 0, 1)
    if (word.length >= 5) expect(typo?.moment?.snippet).toContain(word)
  })
})

describe('what a query fetches', () => {
  it('fetches only the shards of its words, then what the shown page needs', async () => {
    const { fetchPart, fetched } = inMemoryIndex(catalog.episodes, small)
    const search = createStaticSearch(fetchPart)
    const [first = '', second = ''] = catalog.common
    const hits = await search.search(`${first} ${second.slice(0, 3)}`)
    expect(fetched.sort()).toEqual(
      ['data/search/meta.json', shardPath(shardKey(first)), shardPath(shardKey(second))].sort(),
    )
    fetched.length = 0
    await shown(hits, 0, 10)
    const kinds = new Set(fetched.map((path) => path.split('/')[2]))
    expect(fetched.length).toBeGreaterThan(0)
    // No cards: a result's card is the browse index's.
    expect(
      [...kinds].every((kind) => ['chapters', 'passages', 'moments'].includes(kind ?? '')),
    ).toBe(true)
  })

  it('asks for no shard that the index does not have', async () => {
    const { fetchPart, fetched } = inMemoryIndex(catalog.episodes, small)
    const hits = await createStaticSearch(fetchPart).search('qqzz')
    expect([...hits.order]).toEqual([])
    expect(fetched).toEqual(['data/search/meta.json'])
  })
})
