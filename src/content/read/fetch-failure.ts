/** Why a request to another host failed, in words for a build warning. */
export function fetchFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs / 1000} s`
  }
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined
  return `could not connect${cause?.code ? ` (${cause.code})` : ''}`
}
