import { formatClock } from '../../../lib/format-clock.ts'
import { usePlayer } from '../hooks/use-player.ts'
import { usePositionSeconds } from '../hooks/use-position-seconds.ts'

/** Elapsed or remaining time; re-renders once a second. */
export function TimeReadout({ show }: { show: 'elapsed' | 'remaining' }) {
  const position = usePositionSeconds()
  const duration = usePlayer((state) => state.duration)
  const text =
    show === 'elapsed' ? formatClock(position) : `-${formatClock(Math.max(duration - position, 0))}`
  return (
    <span className="w-16 shrink-0 font-mono text-xs tabular-nums text-slate-700 dark:text-slate-300">
      <span className="sr-only">{show === 'elapsed' ? 'Elapsed ' : 'Remaining '}</span>
      {text}
    </span>
  )
}
