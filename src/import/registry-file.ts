import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Document, isMap, parseDocument } from 'yaml'
import type { ReportLine } from './import-report.ts'
import { writeWhole } from './write-whole.ts'

export interface RegistryEntry {
  key: string
  fields: Record<string, unknown>
  label: string
}

/**
 * Adds the entries a registry file (`people.yaml`) lacks, keeping its comments
 * and every entry it has as written: an entry already there is never changed.
 */
export async function addRegistryEntries(
  dir: string,
  file: string,
  entries: readonly RegistryEntry[],
): Promise<ReportLine[]> {
  const path = join(dir, file)
  const text = await readFile(path, 'utf8').catch(() => '')
  const document: Document = text.trim() ? parseDocument(text) : new Document({})
  // A file of comments alone holds no mapping yet.
  document.contents ??= document.createNode({})
  if (document.errors.length > 0 || !isMap(document.contents)) {
    const reason = `could not be added: ${file} is not a YAML mapping of entries; fix it, then import again`
    return entries.map(({ label }) => ({ path: file, label, outcome: { kind: 'skipped', reason } }))
  }
  const lines: ReportLine[] = entries.map(({ key, fields, label }) => {
    if (document.has(key)) return { path: `${file}#${key}`, label, outcome: { kind: 'unchanged' } }
    document.set(key, document.createNode(fields))
    return { path: `${file}#${key}`, label, outcome: { kind: 'new' } }
  })
  if (lines.some((line) => line.outcome.kind === 'new')) await writeWhole(path, String(document))
  return lines
}
