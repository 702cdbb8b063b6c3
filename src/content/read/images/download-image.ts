import { fetchFailure } from '../fetch-failure.ts'

export type Download = { bytes: Uint8Array; type: string } | { error: string }

export interface DownloadOptions {
  timeoutMs: number
  /** Larger answers are refused (an avatar or artwork is well under this). */
  maxBytes: number
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const reader = response.body?.getReader()
  if (!reader) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/**
 * Downloads an image: follows redirects, gives up after `timeoutMs` for the whole
 * answer, and refuses what is not `image/*` or is larger than `maxBytes`. A failure
 * is a result saying what happened, never a throw.
 */
export async function downloadImage(url: string, options: DownloadOptions): Promise<Download> {
  const { timeoutMs, maxBytes } = options
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      headers: { accept: 'image/*' },
      signal: AbortSignal.timeout(timeoutMs),
    })
    const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
    const refuse = async (error: string) => {
      await response.body?.cancel().catch(() => undefined)
      return { error }
    }
    if (!response.ok) return await refuse(`the host answered ${response.status}`)
    if (!type.startsWith('image/')) {
      return await refuse(`the host answered with ${type || 'no type'}, not an image`)
    }
    const length = Number(response.headers.get('content-length'))
    const tooLarge = `it is larger than ${Math.round(maxBytes / 1_000_000)} MB`
    if (length > maxBytes) return await refuse(tooLarge)
    const bytes = await readLimited(response, maxBytes)
    if (!bytes) return { error: tooLarge }
    return { bytes, type }
  } catch (error) {
    return { error: fetchFailure(error, timeoutMs) }
  }
}
