import { queryOptions } from '@tanstack/react-query'
import type { EpisodeTranscriptRef, TranscriptDocument } from '../../../content/documents.ts'
import { catalogKeys } from '../../../lib/api/catalog-queries.ts'
import { fetchJsonAt, NotFoundError } from '../../../lib/api/fetch-json.ts'

/** Under the catalog's key, so that refreshing the catalog refreshes transcripts too. */
export const transcriptKeys = {
  // `:` never appears in a slug, so this key cannot meet an episode's.
  document: (slug: string) => [...catalogKeys.all, ':transcript', slug] as const,
}

/** An episode's transcript document (`data/transcripts/<slug>.json`), immutable per build. */
export const transcriptQueryOptions = (slug: string, ref: Pick<EpisodeTranscriptRef, 'document'>) =>
  queryOptions({
    queryKey: transcriptKeys.document(slug),
    queryFn: ({ signal }) => fetchJsonAt<TranscriptDocument>(ref.document, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: (failures: number, error: Error) => !(error instanceof NotFoundError) && failures < 2,
  })
