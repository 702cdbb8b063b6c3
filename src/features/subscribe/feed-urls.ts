/**
 * A show's feed address, where the build writes it: `<base>feeds/<show>.xml` on
 * the site's address (`site.baseUrl`, the address the feeds were built for).
 */
export const showFeedUrl = (siteAddress: string, base: string, show: string): string =>
  new URL(
    `${base.endsWith('/') ? base : `${base}/`}feeds/${encodeURIComponent(show)}.xml`,
    siteAddress,
  ).href
