import { createHash } from 'node:crypto'
import sharp from 'sharp'
import type { ImageDocument } from '../../documents.ts'
import { withBase } from '../urls.ts'
import type { Asset } from './image-file.ts'

export interface ResizeOptions {
  /** File name stem, such as the person's slug. */
  name: string
  /** The largest size, in CSS pixels, that a page shows the image at. */
  box: number
  alt: string
  base: string
  /**
   * The absolute URL it was downloaded from, or the site URL of the original file when
   * the build publishes that too; null when only the resized copies are published.
   */
  source: string | null
  /** `cover` crops to the square (avatars, artwork); `contain` fits a logo whole, on transparency. */
  fit?: 'cover' | 'contain'
}

export type Resized = { image: ImageDocument; assets: Asset[] } | { error: string }

async function square(bytes: Uint8Array, side: number, options: ResizeOptions): Promise<Asset> {
  const { name, fit = 'cover' } = options
  const content = await sharp(bytes, { animated: false })
    .rotate()
    .resize(side, side, { fit, background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .webp({ quality: 80 })
    .toBuffer()
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 8)
  return { path: `assets/images/${name}-${side}-${hash}.webp`, content }
}

/** True when sharp can read the bytes as an image. */
export async function isReadableImage(bytes: Uint8Array): Promise<boolean> {
  try {
    const { width, height } = await sharp(bytes).metadata()
    return width > 0 && height > 0
  } catch {
    return false
  }
}

/**
 * An image cut to a square `box` pixels wide and one twice as wide for
 * high-density screens (never larger than the original), as WebP files under
 * content-hashed names. Anything sharp cannot read is an error result.
 */
export async function resizeImage(bytes: Uint8Array, options: ResizeOptions): Promise<Resized> {
  let side: number
  let sourceSize: { sourceWidth: number; sourceHeight: number }
  try {
    const { width, height } = await sharp(bytes).metadata()
    side = options.fit === 'contain' ? Math.max(width, height) : Math.min(width, height)
    sourceSize = { sourceWidth: width, sourceHeight: height }
  } catch {
    return { error: 'it is not an image the build can read (PNG, JPEG, GIF, WebP, AVIF or SVG)' }
  }
  const one = Math.min(options.box, side)
  const two = Math.min(options.box * 2, side)
  try {
    const assets = [await square(bytes, one, options)]
    if (two > one) assets.push(await square(bytes, two, options))
    const [first, second] = assets.map((asset) => withBase(`/${asset.path}`, options.base))
    const image: ImageDocument = {
      url: first ?? '',
      url2x: second ?? null,
      alt: options.alt,
      width: one,
      height: one,
      type: 'image/webp',
      source: options.source,
      ...(options.source !== null && sourceSize),
    }
    return { image, assets }
  } catch (error) {
    return { error: `it could not be resized (${(error as Error).message})` }
  }
}
