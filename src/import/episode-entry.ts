import { createHash } from 'node:crypto'
import type { Chapter } from '../content/compile/schema.ts'
import { podloveChapters } from './chapter-times.ts'
import { type FeedPerson, itemGuests } from './feed-people.ts'
import { readPublicationDate } from './publication-date.ts'
import type { SourceItem } from './read-feed.ts'
import { notesToMarkdown } from './show-notes.ts'
import { audioFileName, shortSlug } from './slugs.ts'

/** An item turned into an episode file's content, before its slug is made unique. */
export interface EpisodeDraft {
  id: string
  /** Item title, for messages. */
  label: string
  slug: string
  fields: Record<string, unknown>
  body: string
  guests: FeedPerson[]
  /** `podcast:chapters` JSON to fetch; Podlove chapters are already in `fields`. */
  chaptersUrl: string | null
  notes: string[]
}

export type ItemResult = { draft: EpisodeDraft } | { skipped: string; label: string }

const podcastTypes = new Set(['full', 'trailer', 'bonus'])

/** How the report names an item: its title, else its position. */
export const itemLabel = (item: SourceItem, index: number) =>
  item.title?.trim() ? `"${item.title.trim()}"` : `item ${index + 1}`

/** `podcast:transcript` links: the build fetches http(s) transcripts, so others are noted. */
function transcriptField(item: SourceItem, notes: string[]): unknown {
  const files = (item.podcast?.transcripts ?? []).filter((file) => {
    if (!file.url) return false
    if (/^https?:\/\//i.test(file.url)) return true
    notes.push(
      `has a transcript that is not an http(s) link (${file.url}): left out; link a web copy or put the file beside the episode`,
    )
    return false
  })
  if (files.length === 0) return undefined
  if (files.length === 1) return files[0]?.url
  return files.map(({ url, type, language }) => ({ url, type, ...(language ? { language } : {}) }))
}

function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : undefined
}

function numbering(item: SourceItem) {
  const episodeType = item.itunes?.episodeType?.trim().toLowerCase()
  return {
    episode: positive(item.itunes?.episode ?? item.podcast?.episode?.number),
    season: positive(item.itunes?.season ?? item.podcast?.season?.number),
    episodeType: episodeType && podcastTypes.has(episodeType) ? episodeType : undefined,
    explicit: item.itunes?.explicit,
  }
}

const defined = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))

/** One feed item as an episode of the show, or the reason it cannot be one. */
export function episodeDraft(item: SourceItem, index: number, show: string): ItemResult {
  const label = itemLabel(item, index)
  const audioUrl = item.enclosures?.[0]?.url?.trim()
  if (!audioUrl)
    return {
      label,
      skipped: 'has no enclosure (audio file), so there is nothing to play: left out',
    }
  const notes: string[] = []
  let id = item.guid?.value?.trim()
  if (!id) {
    id = createHash('sha256').update(audioUrl).digest('hex').slice(0, 24)
    notes.push(
      `has no guid: its id is made from the audio URL (${id}), and changes if that URL changes`,
    )
  }
  const date = readPublicationDate(item.pubDate)
  if (date.iso === null) return { label, skipped: `${date.note}; left out` }
  if (date.note) notes.push(date.note)
  const duration = item.itunes?.duration
  if (!duration || duration <= 0) {
    return {
      label,
      skipped:
        'has no itunes:duration (or it is 0): add the length of the audio, then import again',
    }
  }
  const title = item.title?.trim() || audioFileName(audioUrl) || id
  const slug =
    shortSlug(item.title ?? '') || shortSlug(audioFileName(audioUrl)) || `episode-${index + 1}`
  const length = item.enclosures?.[0]?.length
  const psc = podloveChapters(item)
  if (psc.unreadable > 0)
    notes.push(
      `has ${psc.unreadable} Podlove chapter(s) without a readable start or title: left out`,
    )
  const guests = itemGuests(item)
  const description = notesToMarkdown(item.description ?? item.itunes?.summary)
  const encoded = notesToMarkdown(item.content?.encoded)
  const chapters: Chapter[] = psc.chapters
  return {
    draft: {
      id,
      label,
      slug,
      guests,
      notes,
      chaptersUrl: item.podcast?.chapters?.url?.trim() || null,
      body: encoded && encoded !== description ? `${encoded}\n` : '',
      fields: defined({
        id,
        slug,
        title,
        description,
        publishedAt: date.iso,
        ...numbering(item),
        show,
        guests: guests.length > 0 ? guests.map((guest) => guest.slug) : undefined,
        duration,
        audioUrl,
        audioFileSize: length && length > 0 ? length : undefined,
        image: item.itunes?.image?.trim() || undefined,
        transcript: transcriptField(item, notes),
        chapters: chapters.length > 0 ? chapters : undefined,
      }),
    },
  }
}
