import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeWhole } from './write-whole.ts'

/**
 * What the import wrote, kept in `.import/manifest.json` in the catalog folder:
 * the hash of each file as written (to tell a file the publisher has edited
 * since) and the file of each guid (to update an episode, never duplicate it).
 */
export interface Manifest {
  files: Record<string, string>
  episodes: Record<string, string>
}

export const MANIFEST_PATH = '.import/manifest.json'

export const hashOf = (content: string | Uint8Array): string =>
  createHash('sha256').update(content).digest('hex')

export async function readManifest(dir: string): Promise<Manifest> {
  try {
    const text = await readFile(join(dir, MANIFEST_PATH), 'utf8')
    const parsed = JSON.parse(text) as Partial<Manifest>
    return { files: parsed.files ?? {}, episodes: parsed.episodes ?? {} }
  } catch {
    return { files: {}, episodes: {} }
  }
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeWhole(join(dir, MANIFEST_PATH), `${JSON.stringify(manifest, null, 2)}\n`)
}
