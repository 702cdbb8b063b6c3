/** A podcast platform's page for a show: `subscribeLinks` of the show's document. */
export interface SubscribeLink {
  platform: string
  name: string
  url: string
}

const isSubscribeLink = (value: unknown): value is SubscribeLink => {
  if (!value || typeof value !== 'object') return false
  const { platform, name, url } = value as Record<string, unknown>
  return (
    typeof platform === 'string' &&
    typeof name === 'string' &&
    typeof url === 'string' &&
    /^https?:\/\//i.test(url)
  )
}

/**
 * The show's platform links that can be followed: http(s) only. Reads shows
 * whose documents do not carry `subscribeLinks` yet as having none.
 */
export function subscribeLinksOf(show: object): SubscribeLink[] {
  const links = (show as { subscribeLinks?: unknown }).subscribeLinks
  return Array.isArray(links) ? links.filter(isSubscribeLink) : []
}
