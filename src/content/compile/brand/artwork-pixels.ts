import sharp from 'sharp'
import type { Pixels } from './artwork-colour.ts'

/** The artwork scaled down to 48 × 48 pixels (enough to find its colour), or null if unreadable. */
export async function artworkPixels(bytes: Uint8Array): Promise<Pixels | null> {
  try {
    const { data, info } = await sharp(bytes)
      .resize(48, 48, { fit: 'cover' })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    return info.channels === 4 ? { data: new Uint8Array(data), channels: 4 } : null
  } catch {
    return null
  }
}
