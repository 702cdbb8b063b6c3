import { HOSTILE_PORT } from '../playwright.config.ts'
import { expectNothingRan, setScriptTraps } from './support/hostile-traps.ts'
import { audioPlayer, openPage } from './support/pages.ts'
import { expect, test } from './support/test.ts'

// Served from tests/fixtures/catalogs/hostile-text by the Playwright config.
test.use({ baseURL: `http://127.0.0.1:${HOSTILE_PORT}` })

const title = "Title <script>alert('title')</script> <img src=x onerror=alert('title-img')>"

test('hostile text on the embed page and in the Embed code stays text', async ({ page }) => {
  const traps = await setScriptTraps(page)
  await page.goto('/embed/hostile-episode?chapters=open')
  const player = audioPlayer(page)
  await expect(player.getByRole('link', { name: title })).toBeVisible()
  await expect(player.getByRole('list', { name: 'Chapters' })).toContainText(
    "Chapter one <script>alert('chapter-1')</script>",
  )
  await page.mouse.move(100, 100)
  await expectNothingRan(page, traps, 'the embed page')

  await openPage(page, '/episodes/hostile-episode')
  await page.getByRole('button', { name: 'Embed', exact: true }).click()
  const code = page.getByRole('textbox', { name: 'Embed code' })
  await expect(code).toHaveValue(
    / title="Title &lt;script&gt;alert\(&#39;title&#39;\)&lt;\/script&gt; &lt;img src=x onerror=alert\(&#39;title-img&#39;\)&gt;" /,
  )
  await expectNothingRan(page, traps, 'the Embed dialog')
})
