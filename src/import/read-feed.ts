import { XMLValidator } from 'fast-xml-parser'
import { parseRssFeed, type RssFeed } from 'feedsmith'
import { ImportError } from './import-error.ts'
import { itemDurations } from './raw-durations.ts'

export type SourceFeed = RssFeed.Feed<string>
export type SourceItem = RssFeed.Item<string>

const looksLikeHtml = (text: string) => /^\s*(?:<!doctype html|<html[\s>])/i.test(text)

/**
 * Parses an RSS 2.0 podcast feed (itunes, podcast, psc and content namespaces).
 * HTML, broken or cut-off XML and other formats are refused with what to do.
 */
export function readFeed(text: string, source: string): SourceFeed {
  if (looksLikeHtml(text)) {
    throw new ImportError(
      `${source} is a web page (HTML), not a feed: give the feed's own address, often linked from the page as RSS (…/feed, …/rss, …/podcast.xml)`,
    )
  }
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    const { line, col, msg } = valid.err
    throw new ImportError(
      `${source} is not well-formed XML at line ${line}, column ${col} (${msg}): the feed may have been cut off while downloading; fetch it again. Nothing was written`,
    )
  }
  let feed: SourceFeed
  try {
    feed = parseRssFeed(text)
  } catch {
    throw new ImportError(
      `${source} is XML but not an RSS 2.0 feed (<rss><channel>…): podcast feeds are RSS; give the podcast's RSS address`,
    )
  }
  if (!feed.title?.trim()) {
    throw new ImportError(`${source} has no channel <title>: a show needs a name`)
  }
  const durations = itemDurations(text)
  for (const [index, item] of (feed.items ?? []).entries()) {
    const duration = durations[index]
    if (duration) item.itunes = { ...item.itunes, duration }
  }
  return feed
}
