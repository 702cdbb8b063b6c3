import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename, extname, relative, resolve, sep } from 'node:path'
import { imageSize } from 'image-size'
import type { ImageDocument } from '../../documents.ts'
import { slugify } from '../slugs.ts'
import { isSafeLink, withBase } from '../urls.ts'

/** A file the build publishes as it is: path under the site's root, and its bytes. */
export interface Asset {
  path: string
  content: Uint8Array
}

export type ImageResult =
  | { ok: true; image: ImageDocument; asset: Asset | null; file: string | null }
  | { ok: false; message: string; file: string | null }

const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
}
const ACCEPTED = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg']

/**
 * An image an entry names: an http(s) URL or a root-relative path is used as
 * it is; a path relative to the entry's folder is read, checked and published
 * under a content-hashed name (`assets/content/<slug>-<name>-<hash8>.<ext>`),
 * with its pixel size. A missing or unreadable file is a result, not a throw.
 */
export function publishImage(options: {
  value: string
  folder: string
  /** Files outside this folder are never published. */
  root: string
  slug: string
  alt: string
  base: string
}): ImageResult {
  const { value, folder, root, slug, alt, base } = options
  const trimmed = value.trim()
  if (isSafeLink(trimmed) || /^\/(?![/\\])\S*$/.test(trimmed)) {
    const image = {
      url: withBase(trimmed, base),
      url2x: null,
      alt,
      width: null,
      height: null,
      type: null,
      source: null,
    }
    return { ok: true, image, asset: null, file: null }
  }
  const path = resolve(folder, trimmed)
  const inside = relative(resolve(root), path)
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || inside.startsWith('..') || inside.startsWith(sep)) {
    return {
      ok: false,
      file: null,
      message:
        'is neither an image file beside the entry nor an http(s) URL, so it was left out: write it like ./cover.png',
    }
  }
  const extension = extname(path).slice(1).toLowerCase()
  if (!ACCEPTED.includes(extension)) {
    return {
      ok: false,
      file: path,
      message: `is not a PNG, JPEG, GIF, WebP, AVIF or SVG file, so it was left out`,
    }
  }
  let content: Buffer
  try {
    content = readFileSync(path)
  } catch {
    return {
      ok: false,
      file: path,
      message: `names ${trimmed}, which does not exist, so no image is shown: add the file or fix the path`,
    }
  }
  let size: { width?: number; height?: number; type?: string }
  try {
    size = imageSize(content)
  } catch {
    return {
      ok: false,
      file: path,
      message: `names ${trimmed}, which is not an image the build can read, so no image is shown: save it again as PNG, JPEG or SVG`,
    }
  }
  // The bytes decide the type (image-size reports AVIF as heif); the extension is a fallback.
  const detected = size.type === 'heif' ? 'avif' : (size.type ?? '')
  const kind = detected in TYPES ? detected : extension === 'jpeg' ? 'jpg' : extension
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 8)
  const name = slugify(basename(path, extname(path))) || 'image'
  const assetPath = `assets/content/${slug}-${name}-${hash}.${kind}`
  return {
    ok: true,
    file: path,
    image: {
      url: withBase(`/${assetPath}`, base),
      url2x: null,
      alt,
      width: size.width ?? null,
      height: size.height ?? null,
      type: TYPES[kind] ?? null,
      source: null,
    },
    asset: { path: assetPath, content },
  }
}
