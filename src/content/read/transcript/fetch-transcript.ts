import { fetchFailure } from '../fetch-failure.ts'
import { formatOf, sniffFormat } from './parse-transcript.ts'
import type { CachedTranscript } from './transcript-cache.ts'
import type { TranscriptFormat } from './transcript-cue.ts'

/** More than this is not a transcript: a one-hour one is about 100 kB. */
const MAX_BYTES = 20 * 1024 * 1024

/** Fetches a remote transcript; its format from the source, else the answer's type, else its text. */
export async function fetchTranscript(
  url: string,
  format: TranscriptFormat | null,
  timeoutMs: number,
): Promise<CachedTranscript | { error: string }> {
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined)
      return { error: `its host answered ${response.status}` }
    }
    const length = Number(response.headers.get('content-length'))
    if (length > MAX_BYTES) {
      await response.body?.cancel().catch(() => undefined)
      return { error: `it is ${length} bytes, more than a transcript can be` }
    }
    const text = await response.text()
    const found = format ?? formatOf('', response.headers.get('content-type')) ?? sniffFormat(text)
    return { text, format: found }
  } catch (error) {
    return { error: fetchFailure(error, timeoutMs) }
  }
}
