import { SAMPLE_PORT } from '../playwright.config.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { openPage, seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

test('the Embed dialog gives the iframe code, from the current time if asked, copies it and closes with Escape', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openPage(page, `/episodes/${seedEpisode.slug}?t=157`)
  const embed = page.getByRole('button', { name: 'Embed', exact: true })
  await embed.click()
  const dialog = page.getByRole('dialog', { name: 'Embed this episode' })
  await expect(dialog).toBeVisible()
  const code = dialog.getByRole('textbox', { name: 'Embed code' })
  await expect(code).toBeFocused()
  const src = `http://127.0.0.1:${SAMPLE_PORT}/embed/${seedEpisode.slug}`
  await expect(code).toHaveValue(
    `<iframe src="${src}" title="${seedEpisode.title}" width="600" height="180" loading="lazy" allow="autoplay; encrypted-media" style="width:100%;max-width:600px;border:0"></iframe>`,
  )
  await expectNoAxeViolations(page, 'the Embed dialog')

  await dialog.getByRole('checkbox', { name: 'Start at current time (2:37)' }).check()
  await expect(code).toHaveValue(new RegExp(`^<iframe src="${src}\\?t=157" `))
  await dialog.getByRole('button', { name: 'Copy' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Copied.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue())

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(embed).toBeFocused()
})

test('without the episode in the player, "Start at current time" is not offered', async ({
  page,
}) => {
  await openPage(page, `/episodes/${seedEpisode.slug}`)
  await page.getByRole('button', { name: 'Embed', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Embed this episode' })
  await expect(
    dialog.getByRole('checkbox', { name: 'Start at current time (play the episode first)' }),
  ).toBeDisabled()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
})
