import { QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Router } from 'wouter'
import { catalogKeys } from '../lib/api/catalog-queries.ts'
import { queryClient } from './query-client.ts'

// The dev server's content plugin announces edited episode files; refetch instead of reloading.
if (import.meta.hot) {
  import.meta.hot.on('catalog:update', () => {
    void queryClient.invalidateQueries({ queryKey: catalogKeys.all })
  })
}

const base = import.meta.env.BASE_URL.replace(/\/$/, '')

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Router base={base}>{children}</Router>
    </QueryClientProvider>
  )
}
