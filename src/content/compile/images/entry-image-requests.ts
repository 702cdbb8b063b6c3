import { relative, resolve, sep } from 'node:path'
import type { ImageRequest } from '../../read/images/site-images.ts'
import type { ContentProblem } from '../../read/problems.ts'
import type { EntrySource } from '../../read/raw-entry.ts'
import { locateField } from '../../read/raw-entry.ts'
import { isSafeLink } from '../../read/urls.ts'
import { type FieldPath, formatFieldPath } from '../../read/yaml/yaml-locator.ts'
import { githubAvatar, githubProfile } from '../people.ts'
import type { PersonEntry } from '../schema.ts'

/** The largest avatar the pages show (a person's page), in CSS pixels. */
export const AVATAR_BOX = 96
/** The largest artwork the pages show (a show's page), in CSS pixels. */
export const ARTWORK_BOX = 160
/** The largest technology icon the pages show (a technology's page), in CSS pixels. */
export const ICON_BOX = 64

export const warningAt =
  (source: EntrySource, path: FieldPath) =>
  (message: string): ContentProblem => ({
    severity: 'warning',
    file: source.file,
    ...locateField(source, path),
    field: formatFieldPath([...source.prefix, ...path]),
    message,
  })

/**
 * Where an image field points: an absolute http(s) URL, or a file relative to
 * the entry's folder inside `root`. Null (with the reason) for anything else.
 */
export function imageOrigin(
  value: string,
  folder: string,
  root: string,
): { url: string } | { file: string } | { error: string } {
  const trimmed = value.trim()
  if (isSafeLink(trimmed)) return { url: trimmed }
  const file = resolve(folder, trimmed)
  const inside = relative(resolve(root), file)
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || inside.startsWith('..') || inside.startsWith(sep)) {
    return {
      error:
        'is neither an image file beside the entry nor an http(s) URL, so it was left out: write it like ./image.png or https://example.com/image.png',
    }
  }
  return { file }
}

/**
 * A person's avatar: their `avatar` (or `image`) field, a URL or a file beside
 * the entry, else their GitHub user's picture. Null when they have neither.
 */
export function avatarRequest(
  slug: string,
  entry: PersonEntry,
  source: EntrySource,
  root: string,
  problems: ContentProblem[],
): ImageRequest | null {
  const field = entry.avatar !== undefined ? 'avatar' : entry.image !== undefined ? 'image' : null
  const name = entry.name.trim()
  const common = {
    key: `people/${slug}`,
    box: AVATAR_BOX,
    name: slug,
    alt: `Avatar of ${name}`,
    what: `The avatar of ${name}`,
    instead: 'the initials',
  }
  if (field) {
    const origin = imageOrigin(entry[field] ?? '', source.folder, root)
    if (!('error' in origin)) return { ...common, origin, warn: warningAt(source, [field]) }
    problems.push(warningAt(source, [field])(origin.error))
    return null
  }
  const profile = entry.github && githubProfile(entry.github)
  const url = profile && githubAvatar(profile)
  return url ? { ...common, origin: { url }, warn: warningAt(source, ['github']) } : null
}
