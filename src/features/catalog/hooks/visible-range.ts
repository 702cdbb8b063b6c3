/** Index of the item covering `offset`, by binary search over the items' start offsets. */
function indexAt(offsets: Float64Array, count: number, offset: number): number {
  let low = 0
  let high = count - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((offsets[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return Math.max(0, low)
}

/**
 * The items to render, `start` inclusive to `end` exclusive: those overlapping
 * the viewport (`top` is the viewport's offset from the list's top) plus
 * `overscan` on each side. `offsets[i]` is where item i starts.
 */
export function visibleRange(
  offsets: Float64Array,
  count: number,
  top: number,
  height: number,
  overscan: number,
): { start: number; end: number } {
  if (count === 0) return { start: 0, end: 0 }
  const start = Math.max(0, indexAt(offsets, count, top) - overscan)
  const end = Math.min(count, indexAt(offsets, count, top + height) + 1 + overscan)
  return { start, end }
}

/**
 * The indexes to render: the range, plus `kept` where it falls outside it (the
 * item holding the keyboard focus, which must not be unmounted under the
 * listener), placed before or after the range so that the DOM order, and with
 * it the Tab order, stays the list's order. A negative `kept` keeps nothing.
 */
export function renderedIndexes(
  range: { start: number; end: number },
  count: number,
  kept: number,
): number[] {
  const start = Math.min(range.start, count)
  const end = Math.min(range.end, count)
  const indexes: number[] = []
  const keep = kept >= 0 && kept < count && (kept < start || kept >= end)
  if (keep && kept < start) indexes.push(kept)
  for (let i = start; i < end; i++) indexes.push(i)
  if (keep && kept >= end) indexes.push(kept)
  return indexes
}
