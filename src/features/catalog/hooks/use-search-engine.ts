import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { searchIndexQueryOptions } from '../../../lib/api/catalog-queries.ts'
import { type CatalogModel, optionName } from '../filters/catalog-model.ts'
import type { SearchEngine } from '../search/search-engine.ts'

type EngineModule = typeof import('../search/search-engine.ts')

/**
 * Loads the search code and index only once `wanted` (the box was focused or
 * the URL holds a query), so neither weighs on the first page load.
 */
export function useSearchEngine(model: CatalogModel | undefined, wanted: boolean) {
  const index = useQuery({ ...searchIndexQueryOptions(), enabled: wanted })
  const [engineModule, setEngineModule] = useState<EngineModule | null>(null)
  useEffect(() => {
    if (!wanted || engineModule) return
    let live = true
    void import('../search/search-engine.ts').then((loaded) => {
      if (live) setEngineModule(loaded)
    })
    return () => {
      live = false
    }
  }, [wanted, engineModule])
  // Kept with the catalog it indexes: a refetched catalog must not be searched with the old index.
  const [built, setBuilt] = useState<{ model: CatalogModel; engine: SearchEngine } | null>(null)
  useEffect(() => {
    if (!engineModule || !index.data || !model) return
    const build = new AbortController()
    const episodes = model.episodes.map((episode) => ({
      slug: episode.slug,
      title: episode.title,
      guestNames: episode.guests.map((slug) => optionName(model, 'guests', slug)),
    }))
    engineModule.createSearchEngine(episodes, index.data, build.signal).then(
      (engine) => {
        if (!build.signal.aborted) setBuilt({ model, engine })
      },
      () => {
        // Aborted: a newer catalog or index is being indexed instead.
      },
    )
    return () => build.abort()
  }, [engineModule, index.data, model])
  const engine = built && built.model === model ? built.engine : null
  return { engine, error: index.error, retry: index.refetch }
}
