import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { searchIndexQueryOptions } from '../../../lib/api/catalog-queries.ts'
import { type CatalogModel, optionName } from '../filters/catalog-model.ts'

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
  const engine = useMemo(() => {
    if (!engineModule || !index.data || !model) return null
    const episodes = model.episodes.map((episode) => ({
      slug: episode.slug,
      title: episode.title,
      guestNames: episode.guests.map((slug) => optionName(model, 'guests', slug)),
    }))
    return engineModule.createSearchEngine(episodes, index.data)
  }, [engineModule, index.data, model])
  return { engine, error: index.error, retry: index.refetch }
}
