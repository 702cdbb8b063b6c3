import { gzipSync } from 'node:zlib'
import type { Response } from '@playwright/test'
import { expect, test } from './support/test.ts'

const budgets = { script: 100_000, stylesheet: 15_000 }

test('the home page loads at most 100 kB of JavaScript and 15 kB of CSS, gzipped, before any interaction', async ({
  page,
}) => {
  const responses: Response[] = []
  page.on('response', (response) => {
    const type = response.request().resourceType()
    if (type === 'script' || type === 'stylesheet') responses.push(response)
  })
  await page.goto('/', { waitUntil: 'networkidle' })
  await expect(page.getByText(/^\d+ episodes?$/)).toBeVisible()

  const totals = { script: 0, stylesheet: 0 }
  const files: string[] = []
  for (const response of responses) {
    const type = response.request().resourceType() as keyof typeof totals
    const gzipped = gzipSync(await response.body(), { level: 9 }).length
    totals[type] += gzipped
    files.push(`${type} ${new URL(response.url()).pathname} ${(gzipped / 1000).toFixed(1)} kB`)
  }
  console.log(
    `Home page, before any interaction: JavaScript ${(totals.script / 1000).toFixed(1)} kB gzip, CSS ${(totals.stylesheet / 1000).toFixed(1)} kB gzip\n  ${files.join('\n  ')}`,
  )
  expect(totals.script, 'JavaScript').toBeGreaterThan(0)
  expect(totals.script, 'JavaScript gzip bytes').toBeLessThanOrEqual(budgets.script)
  expect(totals.stylesheet, 'CSS').toBeGreaterThan(0)
  expect(totals.stylesheet, 'CSS gzip bytes').toBeLessThanOrEqual(budgets.stylesheet)
})
