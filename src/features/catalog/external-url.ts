/** Only http(s) addresses become links; anything else from content is dropped. */
export function externalUrl(value: string | null): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}

/** A GitHub profile from a user name or a full URL. */
export function githubUrl(value: string | null): string | null {
  if (!value) return null
  if (/^[a-z\d](?:[a-z\d-]{0,38})$/i.test(value)) return `https://github.com/${value}`
  return externalUrl(value)
}
