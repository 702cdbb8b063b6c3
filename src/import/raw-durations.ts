import { XMLParser } from 'fast-xml-parser'
import { normalPlayTime } from './chapter-times.ts'

interface RawFeed {
  rss?: { channel?: { item?: Array<{ 'itunes:duration'?: unknown }> } }
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => name === 'item',
})

/**
 * Each item's `itunes:duration` in seconds, in feed order: seconds, `mm:ss`,
 * `hh:mm:ss` and any of them with a fraction (`00:10:00.500`), which not every
 * parser reads.
 */
export function itemDurations(xml: string): Array<number | null> {
  const items = (parser.parse(xml) as RawFeed).rss?.channel?.item ?? []
  return items.map((item) => {
    const value = item['itunes:duration']
    return typeof value === 'string' ? normalPlayTime(value) : null
  })
}
