import { useQuery } from '@tanstack/react-query'
import { Link } from 'wouter'
import type { HomeDocument } from '../../content/documents.ts'
import { CollectionHeader } from '../../features/catalog/components/collection-header.tsx'
import { EpisodeCollection } from '../../features/catalog/components/episode-collection.tsx'
import { PersonAvatar } from '../../features/catalog/components/person-avatar.tsx'
import { PersonBio } from '../../features/catalog/components/person-bio.tsx'
import { externalUrl, githubUrl } from '../../features/catalog/external-url.ts'
import { useCollectionTotal } from '../../features/catalog/hooks/use-collection-total.ts'
import { homeQueryOptions } from '../../lib/api/catalog-queries.ts'
import { cardSlots } from './card-slots.tsx'
import { CatalogPage } from './catalog-page.tsx'
import { collectionKinds, collectionPath } from './collection-kinds.ts'
import { PageTitle } from './page-title.tsx'

/** The shows a person hosts, from the home document. */
const hostedBy = (slug: string) => (home: HomeDocument) =>
  home.shows.filter((show) => show.hosts.some((host) => host.slug === slug))

const linkClass = 'font-medium text-accent underline'

const { group, label, heading, summary } = collectionKinds.people

export function PersonPage({ slug }: { slug: string }) {
  const guestCount = useCollectionTotal(group, slug)
  const hosted = useQuery({ ...homeQueryOptions(), select: hostedBy(slug) }).data ?? []
  return (
    <CatalogPage kind="people" slug={slug}>
      {(person) => {
        const website = externalUrl(person.website)
        const github = githubUrl(person.github)
        return (
          <>
            <PageTitle title={person.name} />
            <CollectionHeader
              kind={label}
              title={person.name}
              summary={guestCount === undefined ? null : summary(guestCount)}
              image={
                <PersonAvatar
                  name={person.name}
                  avatar={person.avatar}
                  size="lg"
                  label={`Avatar of ${person.name}`}
                />
              }
            >
              <PersonBio slug={slug} />
              {(website || github) && (
                <p className="flex flex-wrap gap-4">
                  {website && (
                    <a href={website} className={linkClass} rel="noopener noreferrer">
                      Website
                    </a>
                  )}
                  {github && (
                    <a href={github} className={linkClass} rel="noopener noreferrer">
                      GitHub
                    </a>
                  )}
                </p>
              )}
            </CollectionHeader>
            {hosted.length > 0 && (
              <section aria-labelledby="hosted-shows" className="mb-6 flex flex-col gap-2">
                <h2 id="hosted-shows" className="text-xl font-semibold">
                  Hosts
                </h2>
                <ul className="list-disc pl-6">
                  {hosted.map((show) => (
                    <li key={show.slug}>
                      <Link href={`/shows/${show.slug}`} className={linkClass}>
                        {show.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <EpisodeCollection
              group={group}
              slug={slug}
              heading={heading(person.name)}
              basePath={collectionPath('people', slug)}
              slots={cardSlots}
            />
          </>
        )
      }}
    </CatalogPage>
  )
}
