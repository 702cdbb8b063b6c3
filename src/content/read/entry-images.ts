import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { ImageDocument } from '../documents.ts'
import type { ShowEntry, TechnologyEntry } from '../schema.ts'
import { isLinkableUrl } from '../schema.ts'
import { isSafeLink, withBase } from '../urls.ts'
import type { FieldPath } from '../yaml-locator.ts'
import { type Asset, publishImage } from './images.ts'
import type { EntrySource } from './raw-entry.ts'

export interface ImageContext {
  base: string
  /** Folder whose files entries may publish. */
  root: string
  warn: (source: EntrySource, path: FieldPath, message: string) => void
  publish: (asset: Asset, file: string | null) => void
}

function fromFile(
  context: ImageContext,
  source: EntrySource,
  path: FieldPath,
  options: { value: string; slug: string; alt: string },
): ImageDocument | null {
  const result = publishImage({
    ...options,
    folder: source.folder,
    root: context.root,
    base: context.base,
  })
  if (!result.ok) {
    context.warn(source, path, result.message)
    return null
  }
  if (result.asset) context.publish(result.asset, result.file)
  return result.image
}

/**
 * A technology's icon: its `icon:` path, else the `icon.svg` beside an entry
 * file (unless `logos.icon` is false). Missing files are warnings only where the
 * entry says it has one.
 */
export function technologyIcon(
  context: ImageContext,
  slug: string,
  entry: TechnologyEntry,
  source: EntrySource,
): ImageDocument | null {
  const alt = `${entry.name.trim()} logo`
  if (entry.icon) return fromFile(context, source, ['icon'], { value: entry.icon, slug, alt })
  const isEntryFile = source.prefix.length === 0
  const flag = entry.logos?.icon
  if (!isEntryFile || flag === false) return null
  if (flag !== true && !existsSync(join(source.folder, 'icon.svg'))) return null
  return fromFile(context, source, ['logos', 'icon'], { value: './icon.svg', slug, alt })
}

/** A show's artwork: its `cover.image`, else `podcast.artworkUrl`, else `artwork`. */
export function showArtwork(
  context: ImageContext,
  slug: string,
  entry: ShowEntry,
  source: EntrySource,
): ImageDocument | null {
  const alt = entry.cover?.alt?.trim() || entry.name.trim()
  if (entry.cover?.image) {
    return fromFile(context, source, ['cover', 'image'], { value: entry.cover.image, slug, alt })
  }
  const url = (value: string) => ({ url: value, alt, width: null, height: null, type: null })
  const artworkUrl = entry.podcast?.artworkUrl?.trim()
  if (artworkUrl) {
    if (isSafeLink(artworkUrl)) return url(artworkUrl)
    context.warn(
      source,
      ['podcast', 'artworkUrl'],
      'is not an absolute http(s) URL, so it was left out: write it like https://example.com/artwork.png',
    )
  }
  const artwork = entry.artwork?.trim()
  if (!artwork) return null
  if (isLinkableUrl(artwork)) return url(withBase(artwork, context.base))
  context.warn(
    source,
    ['artwork'],
    'is not an http(s) URL or a root-relative path, so it was left out: write it like /artwork/show.png',
  )
  return null
}
