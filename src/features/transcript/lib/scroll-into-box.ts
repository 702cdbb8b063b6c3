/** Whether the listener asked for less motion: then scrolling jumps instead of gliding. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}

/**
 * Scrolls `box` (and only it, never the page) so that `target` sits a third of
 * the way down, where the eye reads ahead of it.
 */
export function scrollIntoBox(box: HTMLElement, target: HTMLElement): void {
  const offset = target.getBoundingClientRect().top - box.getBoundingClientRect().top
  const top = box.scrollTop + offset - box.clientHeight / 3
  box.scrollTo({ top: Math.max(0, top), behavior: prefersReducedMotion() ? 'auto' : 'smooth' })
}

/** The element of paragraph `index` inside a transcript's box. */
export function paragraphElement(box: HTMLElement, index: number): HTMLElement | null {
  return box.querySelector<HTMLElement>(`[data-paragraph="${index}"]`)
}
