import type { CompileResult } from '../compile/compile-catalog.ts'
import { pathUnder } from './dev-catalog.ts'
import { pageSource } from './page-source.ts'
import { STATIC_INDEX_FOLDERS, staticIndexFiles } from './static-index.ts'

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
    const body = filesOf(result).get(path)
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
