/**
 * A show's feed address, where the build writes it: `<base>feeds/<show>.xml` on
 * the site's address (`site.baseUrl`, the address the feeds were built for); without
 * a show, the catalog's feed of every episode, `<base>feed.xml`.
 */
export const showFeedUrl = (siteAddress: string, base: string, show: string | null): string =>
  new URL(
    `${base.endsWith('/') ? base : `${base}/`}${show === null ? 'feed' : `feeds/${encodeURIComponent(show)}`}.xml`,
    siteAddress,
  ).href
