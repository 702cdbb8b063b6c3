import { readFile } from 'node:fs/promises'
import { fetchTranscript } from './fetch-transcript.ts'
import { sniffFormat } from './parse-transcript.ts'
import {
  type CachedTranscript,
  readCachedTranscript,
  writeCachedTranscript,
} from './transcript-cache.ts'
import type { TranscriptSource } from './transcript-sources.ts'

export interface LoadOptions {
  /** The cache folder of remote transcripts. */
  cacheDir: string
  /** Fetch remote transcripts the cache does not hold (off: TRANSCRIPTS_FETCH=0). */
  fetch: boolean
  timeoutMs: number
}

/** A source's text and format, from disk, the cache or its host; or why there is none. */
export async function loadTranscript(
  source: TranscriptSource,
  options: LoadOptions,
): Promise<CachedTranscript | { error: string }> {
  if (source.kind === 'file') {
    try {
      const text = await readFile(source.path, 'utf8')
      return { text, format: source.format ?? sniffFormat(text) }
    } catch {
      return { error: `there is no file ${source.path} to read` }
    }
  }
  const cached = await readCachedTranscript(options.cacheDir, source.url)
  if (cached) return cached
  if (!options.fetch) return { error: 'fetching transcripts is off (TRANSCRIPTS_FETCH=0)' }
  const fetched = await fetchTranscript(source.url, source.format, options.timeoutMs)
  if ('error' in fetched) return fetched
  await writeCachedTranscript(options.cacheDir, source.url, fetched)
  return fetched
}
