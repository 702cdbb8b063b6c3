import { useQuery } from '@tanstack/react-query'
import { entryQueryOptions } from '../../../lib/api/catalog-queries.ts'
import { entryProse } from './prose.ts'

/** A person's bio, from their own document; nothing while it loads or when there is none. */
export function PersonBio({ slug }: { slug: string }) {
  const { data } = useQuery(entryQueryOptions('people', slug))
  if (!data?.bioHtml) return null
  return (
    <section aria-label="Bio" className={entryProse}>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: build-time sanitized HTML */}
      <div dangerouslySetInnerHTML={{ __html: data.bioHtml }} />
    </section>
  )
}
