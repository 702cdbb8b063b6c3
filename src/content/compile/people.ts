import type { ImageDocument, PersonRef } from '../documents.ts'
import { isSafeLink } from '../read/urls.ts'
import { nameFromSlug } from './names.ts'
import type { PersonEntry } from './schema.ts'

const GITHUB_USER = /^@?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/

export interface PersonNote {
  field: 'website' | 'github'
  message: string
}

/** `octocat` → `https://github.com/octocat`; a profile URL stays as it is; anything else → null. */
export function githubProfile(value: string): string | null {
  const trimmed = value.trim()
  const user = GITHUB_USER.exec(trimmed)?.[1]
  if (user) return `https://github.com/${user}`
  return isSafeLink(trimmed) ? trimmed : null
}

const GITHUB_PROFILE = /^https:\/\/github\.com\/([A-Za-z0-9-]{1,39})\/?$/i

/** `https://github.com/octocat` → `https://github.com/octocat.png`; null for other links. */
export function githubAvatar(profile: string): string | null {
  const user = GITHUB_PROFILE.exec(profile)?.[1]
  return user ? `https://github.com/${user}.png` : null
}

/**
 * A registry entry as the documents show it, with its avatar as the site serves it;
 * links that could not be safe are left out.
 */
export function personRef(
  slug: string,
  entry: PersonEntry | undefined,
  avatar: ImageDocument | null = null,
): { ref: PersonRef; notes: PersonNote[] } {
  const notes: PersonNote[] = []
  let website: string | null = entry?.website?.trim() || null
  if (website && !isSafeLink(website)) {
    notes.push({
      field: 'website',
      message: 'is not an http(s) URL, so it was left out: write it like https://example.com',
    })
    website = null
  }
  let github: string | null = null
  if (entry?.github) {
    github = githubProfile(entry.github)
    if (!github) {
      notes.push({
        field: 'github',
        message:
          'is neither a GitHub user name nor an http(s) URL, so it was left out: write the name, such as octocat',
      })
    }
  }
  const name = entry?.name.trim() ?? nameFromSlug(slug)
  return { ref: { slug, name, website, github, avatar }, notes }
}
