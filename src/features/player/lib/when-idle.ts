/** Runs `task` when the browser is idle (soon after, where idle callbacks are missing). */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 3000 })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(task, 500)
  return () => clearTimeout(handle)
}
