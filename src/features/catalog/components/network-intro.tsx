import type { ReactNode } from 'react'
import type { HomeDocument } from '../../../content/documents.ts'
import { ShowCard } from './show-card.tsx'

/** The home of a network of shows: its title and description, then each show as a card. */
export function NetworkIntro({ home, subscribe }: { home: HomeDocument; subscribe: ReactNode }) {
  const { site, shows } = home
  return (
    <header className="mb-8 flex flex-col gap-4">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{site.title}</h1>
        {site.description && (
          <p className="max-w-prose text-lg text-slate-700 dark:text-slate-300">
            {site.description}
          </p>
        )}
      </div>
      {shows.length > 0 && (
        <ul aria-label="Shows" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {shows.map((show) => (
            <ShowCard key={show.slug} show={show} newest={show.newest} />
          ))}
        </ul>
      )}
      {subscribe}
    </header>
  )
}
