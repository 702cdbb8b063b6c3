import type { ShowPodcast, SubscribeLink } from '../documents.ts'
import { slugify } from '../read/slugs.ts'
import { isSafeLink } from '../read/urls.ts'
import { nameFromSlug } from './names.ts'
import { PLATFORMS } from './platforms.ts'
import type { PodcastEntry, ShowEntry } from './schema.ts'

/** A platform as written, as the key of PLATFORMS: `Pocket Casts` → `pocketcasts`. */
const platformKey = (platform: string) => slugify(platform).replace(/-/g, '')

/** `pocketcasts` → "Pocket Casts"; an unknown platform is named from its own text. */
export function platformName(platform: string): string {
  return (
    PLATFORMS[platformKey(platform)]?.name ?? (nameFromSlug(slugify(platform)) || platform.trim())
  )
}

const text = (value: string | undefined) => value?.trim() || null

export function showPodcast(podcast: PodcastEntry | undefined): ShowPodcast {
  return {
    guid: text(podcast?.guid),
    email: text(podcast?.email),
    author: text(podcast?.author),
    category: text(podcast?.category),
    subcategory: text(podcast?.subcategory),
    explicit: podcast?.explicit ?? false,
    copyright: text(podcast?.copyright),
    locked: podcast?.locked ?? false,
  }
}

/** http(s) links only; the index of each one left out, for its warning. */
export function subscribeLinks(entry: ShowEntry): { links: SubscribeLink[]; dropped: number[] } {
  const links: SubscribeLink[] = []
  const dropped: number[] = []
  entry.subscribeLinks.forEach(({ platform, url }, index) => {
    if (!isSafeLink(url.trim())) {
      dropped.push(index)
      return
    }
    links.push({
      platform: platform.trim(),
      name: platformName(platform),
      url: url.trim(),
      icon: PLATFORMS[platformKey(platform)]?.icon ?? null,
    })
  })
  return { links, dropped }
}
