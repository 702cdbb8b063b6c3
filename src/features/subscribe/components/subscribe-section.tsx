import type { SubscribeLink } from '../../../content/documents.ts'
import { useShowFeedUrl } from '../use-show-feed-url.ts'
import { CopyFeedUrl } from './copy-feed-url.tsx'

interface SubscribeSectionProps {
  /** The show whose feed to give; null for the catalog's feed of every show. */
  show: string | null
  links: SubscribeLink[]
}

const link =
  'inline-flex items-center gap-2 rounded-full border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:border-accent hover:bg-accent-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100'

/** Where to follow a show: its pages on podcast platforms, and its feed for any other app. */
export function SubscribeSection({ show, links: given }: SubscribeSectionProps) {
  // The build keeps only http(s) links; the page follows no other kind either way.
  const links = given.filter((link) => /^https?:\/\//i.test(link.url))
  const feedUrl = useShowFeedUrl(show)
  if (!feedUrl && links.length === 0) return null
  return (
    <section aria-labelledby="subscribe-heading" className="mb-6 flex flex-col gap-3">
      <h2 id="subscribe-heading" className="text-xl font-semibold">
        Subscribe
      </h2>
      {links.length > 0 && (
        <ul aria-label="Podcast apps" className="flex flex-wrap gap-2">
          {links.map((platform) => (
            <li key={`${platform.platform} ${platform.url}`}>
              <a href={platform.url} rel="noopener noreferrer" className={link}>
                {platform.icon && (
                  <img
                    src={`${import.meta.env.BASE_URL}platforms/${platform.icon}.svg`}
                    alt=""
                    width={16}
                    height={16}
                    className="size-4"
                  />
                )}
                {platform.name}
              </a>
            </li>
          ))}
        </ul>
      )}
      {feedUrl && (
        <>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            In any other podcast app, subscribe with the{' '}
            <a href={feedUrl} className="font-medium text-accent underline">
              RSS feed
            </a>
            .
          </p>
          <CopyFeedUrl url={feedUrl} />
        </>
      )}
    </section>
  )
}
