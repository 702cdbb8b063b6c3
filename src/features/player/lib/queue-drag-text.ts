import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core'

interface QueuedEpisode {
  slug: string
  title: string
}

/** What a screen reader hears on a queue item's drag handle. */
export const queueDragInstructions: ScreenReaderInstructions = {
  draggable:
    'Press Space or Enter to pick up this episode, the up and down arrow keys to move it, Space or Enter again to drop it, Escape to cancel. The Move up and Move down buttons do the same one place at a time.',
}

/**
 * What the drag announces while an episode is picked up and moved, in positions
 * counted from 1, each time the position under it changes. The drop itself is announced by the queue once it has moved the
 * episode; a drop where it started says that nothing changed.
 */
export function queueDragAnnouncements(entries: readonly QueuedEpisode[]): Announcements {
  const count = entries.length
  const find = (id: UniqueIdentifier | undefined) => {
    const index = entries.findIndex((entry) => entry.slug === id)
    const entry = entries[index]
    return entry && { title: entry.title, position: `position ${index + 1} of ${count}` }
  }
  // Where the dragged episode was last said to be: the drag starts over its own place.
  let lastOver: UniqueIdentifier | undefined
  return {
    onDragStart: ({ active }) => {
      lastOver = active.id
      const moving = find(active.id)
      return moving && `Picked up ${moving.title}, at ${moving.position}.`
    },
    onDragOver: ({ active, over }) => {
      if (over?.id === lastOver) return undefined
      lastOver = over?.id
      const moving = find(active.id)
      const target = find(over?.id)
      return moving && target && `${moving.title} is over ${target.position}.`
    },
    onDragEnd: ({ active, over }) => {
      const moving = find(active.id)
      if (!moving || (over && over.id !== active.id)) return undefined
      return `${moving.title} dropped back at ${moving.position}.`
    },
    onDragCancel: ({ active }) => {
      const moving = find(active.id)
      return moving && `Moving ${moving.title} was cancelled; it stays at ${moving.position}.`
    },
  }
}
