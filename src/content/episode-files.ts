import { readdir, readFile } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { compareText } from './problems.ts'

/** Every `*.md` under the folder, at any depth, in a stable order; hidden folders are skipped. */
export async function listEpisodeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true })
  return entries
    .filter((path) => path.endsWith('.md') && !path.split(sep).some((part) => part.startsWith('.')))
    .sort(compareText)
    .map((path) => join(dir, path))
}

/** Reads files with a bounded number in flight, keeping their order. */
export async function readFiles(paths: readonly string[], concurrency = 64): Promise<Uint8Array[]> {
  const contents: Uint8Array[] = new Array(paths.length)
  let next = 0
  const worker = async () => {
    while (next < paths.length) {
      const index = next++
      contents[index] = await readFile(paths[index] ?? '')
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker))
  return contents
}
