import { useShowFeedUrl } from '../use-show-feed-url.ts'

/** Lets browsers and podcast apps find the show's feed from the page (React puts it in the head). */
export function ShowFeedLink({ show, name }: { show: string; name: string }) {
  const url = useShowFeedUrl(show)
  if (!url) return null
  return <link rel="alternate" type="application/rss+xml" title={name} href={url} />
}
