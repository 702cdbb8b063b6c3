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

/**
 * Runs the writer into a sink that keeps nothing, as a build writing to disk
 * would, and samples the heap after a collection (run node with --expose-gc):
 * the peak is what the writer itself holds on top of the catalog.
 */
export function writerFootprint(catalog: CatalogIndex): number {
  const collect = globalThis.gc ?? (() => {})
  collect()
  const baseline = process.memoryUsage().heapUsed
  let peak = baseline
  let files = 0
  for (const _file of browseIndexFiles(catalog)) {
    if (++files % 250 !== 0) continue
    collect()
    peak = Math.max(peak, process.memoryUsage().heapUsed)
  }
  return Math.max(peak, process.memoryUsage().heapUsed) - baseline
}
