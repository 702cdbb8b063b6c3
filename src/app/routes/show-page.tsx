import { CollectionHeader } from '../../features/catalog/components/collection-header.tsx'
import { EntryImage } from '../../features/catalog/components/entry-image.tsx'
import { EpisodeCollection } from '../../features/catalog/components/episode-collection.tsx'
import { HostLinks } from '../../features/catalog/components/host-links.tsx'
import { useCollectionTotal } from '../../features/catalog/hooks/use-collection-total.ts'
import { SubscribeSection } from '../../features/subscribe/components/subscribe-section.tsx'
import { cardSlots } from './card-slots.tsx'
import { CatalogPage } from './catalog-page.tsx'
import { collectionKinds, collectionPath } from './collection-kinds.ts'
import { PageTitle } from './page-title.tsx'

const { group, label, heading, summary } = collectionKinds.shows

export function ShowPage({ slug }: { slug: string }) {
  const total = useCollectionTotal(group, slug)
  return (
    <CatalogPage kind="shows" slug={slug}>
      {(show) => {
        return (
          <div data-accent={show.slug}>
            <PageTitle title={show.name} />
            <CollectionHeader
              kind={label}
              title={show.name}
              summary={total === undefined ? null : summary(total)}
              image={
                show.artwork && (
                  <EntryImage
                    image={show.artwork}
                    size={160}
                    sizeClass="size-28 sm:size-40"
                    lazy={false}
                  />
                )
              }
            >
              {show.description && (
                <p className="max-w-prose text-slate-700 dark:text-slate-300">{show.description}</p>
              )}
              <HostLinks hosts={show.hosts} />
            </CollectionHeader>
            <SubscribeSection show={show.slug} links={show.subscribeLinks} />
            <EpisodeCollection
              group={group}
              slug={slug}
              heading={heading(show.name)}
              basePath={collectionPath('shows', slug)}
              slots={cardSlots}
            />
          </div>
        )
      }}
    </CatalogPage>
  )
}
