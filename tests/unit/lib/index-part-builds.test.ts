import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { catalogKeys, indexPartQueryOptions } from '../../../src/lib/api/catalog-queries.ts'
import { NotFoundError } from '../../../src/lib/api/fetch-json.ts'
import { partPathIn, withBuild } from '../../../src/lib/static-index/part-builds.ts'

const meta = (build: string) => withBuild('{"version":3,"episodes":2}', build)
const card = (build: string) => `[{"slug":"from-${build}"}]`

/** A static host holding one build of the index, as a deploy leaves it: the older build's folder gone. */
function host(build: string) {
  const files = new Map([
    ['/data/browse/meta.json', meta(build)],
    [`/${partPathIn('data/browse/cards/0.json', build)}`, card(build)],
  ])
  const asked: string[] = []
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url)
    const body = files.get(url)
    return body === undefined
      ? new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })
      : new Response(body, { headers: { 'content-type': 'application/json' } })
  })
  return asked
}

afterEach(() => void vi.unstubAllGlobals())

describe('index parts kept per build', () => {
  it('fetches a part from the folder of the build the entry part names, keyed by its plain path', async () => {
    const asked = host('b1')
    const client = new QueryClient()
    const part = await client.fetchQuery(indexPartQueryOptions('data/browse/cards/0.json'))
    expect(part).toBe(card('b1'))
    expect(asked).toEqual(['/data/browse/meta.json', '/data/browse/b1/cards/0.json'])
    expect(client.getQueryData(catalogKeys.indexPart('data/browse/cards/0.json'))).toBe(card('b1'))
  })

  it('reloads the page, rather than mix two builds, when a deploy replaced the one it started with', async () => {
    const reload = vi.fn()
    vi.stubGlobal('window', { location: { reload } })
    const client = new QueryClient()
    // The page was drawn with build b1's entry part; the host now holds b2.
    client.setQueryData(catalogKeys.indexPart('data/browse/meta.json'), meta('b1'))
    const asked = host('b2')
    void client.fetchQuery(indexPartQueryOptions('data/browse/cards/0.json'))
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce())
    expect(asked).toEqual(['/data/browse/b1/cards/0.json', '/data/browse/meta.json'])
  })

  it('reports a part missing from the build that is live as not found, without reloading', async () => {
    const reload = vi.fn()
    vi.stubGlobal('window', { location: { reload } })
    host('b1')
    const client = new QueryClient()
    await expect(
      client.fetchQuery(indexPartQueryOptions('data/browse/cards/9.json')),
    ).rejects.toBeInstanceOf(NotFoundError)
    expect(reload).not.toHaveBeenCalled()
  })
})
