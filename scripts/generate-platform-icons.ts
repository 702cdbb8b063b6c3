/**
 * Writes the podcast platforms' logos that Subscribe buttons show, from the
 * simple-icons package (one path each, in the brand's colour), into
 * public/platforms/<key>.svg. Run again after upgrading simple-icons:
 *
 *   npx tsx scripts/generate-platform-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import * as icons from 'simple-icons'
import { PLATFORM_ICONS } from '../src/content/compile/platforms.ts'

type SimpleIcon = { title: string; hex: string; path: string }

/** The logo of `key` (a simple-icons slug) as a standalone SVG file. */
export function platformIconSvg(key: string): string {
  const name = `si${key.charAt(0).toUpperCase()}${key.slice(1)}`
  const icon = (icons as unknown as Record<string, SimpleIcon | undefined>)[name]
  if (!icon) throw new Error(`simple-icons has no ${name}`)
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" role="img"><title>${icon.title}</title><path fill="#${icon.hex}" d="${icon.path}"/></svg>\n`
}

export const PLATFORM_ICON_DIR = resolve('public/platforms')

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  mkdirSync(PLATFORM_ICON_DIR, { recursive: true })
  for (const key of PLATFORM_ICONS) {
    writeFileSync(join(PLATFORM_ICON_DIR, `${key}.svg`), platformIconSvg(key))
  }
  console.log(`${PLATFORM_ICONS.length} logos in ${PLATFORM_ICON_DIR}`)
}
