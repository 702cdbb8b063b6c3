import { readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
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

/** Every `*.md` under `dir`, at any depth, as paths relative to `dir`, sorted. */
export async function listEpisodeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}
