import { describe, expect, it } from 'vitest'
import {
  episodeDocumentsOf,
  episodeSlugsOf,
} from '../../../src/content/publish/episode-documents.ts'

/** Documents that count how many times they are read. */
class CountedDocuments extends Map<string, string> {
  reads = 0
  override get(path: string) {
    this.reads += 1
    return super.get(path)
  }
}

describe('episode documents of a compile', () => {
  const documents = new CountedDocuments([
    ['episodes.json', '{}'],
    ['people/jane-doe.json', '{}'],
    ['episodes/b-side.json', JSON.stringify({ slug: 'b-side' })],
    ['episodes/a-side.json', JSON.stringify({ slug: 'a-side' })],
    ['transcripts/a-side.json', '{}'],
  ])

  it('names the episodes by their paths, sorted, without reading a document', () => {
    expect(episodeSlugsOf(documents)).toEqual(['a-side', 'b-side'])
    expect(documents.reads).toBe(0)
  })

  it('reads one document at a time, as they are asked for', () => {
    documents.reads = 0
    const episodes = episodeDocumentsOf(documents)
    expect(documents.reads).toBe(0)
    expect(episodes.next().value).toEqual({ slug: 'a-side' })
    expect(documents.reads).toBe(1)
    expect([...episodes]).toEqual([{ slug: 'b-side' }])
    expect(documents.reads).toBe(2)
  })
})
