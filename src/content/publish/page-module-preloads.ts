import type { Rollup } from 'vite'
import type { PageRoute } from './page-routes.ts'

/**
 * The route modules whose code a prerendered page of each kind loads before the app
 * takes it over (as `slotsShownAt` in src/app/routes/page-slots.tsx lists them).
 */
export const PAGE_MODULES: Partial<Record<PageRoute['kind'], readonly string[]>> = {
  episode: ['src/app/routes/episode-page.tsx', 'src/app/routes/episode-transcript.tsx'],
  person: ['src/app/routes/person-page.tsx'],
  technology: ['src/app/routes/technology-page.tsx'],
  show: ['src/app/routes/show-page.tsx'],
  'collection-list-page': ['src/app/routes/collection-list-page.tsx'],
}

type Chunk = Rollup.OutputChunk

/** A chunk's file and every file it imports statically, at any depth. */
function withImports(chunk: Chunk, chunks: ReadonlyMap<string, Chunk>, into: Set<string>) {
  if (into.has(chunk.fileName)) return into
  into.add(chunk.fileName)
  for (const file of chunk.imports) {
    const imported = chunks.get(file)
    if (imported) withImports(imported, chunks, into)
  }
  return into
}

/**
 * For each page kind, the code files its page needs beyond what the entry already loads:
 * listed in the page's head as module preloads, they download while the HTML is read,
 * not one after the other once the entry has run.
 */
export function pageModulePreloads(
  bundle: Rollup.OutputBundle,
  root: string,
): Map<PageRoute['kind'], string[]> {
  const chunks = new Map<string, Chunk>()
  for (const output of Object.values(bundle)) {
    if (output.type === 'chunk') chunks.set(output.fileName, output)
  }
  const loaded = new Set<string>()
  for (const chunk of chunks.values()) if (chunk.isEntry) withImports(chunk, chunks, loaded)
  const prefix = `${root.replace(/\/$/, '')}/`
  const chunkOf = (module: string) =>
    [...chunks.values()].find((chunk) => chunk.facadeModuleId === `${prefix}${module}`)
  const preloads = new Map<PageRoute['kind'], string[]>()
  for (const [kind, modules] of Object.entries(PAGE_MODULES)) {
    const files = new Set<string>()
    for (const module of modules) {
      const chunk = chunkOf(module)
      if (chunk) withImports(chunk, chunks, files)
    }
    preloads.set(
      kind as PageRoute['kind'],
      [...files].filter((file) => !loaded.has(file)),
    )
  }
  return preloads
}

/** The `<link rel="modulepreload">` tags for these files under the base path. */
export function modulePreloadTags(files: readonly string[], base: string): string {
  return files
    .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`)
    .join('')
}
