import { compileCatalog } from '../../src/content/compile/compile-catalog.ts'
import type { CatalogIndex } from '../../src/content/documents.ts'

/**
 * The catalog index of the folder `dir`, compiled as a build compiles it: the build
 * reads it and does not publish it, so tests that check the site against the
 * catalog compile it themselves.
 */
export async function compileCatalogIndex(dir: string): Promise<CatalogIndex> {
  const result = await compileCatalog({
    dir,
    includeScheduled: false,
    threads: 1,
    fetchTranscripts: false,
    transcripts: false,
  })
  const text = result.documents.get('episodes.json')
  if (text === undefined) throw new Error(`${dir} compiled to no catalog index`)
  return JSON.parse(text) as CatalogIndex
}
