/**
 * Every build writes the parts of its static indexes under a folder named by
 * the build (`data/browse/<build>/…`, `data/search/<build>/…`); only each
 * index's entry part (its `meta.json`) keeps a fixed address, and names that
 * folder. A page left open across a deploy so keeps reading the parts of the
 * build it started with, never a mix of two, and the parts can be cached for good.
 */

const INDEXES = ['data/browse/', 'data/search/'] as const

/** The entry part of the index holding `path`, or null when `path` is no other part of an index. */
export function entryPartOf(path: string): string | null {
  const root = INDEXES.find((folder) => path.startsWith(folder))
  if (!root) return null
  const entry = `${root}meta.json`
  return path === entry ? null : entry
}

/** Where the build `build` writes the part known as `path` (an entry part stays where it is). */
export function partPathIn(path: string, build: string): string {
  const root = entryPartOf(path) === null ? null : INDEXES.find((folder) => path.startsWith(folder))
  return root ? `${root}${build}/${path.slice(root.length)}` : path
}

/** The build an entry part names, or null for one written before parts were kept per build. */
export function buildOf(entryText: string): string | null {
  const { build } = JSON.parse(entryText) as { build?: unknown }
  return typeof build === 'string' && /^[0-9a-z]+$/.test(build) ? build : null
}

/** An entry part's text with the build it names. */
export function withBuild(entryText: string, build: string): string {
  return JSON.stringify({ ...(JSON.parse(entryText) as object), build })
}
