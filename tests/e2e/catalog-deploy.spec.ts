import { filterGroup, resultCount } from './catalog-helpers.ts'
import { expectHydrated } from './support/hydration.ts'
import { expect, test } from './support/test.ts'

// The old build's parts answer 404 once the deploy has replaced them, and the browser says so.
test.use({
  allowFailedRequests: [/\/data\/browse\//],
  allowConsoleErrors: [/Failed to load resource.*\/data\/browse\//],
})

test('a page left open across a deploy reloads onto the new build instead of mixing parts', async ({
  page,
}) => {
  await page.goto('/')
  await expectHydrated(page)
  const entry = (await (await page.request.get('/data/browse/meta.json')).json()) as {
    build: string
  }
  expect(entry.build).toMatch(/^[0-9a-f]{12}$/)
  // The deploy, as the open page meets it: its build's folder is gone, and the entry part
  // names another build. Once each: the reloaded page finds the site as it is.
  await page.route(
    `**/data/browse/${entry.build}/**`,
    (route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' }),
    { times: 1 },
  )
  await page.route(
    '**/data/browse/meta.json',
    (route) => route.fulfill({ json: { ...entry, build: '0123456789ab' } }),
    { times: 1 },
  )
  await page.evaluate(() => {
    ;(window as { beforeDeploy?: boolean }).beforeDeploy = true
  })
  const reloaded = page.waitForEvent('load')
  const guest = filterGroup(page, 'Guests').getByRole('checkbox').first()
  await guest.click()
  await reloaded
  expect(await page.evaluate(() => (window as { beforeDeploy?: boolean }).beforeDeploy)).toBe(
    undefined,
  )
  // The choice survived in the address, and the new build answers it.
  await expect(guest).toBeChecked()
  await expect(resultCount(page)).toHaveText(/^\d+ episodes?$/)
  expect(page.url()).toMatch(/[?&]guest=/)
})
