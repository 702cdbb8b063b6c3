/** What a host page may ask of the embedded player through `postMessage`. */
export type ParentCommand = { type: 'play' } | { type: 'pause' } | { type: 'seek'; time: number }

/** The command in a message's data, or null for anything else (other scripts post messages too). */
export function readParentCommand(data: unknown): ParentCommand | null {
  if (typeof data !== 'object' || data === null) return null
  const { type, time } = data as Record<string, unknown>
  if (type === 'play' || type === 'pause') return { type }
  if (type === 'seek' && typeof time === 'number' && Number.isFinite(time) && time >= 0) {
    return { type, time }
  }
  return null
}
