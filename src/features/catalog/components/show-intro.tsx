import type { ReactNode } from 'react'
import type { ShowFacet } from '../../../content/documents.ts'
import { EntryImage } from './entry-image.tsx'
import { HostLinks } from './host-links.tsx'

interface ShowIntroProps {
  show: ShowFacet
  /** Where to follow the show, supplied by the page. */
  subscribe: ReactNode
  /** The newest episode, with its Play, supplied by the page. */
  newest: ReactNode
}

/** The home of a one-show podcast: artwork, name, description and hosts, Subscribe, the newest episode. */
export function ShowIntro({ show, subscribe, newest }: ShowIntroProps) {
  return (
    <header className="mb-8 grid gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <div className="flex flex-col gap-4">
        <div className="flex items-center gap-4">
          {show.artwork && (
            <EntryImage
              image={show.artwork}
              size={160}
              sizeClass="size-28 sm:size-40"
              lazy={false}
              rounded="rounded-2xl"
            />
          )}
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{show.name}</h1>
        </div>
        {show.description && (
          <p className="max-w-prose text-lg text-slate-700 dark:text-slate-300">
            {show.description}
          </p>
        )}
        <HostLinks hosts={show.hosts} />
        {subscribe}
      </div>
      <section aria-labelledby="newest-episode" className="flex flex-col gap-2">
        <h2
          id="newest-episode"
          className="text-sm font-semibold uppercase tracking-wide text-accent"
        >
          Newest episode
        </h2>
        {newest}
      </section>
    </header>
  )
}
