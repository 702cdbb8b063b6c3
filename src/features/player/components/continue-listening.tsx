import { Link } from 'wouter'
import { formatClock } from '../../../lib/format-clock.ts'
import { useContinueListening } from '../hooks/use-continue-listening.ts'
import { PlayEpisodeButton } from './play-episode-button.tsx'

/** Home-page shelf of started, unfinished episodes. */
export function ContinueListening() {
  const entries = useContinueListening()
  if (entries.length === 0) return null
  return (
    <section aria-labelledby="continue-listening" className="mb-8">
      <h2 id="continue-listening" className="mb-3 text-xl font-bold">
        Continue listening
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {entries.map((entry) => (
          <li
            key={entry.slug}
            className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
          >
            <Link
              href={`/episodes/${entry.slug}`}
              className="font-medium underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent"
            >
              {entry.title}
            </Link>
            <div className="mt-1 flex items-center justify-between gap-2">
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {formatClock(entry.duration - entry.position)} left
              </p>
              <PlayEpisodeButton episode={entry} />
            </div>
            <div className="mt-2 h-1 rounded bg-slate-200 dark:bg-slate-700" aria-hidden="true">
              <div
                className="h-1 rounded bg-accent"
                style={{ width: `${(entry.position / Math.max(entry.duration, 1)) * 100}%` }}
              />
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
