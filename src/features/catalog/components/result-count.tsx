import { pluralEpisodes } from '../format.ts'

/** Announced politely whenever the number changes. */
export function ResultCount({ count }: { count: number | null }) {
  return (
    <p
      id="result-count"
      role="status"
      aria-live="polite"
      className="min-h-6 text-sm font-medium text-slate-700 dark:text-slate-200"
    >
      {count === null ? 'Searching…' : pluralEpisodes(count)}
    </p>
  )
}
