import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { readEntryFolder } from './entry-folder.ts'
import type { RawCollection } from './raw-entry.ts'
import { readYamlCollection } from './yaml-collection.ts'

export type CollectionKind = 'people' | 'technologies' | 'shows'

/**
 * A collection where site.yaml's `collections:` puts it (relative to the catalog
 * folder), else `<kind>.yaml` beside the episodes: a folder is read as one file
 * per entry, anything else as a registry file.
 */
export function readCollection(
  dir: string,
  kind: CollectionKind,
  configured: string | undefined,
): RawCollection {
  const path = resolve(dir, configured ?? `${kind}.yaml`)
  let isFolder = false
  try {
    isFolder = statSync(path).isDirectory()
  } catch {}
  return isFolder ? readEntryFolder(path) : readYamlCollection(path)
}
