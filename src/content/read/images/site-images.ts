import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { ImageDocument } from '../../documents.ts'
import { eachLimited } from '../each-limited.ts'
import type { ContentProblem } from '../problems.ts'
import { downloadImage } from './download-image.ts'
import { ImageCache } from './image-cache.ts'
import { isReadableImage, type Resized, resizeImage } from './resize-image.ts'

/** An image that an entry names, for the build to serve from the site. */
export interface ImageRequest {
  /** Where the result goes: `people/<slug>`, `shows/<slug>`, `episodes/<slug>`. */
  key: string
  /**
   * An absolute http(s) URL to download, a file to read, or the bytes of a file the
   * build publishes as it is at `original` (a show's artwork file, which feeds name).
   */
  origin: { url: string } | { file: string } | { bytes: Uint8Array; original: string }
  /** The largest size, in CSS pixels, that the pages show it at. */
  box: number
  /** How it fills its square: cropped (the default) or whole, for logos. */
  fit?: 'cover' | 'contain'
  /** File name stem of the published copies. */
  name: string
  alt: string
  /** How a warning names it, such as "the avatar of Jane Doe". */
  what: string
  /** What the pages show instead, for the warning: "the initials". */
  instead: string
  /** A warning placed at the field that named the image. */
  warn: (message: string) => ContentProblem
}

export interface SiteImageOptions {
  /** The catalog folder, where the cache folder lives. */
  catalogDir: string
  base: string
  /** Download images the cache does not hold (off: IMAGES_FETCH=0, and the dev server). */
  fetch: boolean
  timeoutMs?: number
  concurrency?: number
  maxBytes?: number
}

export interface SiteImages {
  images: Map<string, ImageDocument>
  /** Files to publish, by path under the site's root. */
  assets: Map<string, Uint8Array>
  problems: ContentProblem[]
  /** URLs the cache did not hold and that were not downloaded because downloading is off. */
  notFetched: string[]
  /** URLs downloaded by this run. */
  downloaded: string[]
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
}

// The dev server compiles again on every change: the same bytes are not resized twice.
const resized = new Map<string, Promise<Resized>>()
function resizeOnce(bytes: Uint8Array, request: ImageRequest, base: string, source: string | null) {
  const hash = createHash('sha256').update(bytes).digest('hex')
  const digest = JSON.stringify([
    request.name,
    request.box,
    request.alt,
    request.fit,
    base,
    source,
    hash,
  ])
  const found = resized.get(digest)
  if (found) return found
  const { name, box, alt, fit } = request
  const result = resizeImage(bytes, { name, box, alt, base, source, ...(fit && { fit }) })
  resized.set(digest, result)
  return result
}

async function fileBytes(file: string): Promise<Uint8Array | { error: string }> {
  try {
    return await readFile(file)
  } catch {
    return { error: `there is no file ${file}` }
  }
}

/**
 * Makes every requested image one the site serves: files are read, URLs come
 * from the cache folder or are downloaded once (a few at a time, with a short
 * timeout, into the cache), and each is resized for the pages. What cannot be
 * had is left out with a warning naming it and what to do.
 */
export async function resolveSiteImages(
  requests: readonly ImageRequest[],
  options: SiteImageOptions,
): Promise<SiteImages> {
  const result: SiteImages = {
    images: new Map(),
    assets: new Map(),
    problems: [],
    notFetched: [],
    downloaded: [],
  }
  if (requests.length === 0) return result
  const cache = await ImageCache.open(options.catalogDir)
  const bytes = new Map<string, Uint8Array | { error: string }>()
  const urls = [...new Set(requests.flatMap((r) => ('url' in r.origin ? [r.origin.url] : [])))]
  const toFetch: string[] = []
  for (const url of urls) {
    const cached = await cache.get(url)
    if (cached) bytes.set(url, cached)
    else if (options.fetch) toFetch.push(url)
    else result.notFetched.push(url)
  }
  const timeoutMs = options.timeoutMs ?? 5000
  const maxBytes = options.maxBytes ?? 10_000_000
  await eachLimited(toFetch, options.concurrency ?? 4, async (url) => {
    const download = await downloadImage(url, { timeoutMs, maxBytes })
    if ('error' in download) {
      bytes.set(url, download)
      return
    }
    // Only what sharp can read is kept: a cached file is always a usable image.
    if (!(await isReadableImage(download.bytes))) {
      bytes.set(url, { error: `it is ${download.type} that the build cannot read as an image` })
      return
    }
    bytes.set(url, download.bytes)
    await cache.put(url, download.bytes, EXTENSIONS[download.type] ?? 'img')
    result.downloaded.push(url)
  })
  await cache.save()
  await eachLimited(requests, 4, async (request) => {
    const { origin } = request
    const found =
      'url' in origin
        ? bytes.get(origin.url)
        : 'file' in origin
          ? await fileBytes(origin.file)
          : origin.bytes
    if (!found) return
    const source = 'url' in origin ? origin.url : 'original' in origin ? origin.original : null
    const made = 'error' in found ? found : await resizeOnce(found, request, options.base, source)
    if ('error' in made) {
      const from = 'url' in origin ? `downloaded from ${origin.url}` : 'used'
      result.problems.push(
        request.warn(
          `${request.what} could not be ${from}: ${made.error}; the pages show ${request.instead}. Fix the URL or the path, or put an image file beside the entry and name it here (such as ./avatar.png)`,
        ),
      )
      return
    }
    result.images.set(request.key, made.image)
    for (const asset of made.assets) result.assets.set(asset.path, asset.content)
  })
  return result
}
