import { usePlayer } from '../hooks/use-player.ts'
import { SPEEDS } from '../lib/speeds.ts'
import { playerStore } from '../store/player-store.ts'
import { focusRing } from './styles.ts'

export function SpeedControl() {
  const rate = usePlayer((state) => state.rate)
  const options = SPEEDS.includes(rate as (typeof SPEEDS)[number])
    ? SPEEDS
    : [...SPEEDS, rate].sort((a, b) => a - b)
  return (
    <select
      aria-label="Playback speed"
      value={rate}
      onChange={(event) => playerStore.setRate(Number(event.currentTarget.value))}
      className={`h-9 rounded-md border border-slate-300 bg-white px-1 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 ${focusRing}`}
    >
      {options.map((speed) => (
        <option key={speed} value={speed}>
          {speed}×
        </option>
      ))}
    </select>
  )
}
