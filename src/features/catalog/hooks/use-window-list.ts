import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { renderedIndexes, visibleRange } from './visible-range.ts'

interface WindowListOptions {
  /** Height assumed for an item not measured yet. */
  estimate: number
  gap: number
  /** Items rendered beyond each edge of the viewport. */
  overscan: number
  /**
   * Items rendered before any is measured: the server render (all that readers
   * without JavaScript see), hydration and the first paint.
   */
  initial: number
}

export interface WindowListItem {
  index: number
  key: number
  /** Offset from the top of the list. */
  start: number
}

/**
 * Windowing against the page's own scroll: only the items near the viewport
 * render, and each rendered item reports its height (ResizeObserver), keyed by
 * `keys[i]` so heights survive a change of the result set.
 */
export function useWindowList(
  keys: ArrayLike<number>,
  { estimate, gap, overscan, initial }: WindowListOptions,
) {
  const listRef = useRef<HTMLUListElement>(null)
  const heights = useRef(new Map<number, number>())
  const [measured, setMeasured] = useState(0)
  const count = keys.length

  // biome-ignore lint/correctness/useExhaustiveDependencies: `measured` signals new heights in the ref
  const offsets = useMemo(() => {
    const result = new Float64Array(count + 1)
    for (let i = 0; i < count; i++) {
      const height = heights.current.get(keys[i] ?? -1) ?? estimate
      result[i + 1] = (result[i] ?? 0) + height + gap
    }
    return result
  }, [keys, count, estimate, gap, measured])

  const [range, setRange] = useState({ start: 0, end: initial })
  // The list's offset in the document, re-read on scroll, resize and the frame after a change;
  // reading it right after a commit would force a synchronous layout on every filter change.
  const listTop = useRef<number | null>(null)
  const updateRange = useCallback(
    (remeasure: boolean) => {
      const list = listRef.current
      if (!list || count === 0) return
      if (remeasure || listTop.current === null) {
        listTop.current = list.getBoundingClientRect().top + window.scrollY
      }
      const top = window.scrollY - listTop.current
      const { start, end } = visibleRange(offsets, count, top, window.innerHeight, overscan)
      setRange((previous) =>
        previous.start === start && previous.end === end ? previous : { start, end },
      )
    },
    [offsets, count, overscan],
  )

  useLayoutEffect(() => {
    // The list's first offset is read in the next frame, with the layout the browser makes
    // anyway: reading it here would force that layout inside the commit (the whole page's,
    // when the app takes a prerendered page over). The first items flow until then.
    if (listTop.current !== null) updateRange(false)
    const frame = requestAnimationFrame(() => updateRange(true))
    const onViewportChange = () => updateRange(true)
    window.addEventListener('scroll', onViewportChange, { passive: true })
    window.addEventListener('resize', onViewportChange)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', onViewportChange)
      window.removeEventListener('resize', onViewportChange)
    }
  }, [updateRange])

  const observer = useRef<ResizeObserver | null>(null)
  useEffect(() => () => observer.current?.disconnect(), [])
  const measure = useCallback((element: HTMLElement | null) => {
    if (!element) return
    observer.current ??= new ResizeObserver((entries) => {
      let changed = false
      for (const entry of entries) {
        const key = Number((entry.target as HTMLElement).dataset.key)
        const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height
        if (heights.current.get(key) !== height) {
          heights.current.set(key, height)
          changed = true
        }
      }
      if (changed) setMeasured((value) => value + 1)
    })
    const current = observer.current
    current.observe(element)
    return () => current.unobserve(element)
  }, [])

  // The item holding the keyboard focus stays mounted when the window moves away from it
  // (the page scrolled, heights arrived): unmounting it would send the focus to the body.
  const [focusedKey, setFocusedKey] = useState<number | null>(null)
  useEffect(() => {
    const list = listRef.current
    if (!list) return
    const onFocusIn = (event: FocusEvent) => {
      const item = (event.target as Element).closest<HTMLElement>('li[data-key]')
      setFocusedKey(item ? Number(item.dataset.key) : null)
    }
    const onFocusOut = (event: FocusEvent) => {
      if (!list.contains(event.relatedTarget as Node | null)) setFocusedKey(null)
    }
    list.addEventListener('focusin', onFocusIn)
    list.addEventListener('focusout', onFocusOut)
    return () => {
      list.removeEventListener('focusin', onFocusIn)
      list.removeEventListener('focusout', onFocusOut)
    }
  }, [])
  const focusedIndex = useMemo(
    () => (focusedKey === null ? -1 : Array.prototype.indexOf.call(keys, focusedKey)),
    [keys, focusedKey],
  )

  const items: WindowListItem[] = renderedIndexes(range, count, focusedIndex).map((i) => ({
    index: i,
    key: keys[i] ?? -1,
    start: offsets[i] ?? 0,
  }))
  const totalHeight = count === 0 ? 0 : (offsets[count] ?? 0) - gap
  // Until the first heights arrive (server render, hydration, first paint), the first items flow
  // one under the other: placing them by estimate would move them once measured.
  const flowing = measured === 0 && range.start === 0
  // Meanwhile the list already takes its full height, so that a restored scroll position fits.
  // Set through the DOM: a style attribute in the prerendered HTML would break the CSP.
  useLayoutEffect(() => {
    const list = listRef.current
    if (list) list.style.minHeight = flowing ? `${totalHeight}px` : ''
  }, [flowing, totalHeight])
  // The last item the viewport's range holds, whatever item is kept for the focus.
  const lastInRange = Math.min(range.end, count) - 1
  return { listRef, items, totalHeight, measure, flowing, lastInRange }
}
