import { useId } from 'react'
import { Link } from 'wouter'
import type { BrowseCard } from '../../../content/documents.ts'
import { usePrefetchEpisode } from '../hooks/use-prefetch-episode.ts'
import { useShowArtwork } from '../hooks/use-show-artwork.ts'
import type { ResultMoment } from '../search/static/result-moment.ts'
import type { EpisodeCardSlots } from './card-slots.ts'
import { EntryImage } from './entry-image.tsx'
import { EpisodeMeta } from './episode-meta.tsx'
import { MomentLink } from './moment-link.tsx'
import { TagLinks } from './tag-links.tsx'

interface EpisodeCardProps {
  /** The episode's card, which names its show, guests and technologies. */
  episode: BrowseCard
  slots: EpisodeCardSlots
  /** Where a search found its words, when in a chapter title or the transcript. */
  moment?: ResultMoment | null
  headingLevel: 2 | 3
}

export function EpisodeCard({ episode, slots, moment, headingLevel }: EpisodeCardProps) {
  const headingId = useId()
  const prefetch = usePrefetchEpisode(episode.slug)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const names = (group: 'guests' | 'technologies', slugs: readonly string[]) =>
    slugs.map((slug, i) => ({ slug, name: episode.names[group][i] ?? slug }))
  const artwork = useShowArtwork(episode.show)
  return (
    <article
      aria-labelledby={headingId}
      onPointerEnter={prefetch}
      onFocus={prefetch}
      className="episode-card"
    >
      <div className="flex items-start justify-between gap-3">
        {artwork && <EntryImage image={artwork} size={56} sizeClass="size-14" alt="" />}
        <Heading id={headingId} className="flex-1 text-lg font-semibold leading-snug">
          <Link href={`/episodes/${episode.slug}`} className="hover:text-accent hover:underline">
            {episode.title}
          </Link>
        </Heading>
        {slots.status(episode)}
      </div>
      <EpisodeMeta
        show={
          episode.show ? { slug: episode.show, name: episode.names.show ?? episode.show } : null
        }
        publishedAt={episode.publishedAt}
        duration={episode.duration}
        numbering={episode}
      />
      {episode.excerpt && (
        <p className="line-clamp-2 text-sm text-slate-700 dark:text-slate-300">{episode.excerpt}</p>
      )}
      <TagLinks label="Guests" base="/people" items={names('guests', episode.guests)} />
      <TagLinks
        label="Technologies"
        base="/technologies"
        items={names('technologies', episode.technologies)}
      />
      <div className="flex flex-wrap items-center gap-3">{slots.actions(episode)}</div>
      {moment && <MomentLink slug={episode.slug} moment={moment} />}
    </article>
  )
}
