import { slugify } from '../content/read/slugs.ts'

const MAX_LENGTH = 60

/** A slug of at most 60 characters, cut at a hyphen. */
export function shortSlug(text: string): string {
  const slug = slugify(text)
  if (slug.length <= MAX_LENGTH) return slug
  const cut = slug.slice(0, MAX_LENGTH + 1)
  const end = cut.lastIndexOf('-')
  return (end > 20 ? cut.slice(0, end) : cut.slice(0, MAX_LENGTH)).replace(/-+$/, '')
}

/**
 * The audio file's own name, without the analytics prefixes (OP3, Podtrac,
 * Chartable, …) that come before the real URL, nor its extension.
 */
export function audioFileName(url: string): string {
  const last = url.split(/[?#]/)[0]?.split('/').pop() ?? ''
  return last.replace(/\.[a-z0-9]{2,4}$/i, '')
}

/** Makes slugs unique against those taken, with -2, -3, … */
export function uniqueSlug(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted
  for (let n = 2; ; n++) {
    const candidate = `${wanted}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}
