import { QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToStaticMarkup, renderToString } from 'react-dom/server'
import type { PageRoute, PageSource, RenderedPage } from '../../content/publish/page-routes.ts'
import { PAGE_DATA_ID, type PageData } from '../page-data.ts'
import { AppProviders } from '../providers.tsx'
import { AppRoutes } from '../routes.tsx'
import { renderSlotsEagerly } from './eager-slots.ts'
import { HeadTags } from './head-tags.tsx'
import { jsonForScript } from './json-for-script.ts'
import { pageHead } from './page-head.ts'
import { fetchedPageQueries, pageQueries } from './page-queries.ts'

renderSlotsEagerly()

const base = import.meta.env.BASE_URL.replace(/\/$/, '')

/**
 * Renders one page at build time, the way the browser will hydrate it: the
 * app with its documents already in a fresh query cache, its head tags, and
 * those documents as JSON for the browser to start from.
 */
export function renderPage(route: PageRoute, source: PageSource): RenderedPage {
  const queries = pageQueries(route, source)
  const fetched = fetchedPageQueries(route, source)
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } })
  for (const [key, data] of queries) client.setQueryData(key, data)
  for (const { key, data } of fetched) client.setQueryData(key, data)
  const data: PageData = {
    path: `${base}${route.path}`,
    queries,
    ...(fetched.length > 0 && { fetched: fetched.map(({ key, url }) => [key, url]) }),
  }
  const body = renderToString(
    <StrictMode>
      <AppProviders client={client} ssrPath={data.path}>
        <AppRoutes />
      </AppProviders>
    </StrictMode>,
  )
  client.clear()
  const head = renderToStaticMarkup(
    <>
      <HeadTags head={pageHead(route, source)} site={source.catalog.site} />
      {fetched.map(({ url }) => (
        // As the app's fetch asks for it (same-origin credentials), so that it is used.
        <link key={url} rel="preload" href={url} as="fetch" crossOrigin="anonymous" />
      ))}
    </>,
  )
  const script = renderToStaticMarkup(
    <script
      type="application/json"
      id={PAGE_DATA_ID}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with <, > and & escaped
      dangerouslySetInnerHTML={{ __html: jsonForScript(data) }}
    />,
  )
  return { head, body, data: script }
}
