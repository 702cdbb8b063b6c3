import { createHash } from 'node:crypto'
import { BROWSE_INDEX_VERSION } from '../../lib/browse-index/browse-index-layout.ts'

/**
 * The name of the folder a build writes its index parts in: a digest of the
 * compiled documents the indexes are made from (and of the index format), so
 * that a build of the same catalog writes the same files, and any change
 * moves every part to a new folder.
 */
export function indexBuild(documents: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256').update(`browse-index ${BROWSE_INDEX_VERSION}\0`)
  for (const path of [...documents.keys()].sort()) {
    hash
      .update(path)
      .update('\0')
      .update(documents.get(path) ?? '')
      .update('\0')
  }
  return hash.digest('hex').slice(0, 12)
}
