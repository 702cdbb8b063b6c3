import type {
  EpisodeDocument,
  PersonFacet,
  PersonRef,
  ShowFacet,
  SiteInfo,
  TranscriptDocument,
} from '../../content/documents.ts'
import { externalUrl, githubUrl } from '../../features/catalog/external-url.ts'
import { absoluteUrl, pageUrl } from './page-url.ts'
import { episodeArtwork, showArtwork } from './show-artwork.ts'

/** Structured data for search engines: plain objects, serialized into `application/ld+json`. */
export type JsonLd = Record<string, unknown>

const context = 'https://schema.org'

/** ISO 8601 duration: 4262 → "PT1H11M2S". */
export function isoDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const rest = total % 60
  const parts = [
    hours && `${hours}H`,
    minutes && `${minutes}M`,
    (rest || total === 0) && `${rest}S`,
  ]
  return `PT${parts.filter(Boolean).join('')}`
}

/** Drops null fields, so that the data only says what is known. */
const known = (fields: JsonLd): JsonLd =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value != null))

function person(site: SiteInfo, ref: PersonRef): JsonLd {
  const sameAs = [externalUrl(ref.website), githubUrl(ref.github)].filter(Boolean)
  return known({
    '@type': 'Person',
    name: ref.name,
    url: pageUrl(site, `/people/${ref.slug}`),
    ...(sameAs.length > 0 && { sameAs }),
  })
}

/** The transcript as plain text: one paragraph a line, each after its speaker's name when known. */
export function transcriptText(transcript: TranscriptDocument): string {
  return transcript.paragraphs
    .map((paragraph) => {
      const speaker = paragraph.speaker === null ? null : transcript.speakers[paragraph.speaker]
      return speaker ? `${speaker.name}: ${paragraph.text}` : paragraph.text
    })
    .join('\n')
}

/**
 * schema.org gives `transcript` to AudioObject, not to PodcastEpisode: the text goes on
 * the episode's audio. It is escaped for the script element by jsonForScript.
 */
export function episodeJsonLd(
  site: SiteInfo,
  episode: EpisodeDocument,
  transcript: TranscriptDocument | null = null,
): JsonLd {
  const url = pageUrl(site, `/episodes/${episode.slug}`)
  const audio = absoluteUrl(site, episode.audioUrl)
  const image = episodeArtwork(episode)
  return known({
    '@context': context,
    '@type': 'PodcastEpisode',
    name: episode.title,
    url,
    datePublished: episode.publishedAt,
    timeRequired: isoDuration(episode.duration),
    duration: isoDuration(episode.duration),
    description: episode.description,
    image: image && absoluteUrl(site, image.url),
    partOfSeries: episode.show
      ? known({
          '@type': 'PodcastSeries',
          name: episode.show.name,
          url: pageUrl(site, `/shows/${episode.show.slug}`),
        })
      : known({ '@type': 'PodcastSeries', name: site.title, url: pageUrl(site, '/') }),
    associatedMedia: audio && {
      '@type': transcript ? 'AudioObject' : 'MediaObject',
      contentUrl: audio,
      encodingFormat: 'audio/mpeg',
      ...(episode.audioFileSize !== null && { contentSize: String(episode.audioFileSize) }),
      ...(transcript && { transcript: transcriptText(transcript) }),
    },
    actor: episode.guests.length > 0 ? episode.guests.map((guest) => person(site, guest)) : null,
    hasPart:
      episode.chapters.length > 0
        ? episode.chapters.map((chapter) =>
            known({
              '@type': 'Clip',
              name: chapter.title,
              startOffset: chapter.startTime,
              endOffset: chapter.endTime,
              url: url && `${url}?t=${Math.floor(chapter.startTime)}`,
            }),
          )
        : null,
  })
}

export function showJsonLd(site: SiteInfo, show: ShowFacet): JsonLd {
  const image = showArtwork(show.artwork, show.name)
  return known({
    '@context': context,
    '@type': 'PodcastSeries',
    name: show.name,
    description: show.description,
    url: pageUrl(site, `/shows/${show.slug}`),
    image: image && absoluteUrl(site, image.url),
    author: show.hosts.length > 0 ? show.hosts.map((host) => person(site, host)) : null,
  })
}

export function personJsonLd(site: SiteInfo, ref: PersonRef | PersonFacet): JsonLd {
  return { '@context': context, ...person(site, ref) }
}
