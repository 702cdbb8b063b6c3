import { useQuery } from '@tanstack/react-query'
import { entryQueryOptions } from '../../../lib/api/catalog-queries.ts'
import { externalUrl } from '../external-url.ts'
import { entryProse } from './prose.ts'

const linkClass = 'font-medium text-accent underline'

/** A technology's description and links, from its own document; nothing while it loads. */
export function TechnologyDetails({ slug }: { slug: string }) {
  const { data } = useQuery(entryQueryOptions('technologies', slug))
  if (!data) return null
  const website = externalUrl(data.website)
  const source = externalUrl(data.source)
  return (
    <>
      {data.descriptionHtml && (
        <section aria-label={`About ${data.name}`} className={entryProse}>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: build-time sanitized HTML */}
          <div dangerouslySetInnerHTML={{ __html: data.descriptionHtml }} />
        </section>
      )}
      {(website || source) && (
        <p className="flex flex-wrap gap-4">
          {website && (
            <a href={website} className={linkClass} rel="noopener noreferrer">
              Website
            </a>
          )}
          {source && (
            <a href={source} className={linkClass} rel="noopener noreferrer">
              Source code
            </a>
          )}
        </p>
      )}
    </>
  )
}
