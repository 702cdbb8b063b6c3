import { CollectionHeader } from '../../features/catalog/components/collection-header.tsx'
import { EntryImage } from '../../features/catalog/components/entry-image.tsx'
import { EpisodeCollection } from '../../features/catalog/components/episode-collection.tsx'
import { TechnologyDetails } from '../../features/catalog/components/technology-details.tsx'
import { useCollectionTotal } from '../../features/catalog/hooks/use-collection-total.ts'
import { cardSlots } from './card-slots.tsx'
import { CatalogPage } from './catalog-page.tsx'
import { collectionKinds, collectionPath } from './collection-kinds.ts'
import { PageTitle } from './page-title.tsx'

const { group, label, heading, summary } = collectionKinds.technologies

export function TechnologyPage({ slug }: { slug: string }) {
  const total = useCollectionTotal(group, slug)
  return (
    <CatalogPage kind="technologies" slug={slug}>
      {(technology) => {
        return (
          <>
            <PageTitle title={technology.name} />
            <CollectionHeader
              kind={label}
              title={technology.name}
              summary={total === undefined ? null : summary(total)}
              image={
                technology.icon && (
                  <EntryImage
                    image={technology.icon}
                    size={64}
                    sizeClass="size-16"
                    rounded="rounded-md"
                    lazy={false}
                  />
                )
              }
            >
              <TechnologyDetails slug={slug} />
            </CollectionHeader>
            <EpisodeCollection
              group={group}
              slug={slug}
              heading={heading(technology.name)}
              basePath={collectionPath('technologies', slug)}
              slots={cardSlots}
            />
          </>
        )
      }}
    </CatalogPage>
  )
}
