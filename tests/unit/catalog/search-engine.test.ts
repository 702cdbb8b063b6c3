import { describe, expect, it } from 'vitest'
import { findChapterHit } from '../../../src/features/catalog/search/chapter-hit.ts'
import { createSearchEngine } from '../../../src/features/catalog/search/search-engine.ts'
import { fixtureCatalog, fixtureSearchIndex } from './catalog-fixture.ts'

const catalog = fixtureCatalog()
const guestNames: Record<string, string> = { mauro: 'Mauro Morales', liz: 'Liz Rice' }
const engine = await createSearchEngine(
  catalog.episodes.map((episode) => ({
    slug: episode.slug,
    title: episode.title,
    guestNames: episode.guests.map((slug) => guestNames[slug] ?? slug),
  })),
  fixtureSearchIndex,
)
const slugsFor = (query: string) =>
  [...engine.search(query).order].map((i) => catalog.episodes[i]?.slug)

describe('search engine', () => {
  it('finds words in titles, descriptions and guest names', () => {
    expect(slugsFor('cilium')).toEqual(['cilium'])
    expect(slugsFor('kernel')).toEqual(['ebpf-intro'])
    expect(slugsFor('rice')).toEqual(['cilium', 'ebpf-intro'])
  })

  it('matches prefixes and small typos', () => {
    expect(slugsFor('immut')).toEqual(['kairos'])
    expect(slugsFor('imutable')).toEqual(['kairos'])
    expect(slugsFor('observabilty')).toEqual(['cilium'])
  })

  it('needs every word of the query', () => {
    expect(slugsFor('mauro').sort()).toEqual(['ebpf-intro', 'kairos', 'no-show'])
    expect(slugsFor('mauro rice')).toEqual(['ebpf-intro'])
  })

  it('points at the chapter whose title matched', () => {
    const hits = engine.search('origin')
    const index = catalog.episodes.findIndex((episode) => episode.slug === 'kairos')
    expect([...hits.order]).toEqual([index])
    expect(hits.chapterHit(index)).toEqual({
      startTime: 1347,
      title: 'The origin story of the name',
    })
    expect(engine.search('immutable').chapterHit(index)).toBeNull()
  })

  it('finds nothing for an unknown word', () => {
    expect(slugsFor('zzzzqqq')).toEqual([])
  })
})

describe('findChapterHit', () => {
  const chapters = [
    { startTime: 0, title: 'Kairos intro' },
    { startTime: 10, title: 'Kairos origin story' },
  ]
  it('prefers the chapter with the most matched words, then the earliest', () => {
    expect(findChapterHit(chapters, ['kairos', 'origin'])?.startTime).toBe(10)
    expect(findChapterHit(chapters, ['kairos'])?.startTime).toBe(0)
    expect(findChapterHit(chapters, ['nothing'])).toBeNull()
  })
})

describe('building the search engine', () => {
  const many = Array.from({ length: 20_000 }, (_, i) => ({
    slug: `episode-${i}`,
    title: `Episode ${i} about kernels, clusters and observability`,
    guestNames: ['Mauro Morales'],
  }))

  it('stops between slices once aborted, instead of finishing an index nobody reads', async () => {
    const controller = new AbortController()
    const building = createSearchEngine(many, { episodes: [] }, controller.signal)
    controller.abort()
    await expect(building).rejects.toThrow(/abort/i)
  })

  it('finishes when not aborted', async () => {
    const built = await createSearchEngine(many, { episodes: [] }, new AbortController().signal)
    expect(built.search('observability').order.length).toBe(20_000)
  })
})

describe('search order', () => {
  // Newest first, as the catalog lists them.
  const listed = [
    { slug: 'news', title: 'Weekly news', guestNames: ['Ana Lima'] },
    { slug: 'operators', title: 'Writing Kubernetes operators', guestNames: ['Bo Chen'] },
    { slug: 'kitchen', title: 'Cooking for the team', guestNames: ['Liz Rice'] },
    { slug: 'older', title: 'Kubernetes at home', guestNames: [] },
  ]
  const index = {
    episodes: [
      { slug: 'news', description: 'Kubernetes 2.0 ships; rice prices rise.', chapters: [] },
      { slug: 'operators', description: 'Controllers and reconcile loops.', chapters: [] },
      { slug: 'kitchen', description: 'Lunch at the office.', chapters: [] },
      { slug: 'older', description: 'A small cluster on old laptops.', chapters: [] },
    ],
  }
  const slugsOf = async (query: string) => {
    const built = await createSearchEngine(listed, index)
    return [...built.search(query).order].map((i) => listed[i]?.slug)
  }

  it('puts episodes named by the query in their title first, then newest first', async () => {
    expect(await slugsOf('kubernetes')).toEqual(['operators', 'older', 'news'])
  })

  it('ranks by how many of the query words the title or guests hold', async () => {
    expect(await slugsOf('kubernetes operators')).toEqual(['operators'])
    expect(await slugsOf('kubernetes home')).toEqual(['older'])
  })

  it('counts guest names as prominent as titles', async () => {
    expect(await slugsOf('rice')).toEqual(['kitchen', 'news'])
  })
})
