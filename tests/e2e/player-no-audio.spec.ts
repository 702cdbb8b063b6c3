import type { EpisodeDocument } from '../../src/content/documents.ts'
import { episodePath } from './player-support.ts'
import { seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

test('an episode without audio lists its chapters as links to their moments, without Play', async ({
  page,
}) => {
  // The real catalog before the publisher sets an audio URL template.
  await page.route(`**/data/episodes/${seedEpisode.slug}.json`, async (route) => {
    const document = (await (await route.fetch()).json()) as EpisodeDocument
    await route.fulfill({ json: { ...document, audioUrl: null } })
  })
  // A prerendered page carries its document: open the episode from the home page, so the
  // app fetches it (and gets the one without audio).
  await page.goto('/')
  await page.getByRole('link', { name: seedEpisode.title, exact: true }).first().click()
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1, name: seedEpisode.title })).toBeVisible()
  await expect(main.getByText('This episode has no audio yet.')).toHaveCount(1)
  await expect(main.getByRole('button', { name: 'Play', exact: true })).toHaveCount(0)

  const chapters = main.getByRole('list', { name: 'Chapters' })
  await expect(chapters.getByRole('listitem')).toHaveCount(15)
  await expect(chapters.getByRole('button')).toHaveCount(0)
  const third = chapters.getByRole('link', { name: `2:37 ${seedEpisode.thirdChapter.title}` })
  await expect(third).toHaveAttribute('href', `${episodePath(seedEpisode.slug)}?t=157`)
  await third.click()
  await expect(page).toHaveURL(new RegExp(`${episodePath(seedEpisode.slug)}\\?t=157$`))
  await expect(main.getByText('This episode has no audio yet.')).toHaveCount(1)
  await expect(page.getByRole('region', { name: 'Audio player' })).toHaveCount(0)
})
