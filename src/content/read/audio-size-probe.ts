export type ProbeResult = { size: number } | { error: string }

const positive = (value: string | null | undefined): number | null => {
  const number = Number(value)
  return value && Number.isSafeInteger(number) && number > 0 ? number : null
}

/** What went wrong with a request, in words for a warning. */
export function fetchFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs / 1000} s`
  }
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined
  return `could not connect${cause?.code ? ` (${cause.code})` : ''}`
}

async function ask(url: string, init: RequestInit, timeoutMs: number) {
  const response = await fetch(url, {
    ...init,
    redirect: 'follow',
    signal: AbortSignal.timeout(timeoutMs),
  })
  // Only the headers matter: never download the file.
  await response.body?.cancel().catch(() => undefined)
  return response
}

/**
 * Asks an audio host for a file's size: a HEAD request and its Content-Length,
 * else a GET of its first byte (`Range: bytes=0-0`) and the total of its
 * Content-Range. A host that does not answer in time is not asked twice.
 */
export async function probeAudioSize(url: string, timeoutMs: number): Promise<ProbeResult> {
  let headStatus: number
  try {
    const head = await ask(url, { method: 'HEAD' }, timeoutMs)
    const size = head.ok ? positive(head.headers.get('content-length')) : null
    if (size) return { size }
    headStatus = head.status
  } catch (error) {
    return { error: fetchFailure(error, timeoutMs) }
  }
  try {
    const range = await ask(url, { headers: { range: 'bytes=0-0' } }, timeoutMs)
    const total = /\/(\d+)\s*$/.exec(range.headers.get('content-range') ?? '')?.[1]
    const size =
      range.status === 206
        ? positive(total)
        : range.ok
          ? positive(range.headers.get('content-length'))
          : null
    if (size) return { size }
    return {
      error: `HEAD answered ${headStatus} and a Range request ${range.status}, without a size`,
    }
  } catch (error) {
    return { error: `HEAD answered ${headStatus}, then ${fetchFailure(error, timeoutMs)}` }
  }
}
