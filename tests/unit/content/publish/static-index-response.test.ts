import { describe, expect, it } from 'vitest'
import type { CompileResult } from '../../../../src/content/compile/compile-catalog.ts'
import { compileCatalog } from '../../../../src/content/compile/compile-catalog.ts'
import { staticIndexServer } from '../../../../src/content/publish/static-index-response.ts'

const compile = () =>
  compileCatalog({
    dir: 'tests/fixtures/catalogs/transcripts',
    includeScheduled: false,
    threads: 1,
    fetchTranscripts: false,
  })

describe('the static index in the dev server', () => {
  it('serves its parts under the base path, JSON as text and binary parts as bytes', async () => {
    const result = await compile()
    const serve = staticIndexServer(() => result, '/podcast/')
    const meta = serve('/podcast/data/browse/meta.json?v=1')
    expect(meta).toMatchObject({ status: 200, type: 'application/json; charset=utf-8' })
    expect(JSON.parse(String(meta?.body))).toMatchObject({ episodes: 4 })
    const search = JSON.parse(String(serve('/podcast/data/search/meta.json')?.body))
    const shard = serve(`/podcast/data/search/terms/${search.shards[0]}.bin`)
    expect(shard).toMatchObject({ status: 200, type: 'application/octet-stream' })
    expect(shard?.body).toBeInstanceOf(Uint8Array)
  })

  it('answers a JSON 404 for an unknown part and leaves other addresses alone', async () => {
    const result = await compile()
    const serve = staticIndexServer(() => result, '/')
    expect(serve('/data/browse/guests/999.bin')?.status).toBe(404)
    expect(serve('/data/episodes.json')).toBeNull()
    expect(serve('/podcast/data/browse/meta.json')).toBeNull()
    expect(staticIndexServer(() => null, '/')('/data/browse/meta.json')).toBeNull()
  })

  it('builds the index again for a new compile, and only then', async () => {
    let current: CompileResult = await compile()
    const serve = staticIndexServer(() => current, '/')
    // Binary parts are new arrays each time the index is built: identity tells builds apart.
    const shard = () => serve('/data/browse/shows/0.bin')?.body
    const first = shard()
    expect(first).toBeInstanceOf(Uint8Array)
    expect(shard()).toBe(first)
    current = await compile()
    const second = shard()
    expect(second).not.toBe(first)
    expect(second).toEqual(first)
  })
})
