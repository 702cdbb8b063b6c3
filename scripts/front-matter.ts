import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { CORE_SCHEMA, load } from 'js-yaml'

/**
 * A deliberately plain front-matter reader for scripts (sample audio, the
 * benchmark's floor, tests). The compiler has its own, stricter one in
 * src/content; this one only needs well-formed files.
 */
export function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)
  if (!match) throw new Error('no front-matter between --- lines')
  // The core schema keeps dates as the ISO text the episode schema expects.
  const data = load(match[1] ?? '', { schema: CORE_SCHEMA })
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error('front-matter is not a mapping')
  }
  return { data: data as Record<string, unknown>, body: text.slice(match[0].length) }
}

/** Folders that site.yaml's `collections:` gives to people, technologies or shows. */
function collectionFolders(dir: string): string[] {
  let site: unknown
  try {
    site = load(readFileSync(join(dir, 'site.yaml'), 'utf8'), { schema: CORE_SCHEMA })
  } catch {
    return []
  }
  const collections = (site as { collections?: Record<string, unknown> } | null)?.collections ?? {}
  return ['people', 'technologies', 'shows']
    .map((kind) => collections[kind])
    .filter((path): path is string => typeof path === 'string' && !path.endsWith('.yaml'))
    .map((path) => `${relative(dir, join(dir, path))}${sep}`)
}

/**
 * Every `*.md` under `dir`, at any depth, as paths relative to `dir`, sorted;
 * the entry files of collections kept in folders are not episodes.
 */
export async function listEpisodeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const folders = collectionFolders(dir)
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((path) => !folders.some((folder) => path.startsWith(folder)))
    .sort()
}
