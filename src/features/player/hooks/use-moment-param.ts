import { useSearch } from 'wouter'
import { parseTimeParam } from '../lib/time.ts'

/** The `t` of a link to a moment (`?t=1425`, `?t=23:45`, `?t=1:02:03`), in seconds, or null. */
export function useMomentParam(): number | null {
  const search = useSearch()
  return parseTimeParam(new URLSearchParams(search).get('t'))
}
