import type { ReactNode } from 'react'
import type { EpisodeDocument } from '../../../content/documents.ts'
import { EntryImage } from './entry-image.tsx'
import { EpisodeMeta } from './episode-meta.tsx'
import { TagSection } from './tag-section.tsx'

interface EpisodeDetailsProps {
  episode: EpisodeDocument
  /** Play, Add to queue, Share: the header's controls, supplied by the page. */
  actions: ReactNode
  /** The chapter list, supplied by the page: it opens the page's body. */
  chapters: ReactNode
  /** Below the show notes, for more of the episode's content. */
  more?: ReactNode
  /** Beside the body on wide screens, after the guests and technologies: Subscribe, Embed. */
  aside?: ReactNode
}

const prose =
  'space-y-3 leading-relaxed text-slate-800 dark:text-slate-200 [&_a]:text-accent [&_a]:underline [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 dark:[&_code]:bg-slate-800'

/** The episode page: a header with the artwork and Play, then chapters and notes, guests beside. */
export function EpisodeDetails({ episode, actions, chapters, more, aside }: EpisodeDetailsProps) {
  const artwork = episode.image ?? episode.show?.artwork
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-4 sm:flex-row sm:items-center sm:gap-6">
        {artwork && (
          <EntryImage
            image={artwork}
            size={192}
            sizeClass="size-32 sm:size-48"
            lazy={false}
            rounded="rounded-2xl shadow-md"
          />
        )}
        <div className="flex min-w-0 flex-col gap-3">
          <EpisodeMeta
            show={episode.show}
            publishedAt={episode.publishedAt}
            duration={episode.duration}
            numbering={episode}
          />
          <h1 className="text-2xl font-bold leading-tight tracking-tight sm:text-4xl">
            {episode.title}
          </h1>
          {episode.subtitle && (
            <p className="text-lg text-slate-700 dark:text-slate-300">{episode.subtitle}</p>
          )}
          {actions}
        </div>
      </header>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="flex min-w-0 flex-col gap-8">
          {chapters}
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
          {more}
        </div>
        <aside aria-label="About the episode" className="flex flex-col gap-6">
          <TagSection id="episode-guests" heading="Guests" base="/people" items={episode.guests} />
          <TagSection
            id="episode-technologies"
            heading="Technologies"
            base="/technologies"
            items={episode.technologies}
          />
          {aside}
        </aside>
      </div>
    </article>
  )
}
