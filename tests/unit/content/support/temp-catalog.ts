import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll } from 'vitest'
import { displayPath } from '../../../../src/content/read/display-path.ts'

const created: string[] = []
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true })
})

/** Writes a catalog folder in the system's temp folder; removed after the test file. */
export function writeCatalog(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-'))
  created.push(dir)
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, content)
  }
  return dir
}

/** How problems name a file of a catalog folder. */
export const fileIn = (dir: string, name: string): string => displayPath(join(dir, name))

/** A valid episode's front-matter lines; override or add fields by name. */
export function episode(fields: Record<string, string> = {}, body = ''): string {
  const lines: Record<string, string> = {
    id: 'ep-1',
    slug: 'episode-one',
    title: 'Episode One',
    description: 'A short description.',
    publishedAt: '2024-05-01T10:00:00Z',
    duration: '600',
    audioFileSize: '1000',
    ...fields,
  }
  const yaml = Object.entries(lines)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => (value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`))
    .join('\n')
  return `---\n${yaml}\n---\n${body}`
}
