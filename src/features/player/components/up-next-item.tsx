import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { controlKey, type QueueControl } from '../lib/queue-focus.ts'
import type { PlayerEpisode } from '../store/player-types.ts'
import { Icon } from './icon.tsx'
import { iconButton } from './styles.ts'

interface UpNextItemProps {
  episode: PlayerEpisode
  index: number
  count: number
  onAct: (slug: string, control: QueueControl, index: number) => void
}

/** One queued episode: a handle to drag it (pointer, touch or keyboard), move buttons, Remove. */
export function UpNextItem({ episode, index, count, onAct }: UpNextItemProps) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: episode.slug })
  const { slug, title } = episode
  const button = (control: QueueControl) => ({
    type: 'button' as const,
    className: `${iconButton} size-8`,
    'data-queue-control': controlKey(slug, control),
  })

  return (
    <li
      ref={setNodeRef}
      // Set through the DOM's style object at run time, which the page's CSP allows.
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`flex items-center gap-1 rounded-md ${isDragging ? 'relative z-10 bg-slate-100 shadow-md dark:bg-slate-800' : ''}`}
    >
      <button
        {...button('reorder')}
        {...attributes}
        {...listeners}
        ref={setActivatorNodeRef}
        aria-label={`Reorder ${title}`}
        className={`${iconButton} size-8 cursor-grab touch-none active:cursor-grabbing`}
      >
        <Icon name="grip" />
      </button>
      <span className="min-w-0 flex-1 truncate text-sm">{title}</span>
      <button
        {...button('up')}
        aria-label={`Move ${title} up`}
        disabled={index === 0}
        onClick={() => onAct(slug, 'up', index)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        {...button('down')}
        aria-label={`Move ${title} down`}
        disabled={index === count - 1}
        onClick={() => onAct(slug, 'down', index)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        {...button('remove')}
        aria-label={`Remove ${title} from queue`}
        onClick={() => onAct(slug, 'remove', index)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  )
}
