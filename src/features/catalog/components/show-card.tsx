import { Link } from 'wouter'
import type { EpisodeSummary, ShowFacet } from '../../../content/documents.ts'
import { pluralEpisodes } from '../format.ts'
import { EntryImage } from './entry-image.tsx'

/** A show of the network: artwork, name, episode count and newest episode, leading to its page. */
export function ShowCard({ show, newest }: { show: ShowFacet; newest: EpisodeSummary | null }) {
  return (
    <li
      data-accent={show.slug}
      className="relative flex items-center gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm hover:border-accent dark:border-slate-800 dark:bg-slate-900"
    >
      {show.artwork && <EntryImage image={show.artwork} size={80} sizeClass="size-20" alt="" />}
      <div className="flex min-w-0 flex-col gap-1">
        <h2 className="text-lg font-semibold leading-snug">
          {/* The whole card is the link's target: its ::after covers it. */}
          <Link
            href={`/shows/${show.slug}`}
            className="text-accent after:absolute after:inset-0 after:rounded-xl hover:underline"
          >
            {show.name}
          </Link>
        </h2>
        <p className="line-clamp-2 text-sm text-slate-700 dark:text-slate-300">
          {pluralEpisodes(show.count)}
          {newest && ` · Newest: ${newest.title}`}
        </p>
      </div>
    </li>
  )
}
