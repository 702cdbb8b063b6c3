import { CollectionHeader } from '../../features/catalog/components/collection-header.tsx'
import { EntryImage } from '../../features/catalog/components/entry-image.tsx'
import { EpisodeCollection } from '../../features/catalog/components/episode-collection.tsx'
import { TechnologyDetails } from '../../features/catalog/components/technology-details.tsx'
import { pluralEpisodes } from '../../features/catalog/format.ts'
import { useCollectionTotal } from '../../features/catalog/hooks/use-collection-total.ts'
import { cardSlots } from './card-slots.tsx'
import { CatalogPage } from './catalog-page.tsx'
import { PageTitle } from './page-title.tsx'

export function TechnologyPage({ slug }: { slug: string }) {
  const total = useCollectionTotal('technologies', slug)
  return (
    <CatalogPage kind="technologies" slug={slug}>
      {(technology) => {
        return (
          <>
            <PageTitle title={technology.name} />
            <CollectionHeader
              kind="Technology"
              title={technology.name}
              summary={total === undefined ? null : pluralEpisodes(total)}
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
              group="technologies"
              slug={slug}
              heading={`Episodes about ${technology.name}`}
              slots={cardSlots}
            />
          </>
        )
      }}
    </CatalogPage>
  )
}
