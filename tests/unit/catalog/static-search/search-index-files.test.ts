import { describe, expect, it } from 'vitest'
import { searchIndexFiles } from '../../../../src/content/publish/search-index/search-index-files.ts'
import { readPostingList, writePostingList } from '../../../../src/lib/episode-sets/posting-list.ts'
import { VarintReader, VarintWriter } from '../../../../src/lib/episode-sets/varint.ts'
import { seededCatalog } from './seeded-catalog.ts'

const roundTrip = (ordinals: number[]) => {
  const out = new VarintWriter()
  writePostingList(out, ordinals)
  const bytes = out.finish()
  return { read: [...readPostingList(new VarintReader(bytes))], bytes: bytes.length }
}

describe('episode sets', () => {
  it('keep a rare word’s few episodes as gaps and a common word’s as a bitmap', () => {
    const rare = [3, 700, 70_000]
    expect(roundTrip(rare).read).toEqual(rare)
    const common = Array.from({ length: 90_000 }, (_, i) => i + Math.floor(i / 9))
    const { read, bytes } = roundTrip(common)
    expect(read).toEqual(common)
    expect(bytes).toBeLessThan(100_000 / 8 + 8)
    expect(roundTrip([]).read).toEqual([])
  })
})

describe('writing the index', () => {
  it('writes an episode’s passages before it reads the next episode', () => {
    const { episodes } = seededCatalog(3, 60)
    let read = 0
    const counted = (function* () {
      for (const entry of episodes) {
        read++
        yield entry
      }
    })()
    for (const file of searchIndexFiles(counted)) {
      const slug = /^data\/search\/passages\/([^/]+)\//.exec(file.path)?.[1]
      if (slug) expect(episodes[read - 1]?.episode.slug).toBe(slug)
    }
    expect(episodes.some(({ transcript }) => transcript)).toBe(true)
  })

  it('keeps only the paragraphs that first say a word', () => {
    const paragraph = (start: number, text: string) => ({ start, end: start + 5, text })
    const entry = seededCatalog(3, 1).episodes[0]
    if (!entry) throw new Error('no episode')
    const transcript = [
      paragraph(0, 'alpha beta'),
      paragraph(5, 'beta alpha'),
      paragraph(9, 'gamma'),
    ]
    const files = [...searchIndexFiles([{ ...entry, transcript }])]
    const passages = files.filter(({ path }) => path.includes('/passages/'))
    expect(passages.map((file) => ('text' in file ? JSON.parse(file.text) : null))).toEqual([
      [
        [0, 'alpha beta'],
        [9, 'gamma'],
      ],
    ])
  })
})
