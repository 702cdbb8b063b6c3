import type { ContentProblem } from './problems.ts'
import type { FieldPath, Position, YamlLocator } from './yaml/yaml-locator.ts'

/** Where an entry is written: its fields are located through it. */
export interface EntrySource {
  /** Display path of the file that holds the entry. */
  file: string
  locator: YamlLocator | null
  /** Path of the entry's fields in that file: `[key]` in a registry file, `[]` in an entry file. */
  prefix: FieldPath
  /** Absolute folder that relative image paths start from. */
  folder: string
}

/** One entry of a collection as read, before validation. */
export interface RawEntry {
  /** The key as written: a YAML key, or a file or folder name. */
  key: string
  data: unknown
  /** An entry file's Markdown body (MDX parts left out); null in a registry file. */
  body: string | null
  source: EntrySource
}

/** A collection as read: a registry file or a folder of entry files. */
export interface RawCollection {
  /** False when it does not exist, or cannot be read at all (its problems say why). */
  present: boolean
  /** Display path of the file or folder. */
  file: string
  entries: RawEntry[]
  /** Entry files that could not be read: their problems count as errors only if an episode uses them. */
  broken: Array<{ key: string; problems: ContentProblem[] }>
  /** Problems of the collection itself. */
  problems: ContentProblem[]
  /** Absolute paths whose change means a recompile. */
  files: string[]
  /** Absolute folder whose files entries may publish. */
  root: string
}

/** Where a field of the entry is; its key (or the top of its file) for the empty path. */
export function locateField(source: EntrySource, path: FieldPath): Position {
  const full = [...source.prefix, ...path]
  if (!source.locator || full.length === 0) return { line: 1, column: 1 }
  return source.locator.locate(full)
}
