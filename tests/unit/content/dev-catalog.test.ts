import { describe, expect, it, vi } from 'vitest'
import {
  assetResponse,
  dataResponse,
  debounce,
  isCatalogFile,
  overlayError,
  updatePayload,
} from '../../../src/content/publish/dev-catalog.ts'
import type { ContentProblem } from '../../../src/content/read/problems.ts'

const documents = new Map([
  ['episodes.json', '{"episodes":[]}'],
  ['episodes/a-b.json', '{"slug":"a-b"}'],
])

const problem = (severity: ContentProblem['severity'], line: number): ContentProblem => ({
  severity,
  file: 'episodes/x.md',
  line,
  column: 3,
  field: 'title',
  message: 'expected a title as text',
})

describe('dataResponse', () => {
  it('serves documents under the base path and a JSON 404 for unknown ones', () => {
    expect(dataResponse(documents, '/podcast/data/episodes/a-b.json?t=1', '/podcast/')).toEqual({
      status: 200,
      body: '{"slug":"a-b"}',
    })
    // The catalog index is the build's own, as in a build's output.
    expect(dataResponse(documents, '/podcast/data/episodes.json', '/podcast/')?.status).toBe(404)
    expect(dataResponse(documents, '/data/episodes/a-b.json', '/')?.body).toBe('{"slug":"a-b"}')
    const missing = dataResponse(documents, '/data/episodes/nope.json', '/')
    expect(missing?.status).toBe(404)
    expect(JSON.parse(missing?.body ?? '')).toEqual({
      error: 'No such document: data/episodes/nope.json',
    })
    expect(dataResponse(documents, '/data/%E0%A4%A.json', '/')?.status).toBe(404)
    expect(dataResponse(documents, '/src/main.tsx', '/')).toBeNull()
  })
})

describe('isCatalogFile', () => {
  it('accepts episode files, registries and folders inside the catalog only', () => {
    expect(isCatalogFile('/cat/shows/a/x.md', '/cat')).toBe(true)
    expect(isCatalogFile('/cat/people.yaml', '/cat')).toBe(true)
    expect(isCatalogFile('/cat/shows/new-folder', '/cat')).toBe(true)
    expect(isCatalogFile('/cat/notes.txt', '/cat')).toBe(false)
    expect(isCatalogFile('/cat/.git/x.md', '/cat')).toBe(false)
    expect(isCatalogFile('/elsewhere/x.md', '/cat')).toBe(false)
  })

  it('accepts entry files and the images beside them', () => {
    expect(isCatalogFile('/cat/people/jane-doe.mdx', '/cat')).toBe(true)
    expect(isCatalogFile('/cat/shows/alpha/cover.png', '/cat')).toBe(true)
    expect(isCatalogFile('/cat/technologies/rust/icon.svg', '/cat')).toBe(true)
    expect(isCatalogFile('/cat/shows/alpha/cover.psd', '/cat')).toBe(false)
  })
})

describe('assetResponse', () => {
  const assets = new Map([
    ['assets/content/a-cover-12345678.png', new Uint8Array([1, 2])],
    ['assets/images/a-160-12345678.webp', new Uint8Array([3])],
  ])

  it('serves published images under the base path, with their type', () => {
    expect(
      assetResponse(assets, '/podcast/assets/content/a-cover-12345678.png?v=1', '/podcast/'),
    ).toEqual({
      type: 'image/png',
      body: new Uint8Array([1, 2]),
    })
    expect(
      assetResponse(assets, '/podcast/assets/images/a-160-12345678.webp', '/podcast/'),
    ).toEqual({ type: 'image/webp', body: new Uint8Array([3]) })
    expect(assetResponse(assets, '/assets/images/a-160-12345678.webp', '/podcast/')).toBeNull()
    expect(assetResponse(assets, '/assets/content/other.png', '/')).toBeNull()
    expect(assetResponse(assets, '/assets/index.js', '/')).toBeNull()
  })
})

describe('overlayError', () => {
  it('lists every error and points at the first', () => {
    const payload = overlayError(
      [problem('warning', 1), problem('error', 4), problem('error', 9)],
      '/repo',
    )
    expect(payload.err.loc).toEqual({ file: '/repo/episodes/x.md', line: 4, column: 3 })
    expect(payload.err.message).toContain('episodes/x.md:4:3  title  expected a title as text')
    expect(payload.err.message).toContain('episodes/x.md:9:3')
    expect(payload.err.message).not.toContain(':1:3')
    expect(payload.err.stack).toBe('')
  })
})

describe('updatePayload', () => {
  it('shows errors, reloads once they are fixed, and otherwise asks for a refetch', () => {
    expect(updatePayload([problem('error', 2)], false).type).toBe('error')
    expect(updatePayload([problem('warning', 2)], true)).toEqual({ type: 'full-reload' })
    expect(updatePayload([problem('warning', 2)], false)).toEqual({
      type: 'custom',
      event: 'catalog:update',
    })
  })
})

describe('debounce', () => {
  it('runs once after a burst, and once more for calls during a run', async () => {
    vi.useFakeTimers()
    let runs = 0
    let release: () => void = () => {}
    const task = vi.fn(() => {
      runs++
      return new Promise<void>((resolve) => {
        release = resolve
      })
    })
    const schedule = debounce(task, 50)
    schedule()
    schedule()
    await vi.advanceTimersByTimeAsync(60)
    expect(runs).toBe(1)
    schedule()
    await vi.advanceTimersByTimeAsync(60)
    expect(runs).toBe(1)
    release()
    await vi.advanceTimersByTimeAsync(0)
    expect(runs).toBe(2)
    vi.useRealTimers()
  })
})
