import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { fetchJsonAt } from '../lib/api/fetch-json.ts'
import { fetchPageQueries, readPageData, seedQueries } from './page-data.ts'
import { AppProviders } from './providers.tsx'
import { queryClient } from './query-client.ts'
import { slotsShownAt } from './routes/page-slots.tsx'
import { AppRoutes } from './routes.tsx'
import './styles.css'
import 'virtual:site-theme.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// A prerendered page carries the documents it was rendered from (but a transcript,
// which it names): the app takes over its HTML with them. The dev server's page has neither.
const page = readPageData(document)
if (page) seedQueries(queryClient, page)

const app = (ssrPath?: string) => (
  <StrictMode>
    <AppProviders {...(ssrPath === undefined ? {} : { ssrPath })}>
      <AppRoutes />
    </AppProviders>
  </StrictMode>
)

if (page && root.firstElementChild) {
  // The page's own code first (the home page's bundle leaves it out), so that the app
  // takes over the whole page at once and no press meets a page not yet alive.
  const path = page.path.slice(import.meta.env.BASE_URL.length - 1)
  const code = Promise.all(slotsShownAt(path).map((slot) => slot.preload()))
  const documents = fetchPageQueries(queryClient, page, fetchJsonAt)
  const hydrate = () => hydrateRoot(root, app(page.path))
  Promise.all([code, documents]).then(hydrate, hydrate)
} else createRoot(root).render(app())
