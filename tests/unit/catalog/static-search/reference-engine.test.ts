import { describe, expect, it } from 'vitest'
import { fixtureCatalog } from '../catalog-fixture.ts'
import { createSearchEngine } from './reference-engine.ts'

const catalog = fixtureCatalog()
const guestNames: Record<string, string> = { mauro: 'Mauro Morales', liz: 'Liz Rice' }
// What the fixture's summaries lack: each episode's description and chapters.
const details: Record<string, { description: string; chapters: [number, string][] }> = {
  kairos: {
    description: 'Turning any Linux distribution into an immutable operating system.',
    chapters: [
      [0, 'Introduction'],
      [114, 'Meet the team'],
      [1347, 'The origin story of the name'],
    ],
  },
  cilium: {
    description: 'Networking and observability for containers.',
    chapters: [[60, 'Why networking is hard']],
  },
  'ebpf-intro': { description: 'Programs inside the kernel, safely.', chapters: [] },
  news: { description: 'What happened this month.', chapters: [] },
  'no-show': { description: 'A standalone conversation.', chapters: [] },
}
const engine = await createSearchEngine(
  catalog.episodes.map((episode) => ({
    title: episode.title,
    guestNames: episode.guests.map((slug) => guestNames[slug] ?? slug),
    description: details[episode.slug]?.description ?? '',
    chapters: (details[episode.slug]?.chapters ?? []).map(([startTime, title]) => ({
      startTime,
      title,
    })),
  })),
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

describe('building the search engine', () => {
  const many = Array.from({ length: 20_000 }, (_, i) => ({
    title: `Episode ${i} about kernels, clusters and observability`,
    guestNames: ['Mauro Morales'],
    description: '',
    chapters: [],
  }))

  it('stops between slices once aborted, instead of finishing an index nobody reads', async () => {
    const controller = new AbortController()
    const building = createSearchEngine(many, controller.signal)
    controller.abort()
    await expect(building).rejects.toThrow(/abort/i)
  })

  it('finishes when not aborted', async () => {
    const built = await createSearchEngine(many, new AbortController().signal)
    expect(built.search('observability').order.length).toBe(20_000)
  })
})

describe('search order', () => {
  // Newest first, as the catalog lists them.
  const listed = [
    {
      slug: 'news',
      title: 'Weekly news',
      guestNames: ['Ana Lima'],
      description: 'Kubernetes 2.0 ships; rice prices rise.',
    },
    {
      slug: 'operators',
      title: 'Writing Kubernetes operators',
      guestNames: ['Bo Chen'],
      description: 'Controllers and reconcile loops.',
    },
    {
      slug: 'kitchen',
      title: 'Cooking for the team',
      guestNames: ['Liz Rice'],
      description: 'Lunch at the office.',
    },
    {
      slug: 'older',
      title: 'Kubernetes at home',
      guestNames: [],
      description: 'A small cluster on old laptops.',
    },
  ].map((episode) => ({ ...episode, chapters: [] }))
  const slugsOf = async (query: string) => {
    const built = await createSearchEngine(listed)
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
