import { formatAssets, measureInitialAssets } from '../../scripts/bench-sizes.ts'
import { expect, test } from './support/test.ts'

const budgets = { script: 100_000, stylesheet: 15_000 }

test('the home page loads at most 100 kB of JavaScript and 15 kB of CSS, gzipped, before any interaction', async ({
  page,
}) => {
  const assets = await measureInitialAssets(page, '/')
  await expect(page.getByText(/^\d+ episodes?$/)).toBeVisible()
  console.log(`Home page, before any interaction:\n${formatAssets(assets)}`)
  expect(assets.script, 'JavaScript').toBeGreaterThan(0)
  expect(assets.script, 'JavaScript gzip bytes').toBeLessThanOrEqual(budgets.script)
  expect(assets.stylesheet, 'CSS').toBeGreaterThan(0)
  expect(assets.stylesheet, 'CSS gzip bytes').toBeLessThanOrEqual(budgets.stylesheet)
})
