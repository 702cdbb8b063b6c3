/** The controls of one queued episode. */
export type QueueControl = 'reorder' | 'up' | 'down' | 'remove'

/** Names one control of one queued episode in the DOM (`data-queue-control`). */
export const controlKey = (slug: string, control: QueueControl) => `${slug}:${control}`

/**
 * Where focus goes once `control` of the episode that was at `index` has acted on
 * the queue, now `entries`, so that the keyboard keeps its place: the same control,
 * the other move button when that one is now disabled, a neighbour's Remove after a
 * removal, and null (the Up next toggle) once the queue is empty.
 */
export function focusAfter(
  entries: readonly { slug: string }[],
  slug: string,
  control: QueueControl,
  index: number,
): string | null {
  if (control === 'remove') {
    const neighbour = entries[index] ?? entries[index - 1]
    return neighbour ? controlKey(neighbour.slug, 'remove') : null
  }
  const at = entries.findIndex((entry) => entry.slug === slug)
  if (control === 'up' && at === 0) return controlKey(slug, 'down')
  if (control === 'down' && at === entries.length - 1) return controlKey(slug, 'up')
  return controlKey(slug, control)
}
