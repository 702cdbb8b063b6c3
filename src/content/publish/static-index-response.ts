import { browsePaths } from '../../lib/browse-index/browse-index-layout.ts'
import type { CompileResult } from '../compile/compile-catalog.ts'
import { pathUnder } from './dev-catalog.ts'
import { pageSource } from './page-source.ts'
import { STATIC_INDEX_FOLDERS, staticIndexFiles } from './static-index.ts'

/** A part's path under some build's folder: the index's folder, then the build's name. */
const PAST_BUILD = /^(data\/(?:browse|search)\/)[0-9a-f]{12}\//

/** The build the files are written under, as their browse entry part names it. */
function buildOf(files: ReadonlyMap<string, string | Uint8Array>): string {
  return String(JSON.parse(String(files.get(browsePaths.meta) ?? '{}')).build)
}

export interface StaticIndexResponse {
  status: 200 | 404
  type: string
  body: string | Uint8Array
}

/** The path under the site's root that `url` asks for, when it is a part of the static index. */
function indexPathOf(url: string, base: string): string | null {
  const path = pathUnder(url, base)
  return path && STATIC_INDEX_FOLDERS.some((folder) => path.startsWith(folder)) ? path : null
}

/**
 * Serves the static index from memory in dev, built once per compile when a
 * part is first asked for: what a build writes, at the same addresses.
 */
export function staticIndexServer(current: () => CompileResult | null, base: string) {
  let built: { of: CompileResult; files: Map<string, string | Uint8Array> } | null = null
  const filesOf = (result: CompileResult) => {
    if (built?.of !== result) {
      const files = new Map<string, string | Uint8Array>()
      for (const file of staticIndexFiles(pageSource(result.documents))) {
        files.set(file.path, file.content)
      }
      built = { of: result, files }
    }
    return built.files
  }
  return (url: string): StaticIndexResponse | null => {
    const path = indexPathOf(url, base)
    const result = current()
    if (!path || !result) return null
    const files = filesOf(result)
    // The open page refetches every part when the catalog changes, in no set order: one may
    // still name the build just replaced. Dev serves the current one, not a 404 for it.
    const body = files.get(path) ?? files.get(path.replace(PAST_BUILD, `$1${buildOf(files)}/`))
    if (body === undefined) {
      const error = JSON.stringify({ error: `No such part of the index: ${path}` })
      return { status: 404, type: 'application/json; charset=utf-8', body: error }
    }
    const type = path.endsWith('.json')
      ? 'application/json; charset=utf-8'
      : 'application/octet-stream'
    return { status: 200, type, body }
  }
}
