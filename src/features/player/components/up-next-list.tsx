import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import { restrictToParentElement, restrictToVerticalAxis } from '@dnd-kit/modifiers'
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable'
import { useLayoutEffect, useMemo, useRef } from 'react'
import { useQueue } from '../hooks/use-queue.ts'
import { queueDragAnnouncements, queueDragInstructions } from '../lib/queue-drag-text.ts'
import { controlKey, focusAfter, type QueueControl } from '../lib/queue-focus.ts'
import { queueStore } from '../store/player-store.ts'
import { iconButton } from './styles.ts'
import { UpNextItem } from './up-next-item.tsx'
import { UP_NEXT_PANEL_ID, UP_NEXT_TOGGLE_ID } from './up-next-toggle.tsx'

const modifiers = [restrictToVerticalAxis, restrictToParentElement]

/**
 * The queue in the player: reorder by dragging an episode's handle (mouse, touch, or
 * Space and the arrow keys) or with its Move buttons, remove, clear. Every move goes
 * through the queue store, which remembers it and announces it.
 */
export function UpNextList() {
  const entries = useQueue((state) => state.entries)
  const panel = useRef<HTMLDivElement>(null)
  const focusKey = useRef<string | null | undefined>(undefined)
  // A few pixels of travel before a drag starts, so that a tap on the handle is not a drag.
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const slugs = useMemo(() => entries.map((entry) => entry.slug), [entries])
  const accessibility = useMemo(
    () => ({
      announcements: queueDragAnnouncements(entries),
      screenReaderInstructions: queueDragInstructions,
      // Its live region sits outside the player, which keeps one status of its own.
      container: document.body,
    }),
    [entries],
  )

  useLayoutEffect(() => {
    const key = focusKey.current
    if (key === undefined) return
    focusKey.current = undefined
    const target = key
      ? panel.current?.querySelector<HTMLElement>(`[data-queue-control="${CSS.escape(key)}"]`)
      : document.getElementById(UP_NEXT_TOGGLE_ID)
    target?.focus()
  })

  const act = (slug: string, control: QueueControl, index: number) => {
    if (control === 'remove') queueStore.remove(slug)
    else if (control !== 'reorder') queueStore.move(slug, control === 'up' ? -1 : 1)
    focusKey.current = focusAfter(queueStore.getState().entries, slug, control, index)
  }
  const drop = ({ active, over }: DragEndEvent) => {
    const slug = String(active.id)
    if (over) queueStore.moveTo(slug, slugs.indexOf(String(over.id)))
    focusKey.current = controlKey(slug, 'reorder')
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
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            modifiers={modifiers}
            accessibility={accessibility}
            onDragEnd={drop}
          >
            <SortableContext items={slugs} strategy={verticalListSortingStrategy}>
              <ol aria-label="Up next" className="flex flex-col">
                {entries.map((entry, index) => (
                  <UpNextItem
                    key={entry.slug}
                    episode={entry}
                    index={index}
                    count={entries.length}
                    onAct={act}
                  />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
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
