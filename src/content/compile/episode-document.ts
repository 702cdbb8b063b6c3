import type { EpisodeDocument } from '../documents.ts'
import type { ContentProblem } from '../read/problems.ts'
import { resolveAudioUrl } from '../read/urls.ts'
import { type FieldPath, formatFieldPath } from '../read/yaml/yaml-locator.ts'
import { normalizeChapters } from './chapters.ts'
import type { ParsedEpisode } from './episode-file.ts'
import { renderMarkdown } from './markdown.ts'
import type { References, RegistryKind } from './references.ts'

export interface DocumentContext {
  references: References
  audioUrlTemplate: string | undefined
  base: string
  /** Collects warnings; positions are looked up only when one is raised. */
  problems: ContentProblem[]
}

/** `2025-12-18T10:00:00+02:00` → `2025-12-18T08:00:00.000Z`; a time without a zone counts as UTC. */
export function normalizeDate(value: string): string {
  const hasTime = /[T ]\d/.test(value)
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/.test(value)
  return new Date(
    hasTime && !hasZone ? `${value.replace(' ', 'T')}Z` : value.replace(' ', 'T'),
  ).toISOString()
}

function warn(
  context: DocumentContext,
  episode: ParsedEpisode,
  path: FieldPath,
  message: string,
  code: string,
) {
  context.problems.push({
    severity: 'warning',
    file: episode.file,
    ...episode.locator.locate(path),
    field: formatFieldPath(path),
    message,
    code,
  })
}

function checkReferences(context: DocumentContext, episode: ParsedEpisode) {
  const { references } = context
  const check = (kind: RegistryKind, field: 'guests' | 'technologies') => {
    episode.data[field].forEach((slug, index) => {
      if (references.isUnknown(kind, slug)) {
        const message = references.unknownMessage(kind, slug)
        warn(context, episode, [field, index], message, 'unknown-reference')
      }
    })
  }
  check('people', 'guests')
  check('technologies', 'technologies')
  const show = episode.data.show
  if (show && references.isUnknown('shows', show)) {
    warn(context, episode, ['show'], references.unknownMessage('shows', show), 'unknown-reference')
  }
}

/** The full document of one episode (`data/episodes/<slug>.json`), plus its warnings. */
export function buildEpisodeDocument(
  context: DocumentContext,
  episode: ParsedEpisode,
): EpisodeDocument {
  const { data } = episode
  const { references } = context
  checkReferences(context, episode)
  if (/\s/.test(data.id)) {
    warn(
      context,
      episode,
      ['id'],
      `holds white space ("${data.id}"), which goes into the audio URL and the feed's guid: usually the id wrapped onto a second line; put it on one line`,
      'id-white-space',
    )
  }
  const normalized = normalizeChapters(data.chapters, data.duration)
  for (const note of normalized.notes)
    warn(context, episode, ['chapters', note.index], note.message, note.code)
  const description = renderMarkdown(data.description)
  const showNotes = renderMarkdown(episode.body)
  const show = data.show ? references.show(data.show) : null
  return {
    id: data.id,
    slug: data.slug,
    title: data.title.trim(),
    subtitle: data.subtitle?.trim() || null,
    description: description.text,
    descriptionHtml: description.html,
    showNotes: showNotes.text,
    showNotesHtml: showNotes.html,
    publishedAt: normalizeDate(data.publishedAt),
    duration: data.duration,
    type: data.type ?? null,
    category: data.category ?? null,
    episode: data.episode ?? null,
    season: data.season ?? null,
    episodeType: data.episodeType ?? null,
    explicit: data.explicit ?? null,
    audioUrl: resolveAudioUrl(data, context.audioUrlTemplate, context.base),
    audioFileSize: data.audioFileSize ?? null,
    show: show && { slug: show.slug, name: show.name, artwork: show.artwork },
    // Made a site image after the compile (see episode-images.ts): it may need a download.
    image: null,
    guests: data.guests.map((slug) => references.person(slug)),
    technologies: data.technologies.map((slug) => references.technology(slug)),
    chapters: normalized.chapters,
    transcript: null,
  }
}
