import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { EmbedApp } from './embed-app.tsx'
import { embedSlugFromPath, parseEmbedParams } from './embed-params.ts'
import './embed.css'
import 'virtual:site-theme.css'

const root = document.getElementById('root')
if (!root) throw new Error('embed.html has no #root element')

const params = parseEmbedParams(window.location.search)
document.documentElement.dataset.theme = params.theme

createRoot(root).render(
  <StrictMode>
    <EmbedApp
      slug={embedSlugFromPath(window.location.pathname, import.meta.env.BASE_URL)}
      params={params}
    />
  </StrictMode>,
)
