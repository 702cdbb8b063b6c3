import { EpisodeCard } from '../../features/catalog/components/episode-card.tsx'
import { NetworkIntro } from '../../features/catalog/components/network-intro.tsx'
import { ShowIntro } from '../../features/catalog/components/show-intro.tsx'
import type { CatalogModel } from '../../features/catalog/filters/catalog-model.ts'
import { SubscribeSection } from '../../features/subscribe/components/subscribe-section.tsx'
import { cardSlots } from './card-slots.tsx'

/** What the podcast is, before the list: its one show, or the network and its shows. */
export function HomeIntro({ model }: { model: CatalogModel }) {
  const { shows } = model.catalog.facets
  const show = shows.length === 1 ? shows[0] : null
  if (!show) {
    return <NetworkIntro model={model} subscribe={<SubscribeSection show={null} links={[]} />} />
  }
  const newest = model.catalog.episodes.find((episode) => episode.show === show.slug)
  return (
    <div data-accent={show.slug}>
      <ShowIntro
        show={show}
        subscribe={<SubscribeSection show={show.slug} links={show.subscribeLinks} />}
        newest={
          newest && (
            <EpisodeCard episode={newest} model={model} slots={cardSlots} headingLevel={3} />
          )
        }
      />
    </div>
  )
}
