import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
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

interface AppProvidersProps {
  children: ReactNode
  /** A client of its own, for rendering pages at build time. */
  client?: QueryClient
  /** The address a page is rendered (or was prerendered) for, base included, without search. */
  ssrPath?: string
}

export function AppProviders({ children, client = queryClient, ssrPath }: AppProvidersProps) {
  // Hydration renders what the server rendered: its path and no search; the real ones follow.
  const ssr = ssrPath === undefined ? {} : { ssrPath, ssrSearch: '' }
  return (
    <QueryClientProvider client={client}>
      <Router base={base} {...ssr}>
        {children}
      </Router>
    </QueryClientProvider>
  )
}
