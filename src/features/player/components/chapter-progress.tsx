import { usePositionSeconds } from '../hooks/use-position-seconds.ts'
import { clamp } from '../lib/clamp.ts'

/** How far into the current chapter the listener is; only this bar re-renders as time goes. */
export function ChapterProgress({ start, end }: { start: number; end: number }) {
  const position = usePositionSeconds()
  const fraction = clamp((position - start) / Math.max(end - start, 1), 0, 1)
  return (
    <div aria-hidden="true" className="mt-1 h-1 rounded bg-slate-200 dark:bg-slate-700">
      <div className="h-1 rounded bg-accent" style={{ width: `${fraction * 100}%` }} />
    </div>
  )
}
