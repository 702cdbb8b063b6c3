/**
 * Draws square artwork for each show of the sample catalog: a diagonal gradient
 * with the show's initials, 1400 × 1400 pixels (the least podcast directories
 * accept), quantized to a few colours so that each PNG stays small. Works
 * offline with ImageMagick's `convert`.
 *
 *   npx tsx scripts/generate-show-artwork.ts [--dir episodes/shows]
 *
 * Writes `cover.png` beside each `<slug>/index.md` of the folder.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { load } from 'js-yaml'

const SIZE = 1400
/** Gradient ends for each show, in folder order; more shows reuse them. */
const PALETTES = [
  ['#1e3a8a', '#0d9488'],
  ['#7c2d12', '#db2777'],
  ['#312e81', '#7c3aed'],
]

const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word.charAt(0).toUpperCase())
    .join('')
    .slice(0, 3)

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'episodes/shows' } } })
const dir = values.dir ?? 'episodes/shows'
const shows = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory())
shows.forEach((show, index) => {
  const text = readFileSync(join(dir, show.name, 'index.md'), 'utf8')
  const front = load(text.split(/^---$/m)[1] ?? '') as { name: string }
  const [from, to] = PALETTES[index % PALETTES.length] ?? ['#000000', '#ffffff']
  const out = join(dir, show.name, 'cover.png')
  execFileSync('convert', [
    '-size',
    `${SIZE}x${SIZE}`,
    '-define',
    'gradient:direction=SouthEast',
    `gradient:${from}-${to}`,
    '-font',
    'DejaVu-Sans-Bold',
    '-pointsize',
    '520',
    '-fill',
    'white',
    '-gravity',
    'center',
    '-annotate',
    '+0+0',
    initials(front.name),
    '+dither',
    '-colors',
    '16',
    '-strip',
    `PNG8:${out}`,
  ])
  console.log(`${out}: ${initials(front.name)}`)
})
