import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import type { ImportReport } from '../../../src/import/import-report.ts'

export const emptyCatalog = () => mkdtempSync(join(tmpdir(), 'imported-'))

/** Front-matter and body of a Markdown file the import wrote. */
export function readEntry(
  dir: string,
  path: string,
): { fields: Record<string, unknown>; body: string } {
  const text = readFileSync(join(dir, path), 'utf8')
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text)
  if (!match) throw new Error(`${path} has no front-matter`)
  return { fields: parse(match[1] ?? '') as Record<string, unknown>, body: (match[2] ?? '').trim() }
}

/** Every file under a folder, relative, sorted (hidden ones included). */
export function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

export const outcomes = (report: ImportReport) =>
  Object.fromEntries(report.files.map((line) => [line.path, line.outcome.kind]))
