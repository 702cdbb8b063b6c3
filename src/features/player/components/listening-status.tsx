import { useListeningStatus } from '../hooks/use-listening-status.ts'

/** "Played" / "In progress" mark for an episode wherever episodes are listed. */
export function ListeningStatus({ slug }: { slug: string }) {
  const status = useListeningStatus(slug)
  if (!status) return null
  const played = status === 'played'
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ${
        played
          ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100'
          : 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100'
      }`}
    >
      {played ? 'Played' : 'In progress'}
    </span>
  )
}
