import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { displayPath } from './display-path.ts'
import { markdownFromMdx } from './mdx-body.ts'
import type { ContentProblem } from './problems.ts'
import { compareText } from './problems.ts'
import type { RawCollection, RawEntry } from './raw-entry.ts'
import { decodeSource, splitFrontMatter } from './source-text.ts'
import { parseYaml } from './yaml/parse-yaml.ts'

const ENTRY_FILE = /^(.+)\.mdx?$/
const INDEX_FILES = ['index.mdx', 'index.md']

/** `people/<key>.md|mdx` or `people/<key>/index.md|mdx`, in a stable order. */
function listEntryFiles(folder: string): Array<{ key: string; path: string; folder: string }> {
  const found: Array<{ key: string; path: string; folder: string }> = []
  for (const name of readdirSync(folder).sort(compareText)) {
    if (name.startsWith('.')) continue
    const path = join(folder, name)
    const match = ENTRY_FILE.exec(name)
    if (match?.[1]) {
      if (statSync(path).isFile()) found.push({ key: match[1], path, folder })
      continue
    }
    if (!statSync(path).isDirectory()) continue
    const index = INDEX_FILES.find((file) => {
      try {
        return statSync(join(path, file)).isFile()
      } catch {
        return false
      }
    })
    if (index) found.push({ key: name, path: join(path, index), folder: path })
  }
  return found
}

/** One entry file: YAML front-matter for the fields, a Markdown (or MDX) body. */
function readEntryFile(
  key: string,
  path: string,
  folder: string,
): { entry: RawEntry | null; problems: ContentProblem[] } {
  const file = displayPath(path)
  const error = (problem: Omit<ContentProblem, 'severity' | 'file'>) => ({
    entry: null,
    problems: [{ severity: 'error' as const, file, ...problem }],
  })
  const decoded = decodeSource(readFileSync(path))
  if ('reason' in decoded) {
    const { line, column, message } = decoded
    return error({ line, column, field: '(file)', message })
  }
  const source = splitFrontMatter(decoded.text)
  if ('reason' in source) {
    const { line, column, message } = source
    return error({ line, column, field: 'front-matter', message })
  }
  const parsed = parseYaml(source.yaml, source.yamlLine)
  if (!parsed.ok) {
    return {
      entry: null,
      problems: parsed.problems.map((p) => ({ severity: 'error', file, ...p })),
    }
  }
  const bodyLine = decoded.text
    .slice(0, decoded.text.length - source.body.length)
    .split('\n').length
  const { text, notes } = path.endsWith('.mdx')
    ? markdownFromMdx(source.body, bodyLine)
    : { text: source.body, notes: [] }
  return {
    entry: {
      key,
      data: parsed.data ?? {},
      body: text,
      source: { file, locator: parsed.locator, prefix: [], folder },
    },
    problems: notes.map(({ line, column, message }) => ({
      severity: 'warning',
      file,
      line,
      column,
      field: '(body)',
      message,
    })),
  }
}

/** A folder with one Markdown or MDX file per entry. */
export function readEntryFolder(folder: string): RawCollection {
  const collection: RawCollection = {
    present: true,
    file: displayPath(folder),
    entries: [],
    broken: [],
    problems: [],
    files: [folder],
    root: folder,
  }
  for (const { key, path, folder: entryFolder } of listEntryFiles(folder)) {
    const { entry, problems } = readEntryFile(key, path, entryFolder)
    collection.files.push(path)
    if (entry) {
      collection.entries.push(entry)
      collection.problems.push(...problems)
    } else collection.broken.push({ key, problems })
  }
  return collection
}
