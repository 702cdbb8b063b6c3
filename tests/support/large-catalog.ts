/**
 * A generated catalog of a few thousand episodes for the browser tests of
 * search and browsing at scale, with three episodes whose words occur nowhere
 * else: one said only in a transcript, one only in a chapter title, one only in
 * a guest's name. Kept between runs; regenerated when its options change.
 *
 *   tsx tests/support/large-catalog.ts [--out dist-e2e/large-catalog]
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { generateCatalog, isGeneratedCatalog } from '../../scripts/generate-catalog.ts'

export const LARGE_CATALOG_EPISODES = 2000
const SEED = 19

/** The words each marked episode alone holds, where it holds them, and the moment they lead to. */
export const largeCatalogMarkers = {
  transcript: { word: 'xylophonic', slug: 'tuning-the-archive', seconds: 135 },
  chapter: { word: 'bioluminescent', slug: 'lanterns-at-depth', seconds: 90 },
  guest: { name: 'Zephyrine Quillfeather', slug: 'notes-from-the-mountain' },
} as const

const GUEST_SLUG = 'zephyrine-quillfeather'

function firstShow(dir: string): string {
  const line = readFileSync(join(dir, 'shows.yaml'), 'utf8').split('\n')[0] ?? ''
  return line.replace(/:$/, '')
}

const episode = (fields: string) => `---\n${fields.trim()}\n---\nNotes for the archive.\n`

function writeMarkers(dir: string) {
  const folder = join(dir, 'markers')
  mkdirSync(folder, { recursive: true })
  const show = firstShow(dir)
  const { transcript, chapter, guest } = largeCatalogMarkers
  writeFileSync(
    join(folder, `${transcript.slug}.md`),
    episode(`
id: marker-transcript
slug: ${transcript.slug}
title: Tuning the Archive
description: A conversation about old recordings.
publishedAt: 2012-03-04T10:00:00Z
show: ${show}
duration: 600
`),
  )
  writeFileSync(
    join(folder, `${transcript.slug}.vtt`),
    [
      'WEBVTT',
      '',
      '00:00:05.000 --> 00:00:09.000',
      '<v Host>Welcome back to the archive.',
      '',
      // Another speaker: a paragraph of its own, starting where the word is said.
      '00:02:15.000 --> 00:02:20.000',
      `<v Archivist>The tape had a ${transcript.word} hum under every track.`,
      '',
    ].join('\n'),
  )
  writeFileSync(
    join(folder, `${chapter.slug}.md`),
    episode(`
id: marker-chapter
slug: ${chapter.slug}
title: Lanterns at Depth
description: What lives far below the surface.
publishedAt: 2012-05-06T10:00:00Z
show: ${show}
duration: 600
chapters:
  - startTime: 0
    title: Going down
  - startTime: ${chapter.seconds}
    title: The ${chapter.word} lanterns
`),
  )
  writeFileSync(
    join(folder, `${guest.slug}.md`),
    episode(`
id: marker-guest
slug: ${guest.slug}
title: Notes from the Mountain
description: A long walk and a short talk.
publishedAt: 2012-07-08T10:00:00Z
show: ${show}
duration: 600
guests:
  - ${GUEST_SLUG}
`),
  )
  const people = readFileSync(join(dir, 'people.yaml'), 'utf8')
  if (!people.includes(`${GUEST_SLUG}:`)) {
    appendFileSync(join(dir, 'people.yaml'), `${GUEST_SLUG}:\n  name: '${guest.name}'\n`)
  }
}

/** The catalog's folder, generated when missing or made with other options. */
/** Where the browser tests' server builds it from (tests/playwright.config.ts). */
export const LARGE_CATALOG_DIR = 'dist-e2e/large-catalog'

export function prepareLargeCatalog(out = LARGE_CATALOG_DIR): string {
  const dir = resolve(out)
  if (!isGeneratedCatalog(dir, LARGE_CATALOG_EPISODES, SEED)) {
    generateCatalog({ count: LARGE_CATALOG_EPISODES, out: dir, seed: SEED })
  }
  writeMarkers(dir)
  return dir
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } })
  console.log(prepareLargeCatalog(values.out))
}
