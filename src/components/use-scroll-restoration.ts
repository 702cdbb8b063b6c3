import { useLayoutEffect } from 'react'

const positions = new Map<string, number>()
let travelling = false

if (typeof window !== 'undefined') {
  // The app restores positions itself: the browser would restore before the page has its height.
  window.history.scrollRestoration = 'manual'
  window.addEventListener('popstate', () => {
    travelling = true
  })
}

/**
 * A new page opens at its top; Back and Forward return to where the listener
 * was on that page. Changes of the query string alone (filters) keep the scroll.
 */
export function useScrollRestoration(path: string, search: string) {
  const key = search ? `${path}?${search}` : path
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of page moves the scroll
  useLayoutEffect(() => {
    window.scrollTo(0, travelling ? (positions.get(key) ?? 0) : 0)
    travelling = false
  }, [path])
  useLayoutEffect(() => {
    const remember = () => positions.set(key, window.scrollY)
    window.addEventListener('scroll', remember, { passive: true })
    return () => window.removeEventListener('scroll', remember)
  }, [key])
}
