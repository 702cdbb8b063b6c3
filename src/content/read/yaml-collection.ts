import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { displayPath } from './display-path.ts'
import type { ContentProblem } from './problems.ts'
import type { RawCollection } from './raw-entry.ts'
import { decodeSource } from './source-text.ts'
import { parseYaml } from './yaml/parse-yaml.ts'

/** A registry file such as people.yaml: a mapping from keys to entries. */
export function readYamlCollection(path: string): RawCollection {
  const file = displayPath(path)
  const collection: RawCollection = {
    present: false,
    file,
    entries: [],
    broken: [],
    problems: [],
    files: [path],
    root: dirname(path),
  }
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // The catalog folder itself may be missing or a file: compileCatalog reports that.
    if (code === 'ENOENT' || code === 'ENOTDIR') return collection
    throw error
  }
  const fail = (problems: Array<Omit<ContentProblem, 'severity' | 'file'>>): RawCollection => ({
    ...collection,
    problems: problems.map((p) => ({ severity: 'error' as const, file, ...p })),
  })
  const decoded = decodeSource(bytes)
  if ('reason' in decoded && decoded.reason !== 'empty') {
    const { line, column, message } = decoded
    return fail([{ line, column, message, field: '(file)' }])
  }
  const parsed = parseYaml('text' in decoded ? decoded.text : '', 1)
  if (!parsed.ok) return fail(parsed.problems)
  const { data, locator } = parsed
  // An empty file (or one with only comments) is an empty registry.
  if (data === null || data === undefined) return { ...collection, present: true }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail([
      {
        ...locator.start,
        field: '(file)',
        message: 'expected a mapping from slugs to entries, such as `jane-doe: { name: Jane Doe }`',
      },
    ])
  }
  const folder = dirname(path)
  return {
    ...collection,
    present: true,
    entries: Object.entries(data).map(([key, value]) => ({
      key,
      data: value,
      body: null,
      source: { file, locator, prefix: [key], folder },
    })),
  }
}
