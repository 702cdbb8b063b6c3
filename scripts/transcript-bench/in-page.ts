/**
 * Functions run inside the page (through page.evaluate): they must not close
 * over anything from this module, nor name inner functions (the bundler would
 * wrap them in a helper the page does not have).
 */

/** Layout shift since navigation (an init script adds it up in `window.layoutShift`), after two frames. */
export function readLayoutShift(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        resolve((window as unknown as { layoutShift: number }).layoutShift),
      ),
    ),
  )
}

/** Init script: adds up layout shifts and keeps long tasks, from the start of the page. */
export function watchPage(): void {
  const scope = window as unknown as { layoutShift: number; longTasks: PerformanceEntry[] }
  scope.layoutShift = 0
  scope.longTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { value?: number }>) {
      scope.layoutShift += Number(entry.value ?? 0)
    }
  }).observe({ type: 'layout-shift', buffered: true })
  new PerformanceObserver((list) => {
    scope.longTasks.push(...list.getEntries())
  }).observe({ type: 'longtask', buffered: true })
}

/**
 * Seeks, through the Seek slider as assistive technology would, to the start of
 * each of `count` paragraphs from `first`, and measures how long each takes
 * until the transcript marks the new paragraph (milliseconds).
 */
export async function timeParagraphMoves(args: {
  first: number
  count: number
}): Promise<number[]> {
  const slider = document.querySelector<HTMLInputElement>('input[type="range"][aria-label="Seek"]')
  const box = document.querySelector('[data-paragraph]')?.parentElement
  if (!slider || !box) throw new Error('no Seek slider or transcript on the page')
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  const paragraphs = [...box.querySelectorAll<HTMLElement>('[data-paragraph]')]
  const times: number[] = []
  for (const paragraph of paragraphs.slice(args.first, args.first + args.count)) {
    const href = paragraph.querySelector('a[href*="?t="]')?.getAttribute('href') ?? ''
    const start = Number(new URL(href, location.href).searchParams.get('t'))
    const marked = new Promise<number>((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (paragraph.getAttribute('aria-current') !== 'true') return
        observer.disconnect()
        resolve(performance.now())
      })
      observer.observe(paragraph, { attributes: true, attributeFilter: ['aria-current'] })
      setTimeout(() => reject(new Error(`paragraph at ${start} s never marked`)), 5000)
    })
    const began = performance.now()
    // Links carry whole seconds: one second on is inside the paragraph (cues last 4 s).
    setValue?.call(slider, String(start + 1))
    slider.dispatchEvent(new Event('input', { bubbles: true }))
    times.push((await marked) - began)
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
  }
  return times
}

/** Watches animation frames for `seconds` of page time and returns the longest gap between two (ms). */
export async function longestFrameGap(seconds: number): Promise<number> {
  const until = performance.now() + seconds * 1000
  let last = performance.now()
  let longest = 0
  while (last < until) {
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve))
    longest = Math.max(longest, now - last)
    last = now
  }
  return longest
}

/** The longest task (ms) Chromium reported after `since` (page time), 0 when none passed 50 ms. */
export function longestTaskSince(since: number): number {
  const tasks = (window as unknown as { longTasks: PerformanceEntry[] }).longTasks
  return tasks
    .filter((task) => task.startTime >= since)
    .reduce((max, task) => Math.max(max, task.duration), 0)
}
