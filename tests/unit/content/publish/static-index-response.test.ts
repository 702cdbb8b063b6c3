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
    const browse = JSON.parse(String(meta?.body))
    expect(browse).toMatchObject({ episodes: 4, build: expect.stringMatching(/^[0-9a-f]{12}$/) })
    const search = JSON.parse(String(serve('/podcast/data/search/meta.json')?.body))
    // Both entry parts name the one build whose folder holds every other part.
    expect(search.build).toBe(browse.build)
    const shard = serve(`/podcast/data/search/${search.build}/terms/${search.shards[0]}.bin`)
    expect(shard).toMatchObject({ status: 200, type: 'application/octet-stream' })
    expect(shard?.body).toBeInstanceOf(Uint8Array)
    expect(serve(`/podcast/data/search/terms/${search.shards[0]}.bin`)?.status).toBe(404)
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
    const build = () => JSON.parse(String(serve('/data/browse/meta.json')?.body)).build
    // Binary parts are new arrays each time the index is built: identity tells builds apart.
    const shard = () => serve(`/data/browse/${build()}/shows/0.bin`)?.body
    const first = shard()
    expect(first).toBeInstanceOf(Uint8Array)
    expect(shard()).toBe(first)
    current = await compile()
    const second = shard()
    expect(second).not.toBe(first)
    expect(second).toEqual(first)
  })

  it("answers a part asked under a build it has moved past with the current build's", async () => {
    const result = await compile()
    const serve = staticIndexServer(() => result, '/')
    const { build } = JSON.parse(String(serve('/data/browse/meta.json')?.body))
    const current = serve(`/data/browse/${build}/cards/0.json`)
    expect(current?.status).toBe(200)
    expect(serve('/data/browse/0123456789ab/cards/0.json')?.body).toBe(current?.body)
    expect(serve('/data/browse/cards/0.json')?.status).toBe(404)
  })

  it('names a new build folder when a document changes, and the same one when none does', async () => {
    const result = await compile()
    const buildOf = (documents: ReadonlyMap<string, string>) =>
      JSON.parse(
        String(
          staticIndexServer(() => ({ ...result, documents }), '/')('/data/browse/meta.json')?.body,
        ),
      ).build
    const same = buildOf(new Map(result.documents))
    expect(buildOf(result.documents)).toBe(same)
    const edited = new Map(result.documents)
    const [path, text] = [...edited].find(([key]) => key.startsWith('episodes/')) ?? ['', '']
    edited.set(path, text.replace('"title":"', '"title":"Edited '))
    expect(edited.get(path)).not.toBe(text)
    expect(buildOf(edited)).not.toBe(same)
  })
})
