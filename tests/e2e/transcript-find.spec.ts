import { expectPositionBetween } from './player-support.ts'
import { expect, test } from './support/test.ts'
import { currentParagraph, spokenEpisode, transcriptRegion } from './transcript-support.ts'

test('find in transcript counts the matches, steps through them and plays from one', async ({
  page,
}) => {
  await page.goto(`/episodes/${spokenEpisode.slug}`)
  const region = transcriptRegion(page)
  const search = region.getByRole('searchbox', { name: 'Find in transcript' })
  const count = region.getByRole('status')
  await search.fill('THE')
  // "Programs in the Kernel", "Meet the Verifier", "Writing the User-Space Side".
  await expect(count).toHaveText('3 matches')
  await expect(region.locator('mark')).toHaveText(['the', 'the', 'the'])

  const next = region.getByRole('button', { name: 'Next match' })
  const previous = region.getByRole('button', { name: 'Previous match' })
  await next.click()
  await expect(count).toHaveText('1 of 3')
  await next.click()
  await expect(count).toHaveText('2 of 3')
  await previous.click()
  await expect(count).toHaveText('1 of 3')
  await previous.click()
  await expect(count).toHaveText('3 of 3')
  const active = region.locator('mark[data-active-match]')
  await expect(active).toHaveCount(1)
  const paragraph = region
    .locator('[data-paragraph]')
    .filter({ has: page.locator('mark[data-active-match]') })
  await expect(paragraph.locator('p')).toHaveText('Writing the User-Space Side')

  // Enter in the box goes on to the next match; Shift+Enter back.
  await search.press('Enter')
  await expect(count).toHaveText('1 of 3')
  await search.press('Shift+Enter')
  await expect(count).toHaveText('3 of 3')

  // Enter on the match's time plays from there.
  await paragraph.getByRole('link', { name: '2:19', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expectPositionBetween(page, 139, 160)
  await expect(currentParagraph(page).locator('p')).toHaveText('Writing the User-Space Side')

  await search.fill('no such words')
  await expect(count).toHaveText('No matches')
  await expect(region.locator('mark')).toHaveCount(0)
  await expect(next).toBeDisabled()
})
