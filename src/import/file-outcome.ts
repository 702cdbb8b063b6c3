import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { hashOf, type Manifest } from './manifest.ts'

/** A file the import means to write, relative to the catalog folder. */
export interface PlannedFile {
  path: string
  content: string | Uint8Array
  /** How the report names it: an episode's title, a show or person name. */
  label: string
}

export type Outcome =
  | { kind: 'new' | 'updated' | 'unchanged' }
  | { kind: 'skipped'; reason: string }

const same = (a: Uint8Array, b: string | Uint8Array) => Buffer.from(a).equals(Buffer.from(b))

/**
 * What to do with a planned file: write a new one, update one the import wrote
 * and nobody changed since, or leave alone one the publisher edited, deleted or
 * wrote themselves.
 */
export async function fileOutcome(
  dir: string,
  manifest: Manifest,
  file: PlannedFile,
): Promise<Outcome> {
  const current = await readFile(join(dir, file.path)).catch(() => null)
  const recorded = manifest.files[file.path]
  if (recorded !== undefined) {
    if (current === null)
      return { kind: 'skipped', reason: 'was deleted since the last import: left deleted' }
    if (hashOf(current) !== recorded) {
      return {
        kind: 'skipped',
        reason: 'was edited since the last import: left as it is (delete it to import it again)',
      }
    }
    return { kind: same(current, file.content) ? 'unchanged' : 'updated' }
  }
  if (current === null) return { kind: 'new' }
  if (same(current, file.content)) return { kind: 'unchanged' }
  return {
    kind: 'skipped',
    reason: 'is already in the catalog and was not written by the import: left as it is',
  }
}
