import { useLayoutEffect, useRef } from 'react'
import { useQueue } from '../hooks/use-queue.ts'
import { queueStore } from '../store/player-store.ts'
import { iconButton } from './styles.ts'
import { UP_NEXT_PANEL_ID, UP_NEXT_TOGGLE_ID } from './up-next-toggle.tsx'

type Control = 'up' | 'down' | 'remove'
const controlKey = (slug: string, control: Control) => `${slug}:${control}`

/** Where focus goes once the queue has changed, so that the keyboard keeps its place. */
function focusAfter(slug: string, control: Control, index: number): string | null {
  const entries = queueStore.getState().entries
  if (control === 'remove') {
    const neighbour = entries[index] ?? entries[index - 1]
    return neighbour ? controlKey(neighbour.slug, 'remove') : null
  }
  const at = entries.findIndex((entry) => entry.slug === slug)
  if (control === 'up' && at === 0) return controlKey(slug, 'down')
  if (control === 'down' && at === entries.length - 1) return controlKey(slug, 'up')
  return controlKey(slug, control)
}

/** The queue in the player: reorder, remove and clear with buttons, by pointer or keyboard. */
export function UpNextList() {
  const entries = useQueue((state) => state.entries)
  const panel = useRef<HTMLDivElement>(null)
  const focusKey = useRef<string | null | undefined>(undefined)

  useLayoutEffect(() => {
    const key = focusKey.current
    if (key === undefined) return
    focusKey.current = undefined
    const target = key
      ? panel.current?.querySelector<HTMLElement>(`[data-queue-control="${CSS.escape(key)}"]`)
      : document.getElementById(UP_NEXT_TOGGLE_ID)
    target?.focus()
  })

  const act = (slug: string, control: Control, index: number) => {
    if (control === 'remove') queueStore.remove(slug)
    else queueStore.move(slug, control === 'up' ? -1 : 1)
    focusKey.current = focusAfter(slug, control, index)
  }
  const clear = () => {
    queueStore.clear()
    focusKey.current = null
  }

  return (
    <div
      id={UP_NEXT_PANEL_ID}
      ref={panel}
      className="max-h-52 overflow-y-auto border-b border-slate-200 pb-1 dark:border-slate-700"
    >
      {entries.length === 0 ? (
        <p className="py-2 text-sm text-slate-700 dark:text-slate-300">
          Nothing queued. Add to queue next to any Play button lines episodes up here.
        </p>
      ) : (
        <>
          <ol aria-label="Up next" className="flex flex-col">
            {entries.map((entry, index) => (
              <li key={entry.slug} className="flex items-center gap-1">
                <span className="min-w-0 flex-1 truncate text-sm">{entry.title}</span>
                <button
                  type="button"
                  className={`${iconButton} size-8`}
                  aria-label={`Move ${entry.title} up`}
                  data-queue-control={controlKey(entry.slug, 'up')}
                  disabled={index === 0}
                  onClick={() => act(entry.slug, 'up', index)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className={`${iconButton} size-8`}
                  aria-label={`Move ${entry.title} down`}
                  data-queue-control={controlKey(entry.slug, 'down')}
                  disabled={index === entries.length - 1}
                  onClick={() => act(entry.slug, 'down', index)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  className={`${iconButton} size-8`}
                  aria-label={`Remove ${entry.title} from queue`}
                  data-queue-control={controlKey(entry.slug, 'remove')}
                  onClick={() => act(entry.slug, 'remove', index)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={clear}
            className={`${iconButton} h-8 w-auto rounded-md px-2 text-sm`}
          >
            Clear queue
          </button>
        </>
      )}
    </div>
  )
}
