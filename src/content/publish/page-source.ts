import type { CatalogIndex, EpisodeDocument, TranscriptDocument } from '../documents.ts'
import type { PageSource } from './page-routes.ts'

/** The compiled documents (`path` → JSON text) as the page renderer reads them. */
export function pageSource(documents: ReadonlyMap<string, string>): PageSource {
  const read = <T>(path: string): T => {
    const text = documents.get(path)
    if (text === undefined) throw new Error(`No compiled document ${path}`)
    return JSON.parse(text) as T
  }
  return {
    catalog: read<CatalogIndex>('episodes.json'),
    episode: (slug) => read<EpisodeDocument>(`episodes/${slug}.json`),
    entry: (kind, slug) => {
      const text = documents.get(`${kind}/${slug}.json`)
      return text === undefined ? undefined : JSON.parse(text)
    },
    transcript: (slug) => {
      const text = documents.get(`transcripts/${slug}.json`)
      return text === undefined ? undefined : (JSON.parse(text) as TranscriptDocument)
    },
  }
}
