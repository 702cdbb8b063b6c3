import { readdir } from 'node:fs/promises'
import { sep } from 'node:path'
import { compareText } from './problems.ts'

/**
 * Every `*.md` under the folder, at any depth, as paths relative to it with
 * forward slashes, in a stable order; hidden folders are skipped.
 */
export async function listEpisodeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true })
  return entries
    .filter((path) => path.endsWith('.md') && !path.split(sep).some((part) => part.startsWith('.')))
    .map((path) => path.split(sep).join('/'))
    .sort(compareText)
}
