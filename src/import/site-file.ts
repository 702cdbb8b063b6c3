import { Document } from 'yaml'
import { renderMarkdown } from '../content/compile/markdown.ts'
import type { SourceFeed } from './read-feed.ts'
import { notesToMarkdown } from './show-notes.ts'

const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/

/** A site.yaml for a catalog that has none: the show's title, description and language. */
function siteFields(feed: SourceFeed, plainDescription: string): Record<string, unknown> {
  const language = feed.language?.trim()
  return {
    title: feed.title?.trim(),
    description: plainDescription,
    ...(language && LANGUAGE.test(language) ? { language } : {}),
    collections: { shows: 'shows', people: 'people' },
  }
}

const siteComment =
  ' Written by `npm run import`. Add `baseUrl: https://your.site/` so that the build writes the feeds.'

/** site.yaml's text, with a comment saying what to add. */
export function siteFile(feed: SourceFeed): string {
  const description = renderMarkdown(notesToMarkdown(feed.description ?? feed.itunes?.summary)).text
  const site = new Document(siteFields(feed, description.trim()))
  site.commentBefore = siteComment
  return String(site)
}
