import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { ImageDocument } from '../../documents.ts'
import { type Asset, publishImage } from '../../read/images/image-file.ts'
import type { EntrySource } from '../../read/raw-entry.ts'
import { isSafeLink, withBase } from '../../read/urls.ts'
import type { FieldPath } from '../../read/yaml/yaml-locator.ts'
import type { ShowEntry, TechnologyEntry } from '../schema.ts'
import { isLinkableUrl } from '../schema.ts'

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
): ImageDocument | RemoteArtwork | null {
  const alt = `${entry.name.trim()} logo`
  const icon = entry.icon?.trim()
  if (icon && isSafeLink(icon)) return { remote: icon, alt, path: ['icon'] }
  if (icon) return fromFile(context, source, ['icon'], { value: icon, slug, alt })
  const isEntryFile = source.prefix.length === 0
  const flag = entry.logos?.icon
  if (!isEntryFile || flag === false) return null
  if (flag !== true && !existsSync(join(source.folder, 'icon.svg'))) return null
  return fromFile(context, source, ['logos', 'icon'], { value: './icon.svg', slug, alt })
}

/** An image on another host, which the build downloads: its URL and the field naming it. */
export interface RemoteArtwork {
  remote: string
  alt: string
  path: FieldPath
}

/**
 * A show's artwork: its `cover.image`, else `podcast.artworkUrl`, else `artwork`.
 * An absolute URL is returned as remote, for the build to download.
 */
export function showArtwork(
  context: ImageContext,
  slug: string,
  entry: ShowEntry,
  source: EntrySource,
): ImageDocument | RemoteArtwork | null {
  const alt = entry.cover?.alt?.trim() || entry.name.trim()
  const cover = entry.cover?.image?.trim()
  if (cover && isSafeLink(cover)) return { remote: cover, alt, path: ['cover', 'image'] }
  if (cover) return fromFile(context, source, ['cover', 'image'], { value: cover, slug, alt })
  const artworkUrl = entry.podcast?.artworkUrl?.trim()
  if (artworkUrl) {
    if (isSafeLink(artworkUrl)) return { remote: artworkUrl, alt, path: ['podcast', 'artworkUrl'] }
    context.warn(
      source,
      ['podcast', 'artworkUrl'],
      'is not an absolute http(s) URL, so it was left out: write it like https://example.com/artwork.png',
    )
  }
  const artwork = entry.artwork?.trim()
  if (!artwork) return null
  if (isSafeLink(artwork)) return { remote: artwork, alt, path: ['artwork'] }
  if (isLinkableUrl(artwork)) {
    const url = withBase(artwork, context.base)
    return { url, url2x: null, alt, width: null, height: null, type: null, source: null }
  }
  context.warn(
    source,
    ['artwork'],
    'is not an http(s) URL or a root-relative path, so it was left out: write it like /artwork/show.png',
  )
  return null
}
