import type { SiteInfo } from '../../content/documents.ts'
import { jsonForScript } from './json-for-script.ts'
import type { PageHead } from './page-head.ts'
import { absoluteUrl } from './page-url.ts'

/** The page's `<head>` tags: title, description, canonical, Open Graph, Twitter card, JSON-LD. */
export function HeadTags({ head, site }: { head: PageHead; site: SiteInfo }) {
  const image = head.image && absoluteUrl(site, head.image.url)
  const property = (name: string, content: string | number | null) =>
    content === null ? null : <meta key={name} property={name} content={String(content)} />
  return (
    <>
      <title>{head.title}</title>
      <meta name="description" content={head.description} />
      {head.canonical && <link rel="canonical" href={head.canonical} />}
      {property('og:type', head.type)}
      {property('og:site_name', head.siteName)}
      {property('og:title', head.title)}
      {property('og:description', head.description)}
      {property('og:url', head.canonical)}
      {image &&
        head.image && [
          property('og:image', image),
          property('og:image:alt', head.image.alt),
          property('og:image:width', head.image.width),
          property('og:image:height', head.image.height),
          property('og:image:type', head.image.type),
        ]}
      {head.audio && [property('og:audio', head.audio), property('og:audio:type', 'audio/mpeg')]}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={head.title} />
      <meta name="twitter:description" content={head.description} />
      {image && <meta name="twitter:image" content={image} />}
      {head.alternates.map(({ type, href, title }) => (
        <link key={href} rel="alternate" type={type} href={href} title={title} />
      ))}
      {head.jsonLd && (
        <script
          type="application/ld+json"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with <, > and & escaped
          dangerouslySetInnerHTML={{ __html: jsonForScript(head.jsonLd) }}
        />
      )}
    </>
  )
}
