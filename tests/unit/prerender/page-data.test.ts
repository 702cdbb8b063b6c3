import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { fetchPageQueries, type PageData, seedQueries } from '../../../src/app/page-data.ts'

const page: PageData = {
  path: '/episodes/one',
  queries: [[['episodes', 'one'], { slug: 'one' }]],
  fetched: [
    [['episodes', ':transcript', 'one'], '/data/transcripts/one.json'],
    [['episodes', ':transcript', 'two'], '/data/transcripts/two.json'],
  ],
}

describe("a prerendered page's data", () => {
  it('fills the cache with what the page carries and what it names', async () => {
    const client = new QueryClient()
    const asked: string[] = []
    seedQueries(client, page)
    await fetchPageQueries(client, page, async (url) => {
      asked.push(url)
      return { url }
    })
    expect(asked).toEqual(['/data/transcripts/one.json', '/data/transcripts/two.json'])
    expect(client.getQueryData(['episodes', 'one'])).toEqual({ slug: 'one' })
    expect(client.getQueryData(['episodes', ':transcript', 'two'])).toEqual({
      url: '/data/transcripts/two.json',
    })
  })

  it('settles when a named document fails, leaving that query failed and the others filled', async () => {
    const client = new QueryClient()
    await fetchPageQueries(client, page, async (url) => {
      if (url.endsWith('one.json')) throw new Error('offline')
      return { url }
    })
    expect(client.getQueryState(['episodes', ':transcript', 'one'])?.status).toBe('error')
    expect(client.getQueryData(['episodes', ':transcript', 'two'])).toEqual({
      url: '/data/transcripts/two.json',
    })
  })

  it('fetches nothing for a page that names nothing', async () => {
    const client = new QueryClient()
    let asked = 0
    await fetchPageQueries(client, { path: '/', queries: [] }, async () => {
      asked += 1
      return null
    })
    expect(asked).toBe(0)
  })
})
