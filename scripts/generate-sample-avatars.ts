/**
 * Draws placeholder portraits (a head and shoulders on a coloured square,
 * 256 × 256 pixels) with sharp, for sample people who have no picture of their
 * own. Works offline.
 *
 *   npx tsx scripts/generate-sample-avatars.ts --out episodes/avatars robin-patchwell ada-quillfeather
 *
 * Writes `<name>.png` into the folder for each name given.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import sharp from 'sharp'

const SIZE = 256
/** Background and figure colours, one pair per name in turn. */
const PALETTES = [
  ['#0f766e', '#ccfbf1'],
  ['#9d174d', '#fce7f3'],
  ['#3730a3', '#e0e7ff'],
  ['#92400e', '#fef3c7'],
]

/** One portrait as PNG bytes. */
export function portrait(index: number): Promise<Buffer> {
  const [background, figure] = PALETTES[index % PALETTES.length] ?? ['#334155', '#f1f5f9']
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}">
  <rect width="${SIZE}" height="${SIZE}" fill="${background}"/>
  <circle cx="128" cy="104" r="50" fill="${figure}"/>
  <ellipse cx="128" cy="250" rx="92" ry="78" fill="${figure}"/>
</svg>`
  return sharp(Buffer.from(svg)).png({ palette: true, colours: 16 }).toBuffer()
}

const { values, positionals } = parseArgs({
  options: { out: { type: 'string', default: 'episodes/avatars' } },
  allowPositionals: true,
})
if (positionals.length > 0) {
  const out = values.out ?? 'episodes/avatars'
  mkdirSync(out, { recursive: true })
  for (const [index, name] of positionals.entries()) {
    await sharp(await portrait(index)).toFile(join(out, `${name}.png`))
    console.log(`${join(out, `${name}.png`)}`)
  }
}
