import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import {
  type EpisodeToIndex,
  searchIndexFiles,
} from '../../src/content/publish/search-index/search-index-files.ts'
import type { FetchPart } from '../../src/features/catalog/search/static/index-parts.ts'

/** Gzip bytes as hosts serve them (level 6). */
export const gzipBytes = (data: Uint8Array | string) => gzipSync(data, { level: 6 }).length

export interface WrittenIndex {
  dir: string
  files: number
  rawBytes: number
  gzipBytes: number
  largest: { path: string; bytes: number }
  /** Writing the index, generating its input included, gzip measuring left out. */
  ms: number
  /** Peak resident memory of the process once written. */
  peakRssMb: number
  byFolder: Map<string, { files: number; rawBytes: number; gzipBytes: number }>
}

/** Streams the index of `episodes` into `dir`, file by file, measuring as it goes. */
export function writeIndex(dir: string, episodes: Iterable<EpisodeToIndex>): WrittenIndex {
  rmSync(dir, { recursive: true, force: true })
  const written: WrittenIndex = {
    dir,
    files: 0,
    rawBytes: 0,
    gzipBytes: 0,
    largest: { path: '', bytes: 0 },
    ms: 0,
    peakRssMb: 0,
    byFolder: new Map(),
  }
  let measuring = 0
  const start = performance.now()
  for (const file of searchIndexFiles(episodes)) {
    const data = 'text' in file ? file.text : file.bytes
    const target = join(dir, file.path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, data)
    const measured = performance.now()
    const raw = Buffer.byteLength(data)
    const gzip = gzipBytes(data)
    const folder = file.path.split('/')[2] ?? ''
    const sums = written.byFolder.get(folder) ?? { files: 0, rawBytes: 0, gzipBytes: 0 }
    written.byFolder.set(folder, {
      files: sums.files + 1,
      rawBytes: sums.rawBytes + raw,
      gzipBytes: sums.gzipBytes + gzip,
    })
    written.files++
    written.rawBytes += raw
    written.gzipBytes += gzip
    if (raw > written.largest.bytes) written.largest = { path: file.path, bytes: raw }
    measuring += performance.now() - measured
  }
  written.ms = performance.now() - start - measuring
  written.peakRssMb = process.resourceUsage().maxRSS / 1024
  return written
}

/** A fetch over the written files that keeps them in memory once read, and counts gzip bytes. */
export function diskFetch(dir: string) {
  const files = new Map<string, { data: Buffer; gzip: number }>()
  const read = (path: string) => {
    let file = files.get(path)
    if (!file) {
      const data = readFileSync(join(dir, path))
      file = { data, gzip: gzipBytes(data) }
      files.set(path, file)
    }
    return file
  }
  /** A fetch for one fresh reader, with the bytes it asked for. */
  return () => {
    const asked = { paths: [] as string[], gzipBytes: 0 }
    const fetchPart: FetchPart = async (path) => {
      const { data, gzip } = read(path)
      asked.paths.push(path)
      asked.gzipBytes += gzip
      return path.endsWith('.bin') ? new Uint8Array(data).buffer : data.toString('utf8')
    }
    return { fetchPart, asked }
  }
}
