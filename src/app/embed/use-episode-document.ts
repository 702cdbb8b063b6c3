import { useEffect, useState } from 'react'
import type { EpisodeDocument } from '../../content/documents.ts'
import { fetchJson, NotFoundError } from '../../lib/api/fetch-json.ts'

export type EpisodeLoad =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed' }
  | { state: 'ready'; episode: EpisodeDocument }

/** The one document the embed needs: `data/episodes/<slug>.json`, never the catalog index. */
export function useEpisodeDocument(slug: string | null): EpisodeLoad {
  const [load, setLoad] = useState<EpisodeLoad>({ state: slug ? 'loading' : 'missing' })
  useEffect(() => {
    if (!slug) return
    const controller = new AbortController()
    fetchJson<EpisodeDocument>(`episodes/${encodeURIComponent(slug)}.json`, controller.signal).then(
      (episode) => setLoad({ state: 'ready', episode }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        setLoad({ state: error instanceof NotFoundError ? 'missing' : 'failed' })
      },
    )
    return () => controller.abort()
  }, [slug])
  return load
}
