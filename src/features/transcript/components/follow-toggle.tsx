import { focusRing } from './styles.ts'

interface FollowToggleProps {
  follow: boolean
  onChange: (follow: boolean) => void
}

/** "Follow": keeps the paragraph being spoken in view while pressed. */
export function FollowToggle({ follow, onChange }: FollowToggleProps) {
  return (
    <button
      type="button"
      aria-pressed={follow}
      onClick={() => onChange(!follow)}
      className={`inline-flex items-center gap-1.5 rounded-md border px-2.5 py-1 text-sm font-medium ${follow ? 'border-accent bg-accent text-on-accent' : 'border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800'} ${focusRing}`}
    >
      <span
        aria-hidden="true"
        className={`size-2 rounded-full ${follow ? 'bg-current' : 'border border-current'}`}
      />
      Follow
    </button>
  )
}
