import type { HomeDocument } from '../../content/documents.ts'
import { EpisodeCard } from '../../features/catalog/components/episode-card.tsx'
import { NetworkIntro } from '../../features/catalog/components/network-intro.tsx'
import { ShowIntro } from '../../features/catalog/components/show-intro.tsx'
import { SubscribeSection } from '../../features/subscribe/components/subscribe-section.tsx'
import { cardSlots } from './card-slots.tsx'

/** What the podcast is, before the list: its one show, or the network and its shows. */
export function HomeIntro({ home }: { home: HomeDocument }) {
  const show = home.shows.length === 1 ? home.shows[0] : null
  if (!show) {
    return <NetworkIntro home={home} subscribe={<SubscribeSection show={null} links={[]} />} />
  }
  return (
    <div data-accent={show.slug}>
      <ShowIntro
        show={show}
        subscribe={<SubscribeSection show={show.slug} links={show.subscribeLinks} />}
        newest={
          show.newest && <EpisodeCard episode={show.newest} slots={cardSlots} headingLevel={3} />
        }
      />
    </div>
  )
}
