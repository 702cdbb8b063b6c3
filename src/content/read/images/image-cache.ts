import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Images the build downloaded, kept in a folder beside the catalog so that later
 * builds need not download them again (publishers commit it, like audio-sizes.json).
 * `index.json` maps each URL to its file, sorted so that it only changes when an
 * image does; the files are the bytes as downloaded.
 */
export const IMAGE_CACHE = 'image-cache'
const INDEX = 'index.json'

export class ImageCache {
  private readonly files = new Map<string, string>()
  private changed = false

  private constructor(private readonly folder: string) {}

  static async open(catalogDir: string): Promise<ImageCache> {
    const cache = new ImageCache(join(catalogDir, IMAGE_CACHE))
    try {
      const data = JSON.parse(await readFile(join(cache.folder, INDEX), 'utf8')) as unknown
      if (data && typeof data === 'object' && !Array.isArray(data)) {
        for (const [url, file] of Object.entries(data)) {
          if (typeof file === 'string' && /^[a-f0-9]{16}\.[a-z]+$/.test(file)) {
            cache.files.set(url, file)
          }
        }
      }
    } catch {
      // No cache yet, or a broken one: it is only a cache, the images are downloaded again.
    }
    return cache
  }

  /** The bytes kept for `url`, or null when there are none. */
  async get(url: string): Promise<Uint8Array | null> {
    const file = this.files.get(url)
    if (!file) return null
    try {
      return await readFile(join(this.folder, file))
    } catch {
      return null
    }
  }

  async put(url: string, bytes: Uint8Array, extension: string): Promise<void> {
    const name = `${createHash('sha256').update(url).digest('hex').slice(0, 16)}.${extension}`
    await mkdir(this.folder, { recursive: true })
    await writeFile(join(this.folder, name), bytes)
    this.files.set(url, name)
    this.changed = true
  }

  /** Writes the index when an image was added. */
  async save(): Promise<void> {
    if (!this.changed) return
    const sorted = [...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    await writeFile(
      join(this.folder, INDEX),
      `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`,
    )
    this.changed = false
  }
}
