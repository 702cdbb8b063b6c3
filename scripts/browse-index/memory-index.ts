import { gzipSync } from 'node:zlib'
import type { CatalogIndex } from '../../src/content/documents.ts'
import { browseIndexFiles } from '../../src/content/publish/browse-index/browse-index-files.ts'

export interface MemoryIndex {
  parts: Map<string, ArrayBuffer | string>
  /** Gzip size of each part at level 6, as static hosts serve them. */
  gzipBytes: Map<string, number>
  rawBytes: number
  writeMs: number
}

/** Writes the browse index into memory, timing the writer apart from the gzip measurement. */
export function memoryIndex(catalog: CatalogIndex): MemoryIndex {
  const parts = new Map<string, ArrayBuffer | string>()
  const gzipBytes = new Map<string, number>()
  let rawBytes = 0
  let writeMs = 0
  let started = performance.now()
  for (const { path, content } of browseIndexFiles(catalog)) {
    writeMs += performance.now() - started
    const bytes = typeof content === 'string' ? Buffer.from(content) : content
    rawBytes += bytes.length
    gzipBytes.set(path, gzipSync(bytes, { level: 6 }).length)
    parts.set(path, typeof content === 'string' ? content : content.slice().buffer)
    started = performance.now()
  }
  writeMs += performance.now() - started
  return { parts, gzipBytes, rawBytes, writeMs }
}
