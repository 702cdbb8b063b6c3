import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../src/content/compile/compile-catalog.ts'
import type { EpisodeDocument } from '../../../src/content/documents.ts'
import { runImport } from '../../../src/import/run-import.ts'
import { emptyCatalog, readEntry } from './import-support.ts'

const title = 'Break --- out\n---\nid: stolen </script><script>alert(1)</script>'
const feed = `<?xml version="1.0"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel><title>Hostile &lt;b&gt;Show&lt;/b&gt;</title><link>https://h.example</link><description>x</description>
<item><title><![CDATA[${title}]]></title><guid>h-1</guid><pubDate>Wed, 01 Jan 2025 10:00:00 GMT</pubDate>
<enclosure url="https://h.example/a.mp3" length="10" type="audio/mpeg"/><itunes:duration>60</itunes:duration>
<description><![CDATA[<p onclick="alert(2)">Hi<img src=x onerror="alert(3)"><a href="javascript:alert(4)">link</a></p><iframe src="https://evil.example"></iframe>]]></description>
</item></channel></rss>`

describe('a feed holding hostile text', () => {
  it('is imported from a file as text that stays in its field and never becomes markup', async () => {
    const source = join(emptyCatalog(), 'hostile.xml')
    writeFileSync(source, feed)
    const into = emptyCatalog()
    await runImport({ source, into, force: false })
    const { fields } = readEntry(
      into,
      'hostile-b-show-b/2025/break-out-id-stolen-script-script-alert-1-script.md',
    )
    expect(fields.id).toBe('h-1')
    expect(fields.title).toBe(title.trim())
    expect(String(fields.description)).not.toMatch(/onclick|onerror|<iframe|<script/)

    const result = await compileCatalog({
      dir: into,
      includeScheduled: false,
      fetchTranscripts: false,
    })
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([])
    const slug = String(fields.slug)
    const doc = JSON.parse(result.documents.get(`episodes/${slug}.json`) ?? '{}') as EpisodeDocument
    expect(doc.title).toBe(title.trim())
    expect(doc.descriptionHtml).not.toMatch(/<(script|img|iframe)|onclick|onerror|javascript:/)
  })
})
