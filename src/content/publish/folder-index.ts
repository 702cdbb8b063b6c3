import { existsSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join, normalize, resolve } from 'node:path'

/**
 * A middleware that serves a folder's `index.html` for its address without the
 * trailing slash (`/episodes/<slug>` → `episodes/<slug>/index.html`), as static
 * hosts do, so that `vite preview` serves the prerendered pages instead of its
 * single-page fallback.
 */
export function folderIndex(outDir: string, base: string) {
  const root = resolve(outDir)
  return (req: IncomingMessage, _res: ServerResponse, next: () => void) => {
    const [path = '', query] = (req.url ?? '').split(/\?(.*)/s, 2)
    if (!path.startsWith(base) || path.endsWith('/') || /\.[^/]*$/.test(path)) return next()
    let relative: string
    try {
      relative = normalize(decodeURIComponent(path.slice(base.length)))
    } catch {
      return next()
    }
    const index = join(root, relative, 'index.html')
    if (index.startsWith(root) && existsSync(index)) {
      req.url = `${path}/index.html${query ? `?${query}` : ''}`
    }
    next()
  }
}
