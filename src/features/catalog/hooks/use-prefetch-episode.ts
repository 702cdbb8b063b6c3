import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { episodeQueryOptions } from '../../../lib/api/catalog-queries.ts'

/** Starts loading an episode's document when the listener shows interest in its card. */
export function usePrefetchEpisode(slug: string) {
  const queryClient = useQueryClient()
  return useCallback(() => {
    void queryClient.prefetchQuery(episodeQueryOptions(slug))
  }, [queryClient, slug])
}
