import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runImport } from '../../../src/import/run-import.ts'
import { type FeedServer, startFeedServer } from './feed-server.ts'
import { emptyCatalog, filesIn, outcomes, readEntry } from './import-support.ts'

let server: FeedServer
beforeAll(async () => {
  server = await startFeedServer()
})
afterAll(() => server.close())

const feedFile = () => join(server.root, 'feeds/podcasting-2.xml')
const run = (into: string) =>
  runImport({ source: server.url('feeds/podcasting-2.xml'), into, force: false })

const packets = 'open-wires/2025/packets-all-the-way-down.md'
const bonus = 'open-wires/2025/bonus-listener-questions.md'

const newItem = `<item>
      <title>Packets All the Way Down</title>
      <guid>ow-3</guid>
      <pubDate>Wed, 09 Jul 2025 12:00:00 GMT</pubDate>
      <enclosure url="https://cdn.example/ow-3.mp3" length="10" type="audio/mpeg"/>
      <itunes:duration>61</itunes:duration>
    </item>
    <item>`

describe('importing the same feed again', () => {
  it('changes nothing when the feed has not changed', async () => {
    const into = emptyCatalog()
    await run(into)
    const before = filesIn(into).map((path) => [path, readFileSync(join(into, path), 'utf8')])
    const again = await run(into)
    expect(new Set(Object.values(outcomes(again)))).toEqual(new Set(['unchanged']))
    expect(filesIn(into).map((path) => [path, readFileSync(join(into, path), 'utf8')])).toEqual(
      before,
    )
  })

  it('adds new items, updates changed ones by guid, never duplicates, and leaves edited or deleted files alone', async () => {
    const into = emptyCatalog()
    await run(into)
    const original = readFileSync(feedFile(), 'utf8')
    // A new item whose title clashes with an earlier one; the bonus item retitled.
    writeFileSync(
      feedFile(),
      original
        .replace('<item>', newItem)
        .replace('Bonus: Listener Questions', 'Bonus: Your Questions'),
    )
    const edited = `${readFileSync(join(into, packets), 'utf8')}\nA note by the publisher.\n`
    writeFileSync(join(into, packets), edited)
    rmSync(join(into, 'people/ida-switch.md'))
    try {
      const report = await run(into)
      expect(outcomes(report)).toMatchObject({
        [packets]: 'skipped',
        [bonus]: 'updated',
        'open-wires/2025/packets-all-the-way-down-2.md': 'new',
        'people/ida-switch.md': 'skipped',
        'people/lena-byte.md': 'unchanged',
      })
      const reasons = Object.fromEntries(
        report.files.flatMap((line) =>
          line.outcome.kind === 'skipped' ? [[line.path, line.outcome.reason]] : [],
        ),
      )
      expect(reasons[packets]).toMatch(/edited since the last import: left as it is/)
      expect(reasons['people/ida-switch.md']).toMatch(/deleted since the last import: left deleted/)
      expect(readFileSync(join(into, packets), 'utf8')).toBe(edited)
      // Same file, same slug: the title changes, the address does not.
      expect(readEntry(into, bonus).fields).toMatchObject({
        slug: 'bonus-listener-questions',
        title: 'Bonus: Your Questions',
      })
      expect(filesIn(into).filter((path) => path.startsWith('open-wires/'))).toEqual([
        bonus,
        'open-wires/2025/packets-all-the-way-down-2.md',
        packets,
      ])
    } finally {
      writeFileSync(feedFile(), original)
    }
  })

  it('never overwrites a file the publisher wrote at the same place', async () => {
    const into = emptyCatalog()
    writeFileSync(
      join(into, 'site.yaml'),
      'title: My Own Site\ncollections:\n  shows: shows\n  people: people\n',
    )
    const report = await run(into)
    expect(readFileSync(join(into, 'site.yaml'), 'utf8')).toBe(
      'title: My Own Site\ncollections:\n  shows: shows\n  people: people\n',
    )
    expect(outcomes(report)).not.toHaveProperty('site.yaml')
    expect(outcomes(report)[packets]).toBe('new')
  })
})

describe('importing into a catalog that keeps people in one registry file', () => {
  it('adds the people it lacks to that file, keeping its comments and its own entries as written', async () => {
    const into = emptyCatalog()
    const registry = '# Our people.\nsam-router:\n  name: Sam Router # as we spell it\n'
    writeFileSync(join(into, 'site.yaml'), 'title: Ours\ncollections:\n  shows: shows\n')
    writeFileSync(join(into, 'people.yaml'), registry)
    const report = await run(into)
    expect(outcomes(report)).toMatchObject({
      'people.yaml#sam-router': 'unchanged',
      'people.yaml#lena-byte': 'new',
      'people.yaml#ida-switch': 'new',
    })
    const text = readFileSync(join(into, 'people.yaml'), 'utf8')
    expect(text.startsWith(registry)).toBe(true)
    expect(text).toContain(
      `lena-byte:\n  name: Lena Byte\n  github: lena-byte\n  image: ${server.url('people/lena.png')}\n`,
    )
    expect(text).toContain('ida-switch:\n  name: Ida Switch\n')
  })
})
