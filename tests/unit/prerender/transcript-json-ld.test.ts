import { describe, expect, it } from 'vitest'
import { jsonForScript } from '../../../src/app/server/json-for-script.ts'
import { pageHead } from '../../../src/app/server/page-head.ts'
import { compileCatalog } from '../../../src/content/compile/compile-catalog.ts'
import { pageSource } from '../../../src/content/publish/page-source.ts'

const compiled = await compileCatalog({
  dir: 'tests/fixtures/catalogs/transcripts',
  includeScheduled: false,
  now: new Date('2026-01-01T00:00:00Z'),
  siteUrl: 'https://example.org/',
  threads: 1,
  fetchTranscripts: false,
})
const source = pageSource(compiled.documents)
const jsonLdOf = (slug: string) =>
  pageHead({ kind: 'episode', slug, path: `/episodes/${slug}` }, source).jsonLd as {
    associatedMedia?: Record<string, unknown>
  }

describe("an episode's JSON-LD", () => {
  it("gives its audio the transcript's text, speakers named, as schema.org's AudioObject", () => {
    expect(jsonLdOf('spoken').associatedMedia).toMatchObject({
      '@type': 'AudioObject',
      contentUrl: 'https://example.org/audio/spoken.mp3',
      transcript: 'Ada Lovelace: Hello there.\nAnd <script>alert(3)</script> too.',
    })
  })

  it('has no transcript, and a plain MediaObject, for an episode without one', () => {
    const media = jsonLdOf('plain').associatedMedia
    expect(media?.['@type']).toBe('MediaObject')
    expect(media).not.toHaveProperty('transcript')
  })

  it('cannot close its script element, whatever the cues say', () => {
    const json = jsonForScript(jsonLdOf('hostile'))
    expect(json).not.toMatch(/<|>/)
    expect(JSON.parse(json).associatedMedia.transcript).toContain(
      'Eve </script><script>alert(1)</script>: </script><script>alert(1)</script> & friends',
    )
  })
})
