import type { ReactNode } from 'react'
import type { EpisodeDocument } from '../../../content/documents.ts'
import { EpisodeMeta } from './episode-meta.tsx'
import { TagSection } from './tag-section.tsx'

interface EpisodeDetailsProps {
  episode: EpisodeDocument
  /** The player's part of the page (Play, chapters), supplied by the page. */
  player: ReactNode
}

const prose =
  'space-y-3 leading-relaxed text-slate-800 dark:text-slate-200 [&_a]:text-accent [&_a]:underline [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 dark:[&_code]:bg-slate-800'

export function EpisodeDetails({ episode, player }: EpisodeDetailsProps) {
  return (
    <article className="flex flex-col gap-5">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{episode.title}</h1>
        {episode.subtitle && (
          <p className="text-lg text-slate-700 dark:text-slate-300">{episode.subtitle}</p>
        )}
        <EpisodeMeta
          show={episode.show}
          publishedAt={episode.publishedAt}
          duration={episode.duration}
        />
      </header>
      <TagSection id="episode-guests" heading="Guests" base="/people" items={episode.guests} />
      <TagSection
        id="episode-technologies"
        heading="Technologies"
        base="/technologies"
        items={episode.technologies}
      />
      {player}
      <section aria-labelledby="episode-description" className="flex flex-col gap-2">
        <h2 id="episode-description" className="text-xl font-semibold">
          About this episode
        </h2>
        {/* Sanitized when the catalog is compiled. */}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: build-time sanitized HTML */}
        <div className={prose} dangerouslySetInnerHTML={{ __html: episode.descriptionHtml }} />
      </section>
      {episode.showNotesHtml && (
        <section aria-labelledby="episode-notes" className="flex flex-col gap-2">
          <h2 id="episode-notes" className="text-xl font-semibold">
            Show notes
          </h2>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: build-time sanitized HTML */}
          <div className={prose} dangerouslySetInnerHTML={{ __html: episode.showNotesHtml }} />
        </section>
      )}
    </article>
  )
}
