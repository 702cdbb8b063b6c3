import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { AUDIO_SIZE_CACHE, readSizeCache, writeSizeCache } from './audio-size-cache.ts'
import { probeAudioSize } from './audio-size-probe.ts'
import { eachLimited } from './each-limited.ts'

/** Sizes found for audio URLs that have no `audioFileSize`, and why the others are unknown. */
export interface AudioSizes {
  sizes: ReadonlyMap<string, number>
  unknown: ReadonlyMap<string, string>
}

export interface FindAudioSizesOptions {
  /** The catalog folder, where the cache file lives. */
  catalogDir: string
  /** The build's static folder, which holds root-relative audio URLs' files. */
  publicDir: string | null
  base: string
  /** Ask audio hosts for sizes the cache does not know (off: FEEDS_PROBE=0, and the dev server). */
  probe: boolean
  timeoutMs?: number
  /** Requests at a time. */
  concurrency?: number
}

async function localSize(url: string, options: FindAudioSizesOptions) {
  const prefix = options.base.endsWith('/') ? options.base : `${options.base}/`
  const path = url.startsWith(prefix) ? url.slice(prefix.length) : url.slice(1)
  if (!options.publicDir) return { error: 'there is no public folder to measure it in' }
  const file = join(options.publicDir, decodeURIComponent(path.split(/[?#]/)[0] ?? ''))
  try {
    const info = await stat(file)
    if (info.isFile() && info.size > 0) return { size: info.size }
  } catch {
    // Reported below.
  }
  return { error: `there is no file ${file} to measure` }
}

/**
 * Sizes of audio files whose episodes give no `audioFileSize`: root-relative
 * URLs from the files on disk; absolute ones from the cache file, else by
 * asking their host once (the answers go into the cache file).
 */
export async function findAudioSizes(
  urls: readonly string[],
  options: FindAudioSizesOptions,
): Promise<AudioSizes & { asked: number }> {
  const sizes = new Map<string, number>()
  const unknown = new Map<string, string>()
  const cachePath = join(options.catalogDir, AUDIO_SIZE_CACHE)
  const cache = await readSizeCache(cachePath)
  const toAsk: string[] = []
  for (const url of new Set(urls)) {
    if (!/^https?:\/\//i.test(url)) {
      const found = await localSize(url, options)
      if ('size' in found) sizes.set(url, found.size)
      else unknown.set(url, found.error)
      continue
    }
    const cached = cache.get(url)
    if (cached) sizes.set(url, cached)
    else if (options.probe) toAsk.push(url)
    else unknown.set(url, 'asking audio hosts is off (FEEDS_PROBE=0)')
  }
  const timeoutMs = options.timeoutMs ?? 5000
  await eachLimited(toAsk, options.concurrency ?? 4, async (url) => {
    const result = await probeAudioSize(url, timeoutMs)
    if ('size' in result) {
      sizes.set(url, result.size)
      cache.set(url, result.size)
    } else unknown.set(url, `its host answered: ${result.error}`)
  })
  if (toAsk.some((url) => sizes.has(url))) await writeSizeCache(cachePath, cache)
  return { sizes, unknown, asked: toAsk.length }
}
