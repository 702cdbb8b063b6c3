import { useQueue } from '../hooks/use-queue.ts'
import { focusRing } from './styles.ts'

export const UP_NEXT_TOGGLE_ID = 'up-next-toggle'
export const UP_NEXT_PANEL_ID = 'up-next-panel'

/** Shows or hides the "Up next" list; its name carries how many episodes are queued. */
export function UpNextToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const count = useQueue((state) => state.entries.length)
  return (
    <button
      type="button"
      id={UP_NEXT_TOGGLE_ID}
      aria-expanded={open}
      aria-controls={open ? UP_NEXT_PANEL_ID : undefined}
      onClick={onToggle}
      className={`inline-flex h-9 shrink-0 items-center gap-1 rounded-md border border-slate-300 px-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${focusRing}`}
    >
      Up next
      <span className="rounded-full bg-slate-200 px-1.5 text-xs tabular-nums dark:bg-slate-700">
        {count}
      </span>
    </button>
  )
}
