import type { EpisodeDocument, TranscriptDocument } from '../../../src/content/documents.ts'
import type { PageSource } from '../../../src/content/publish/page-routes.ts'
import { fixtureCatalog } from '../catalog/catalog-fixture.ts'

/** An episode document with audio, chapters and a transcript, as the build writes it. */
export function episodeWithTranscript(slug: string, duration: number): EpisodeDocument {
  return {
    id: slug,
    slug,
    title: `Episode ${slug}`,
    subtitle: null,
    description: '',
    descriptionHtml: '<p>About it.</p>',
    showNotes: '',
    showNotesHtml: '',
    publishedAt: '2025-01-01T00:00:00Z',
    duration,
    type: null,
    category: null,
    episode: null,
    season: null,
    episodeType: null,
    explicit: null,
    image: null,
    audioUrl: `/audio/${slug}.mp3`,
    audioFileSize: null,
    show: null,
    guests: [],
    technologies: [],
    chapters: [{ startTime: 0, endTime: duration, title: 'Start' }],
    transcript: {
      document: `/data/transcripts/${slug}.json`,
      files: [
        { url: `/episodes/${slug}/transcript.vtt`, type: 'text/vtt', language: 'en' },
        { url: `/episodes/${slug}/transcript.json`, type: 'application/json', language: 'en' },
      ],
      words: 0,
    },
  }
}

/** What the page renderer reads for one episode page with this transcript. */
export function transcriptPageSource(
  episode: EpisodeDocument,
  transcript: TranscriptDocument | undefined,
): PageSource {
  const catalog = fixtureCatalog()
  return {
    catalog,
    home: { site: catalog.site, shows: [] },
    episode: () => episode,
    entry: () => undefined,
    transcript: () => transcript,
    indexPart: () => undefined,
    collection: () => ({ total: 0, items: [] }),
  }
}
