import { allTitles, expectResults, filterGroup, resultCount, titles } from './catalog-helpers.ts'
import { holdRequests } from './support/held-requests.ts'
import { expectHydrated } from './support/hydration.ts'
import { expect, test } from './support/test.ts'

// Tall enough for every card of the sample catalog to be rendered at once.
test.use({
  viewport: { width: 1280, height: 2400 },
})

test('lists every episode newest first with faceted filter groups', async ({ page }) => {
  await page.goto('/')
  await expectResults(page, allTitles)
  for (const name of ['Guests', 'Technologies', 'Shows', 'Categories']) {
    await expect(filterGroup(page, name)).toBeVisible()
  }
  await expect(
    filterGroup(page, 'Guests').getByRole('checkbox', { name: 'Ada Quillfeather (3)' }),
  ).toBeVisible()
  await expect(
    filterGroup(page, 'Technologies').getByRole('checkbox', { name: 'Kubernetes (4)' }),
  ).toBeVisible()
  await expect(page).toHaveTitle('Podcast Episodes')
  // Each card is an article named by its title, with the player's Play button.
  const card = page.getByRole('article', { name: titles.ebpf })
  await expect(card.getByRole('link', { name: titles.ebpf })).toHaveAttribute(
    'href',
    '/episodes/ebpf-for-the-curious',
  )
  await expect(card.getByRole('button', { name: `Play ${titles.ebpf}` })).toBeVisible()
  await expect(card.getByText('6 min')).toBeVisible()
})

test('filters by a guest, then by a technology, with exact results', async ({ page }) => {
  await page.goto('/')
  await filterGroup(page, 'Guests')
    .getByRole('checkbox', { name: /^Ada Quillfeather/ })
    .check()
  await expect(page).toHaveURL(/\?guest=ada-quillfeather$/)
  await expectResults(page, [titles.ebpf, titles.wasm, titles.rust])

  await filterGroup(page, 'Guests')
    .getByRole('checkbox', { name: /^Ada Quillfeather/ })
    .uncheck()
  await filterGroup(page, 'Technologies')
    .getByRole('checkbox', { name: /^Kairos/ })
    .check()
  await expect(page).toHaveURL(/\?technology=kairos$/)
  await expectResults(page, [titles.images, titles.kairos])
})

test('combines choices with OR within a group and AND across groups, with counts under the other filters', async ({
  page,
}) => {
  await page.goto('/')
  const technologies = filterGroup(page, 'Technologies')
  await technologies.getByRole('checkbox', { name: /^SQLite/ }).check()
  await technologies.getByRole('checkbox', { name: /^eBPF/ }).check()
  await expectResults(page, [titles.ebpf, titles.observability, titles.databases])

  const shows = filterGroup(page, 'Shows')
  // Counts of a group reflect the other groups' filters only.
  await expect(shows.getByRole('checkbox', { name: 'Byte-Sized Builders (1)' })).toBeVisible()
  await expect(shows.getByRole('checkbox', { name: 'Edge of the Stack (2)' })).toBeVisible()
  await shows.getByRole('checkbox', { name: /^Edge of the Stack/ }).check()
  await expectResults(page, [titles.ebpf, titles.observability])
  await expect(technologies.getByRole('checkbox', { name: 'SQLite (0)' })).toBeChecked()
  await expect(technologies.getByRole('checkbox', { name: 'Kubernetes (2)' })).toBeVisible()
  await expect(page).toHaveURL(/\?technology=sqlite&technology=ebpf&show=edge-of-the-stack$/)

  await filterGroup(page, 'Categories')
    .getByRole('checkbox', { name: /^Review/ })
    .check()
  await expectResults(page, [titles.observability])
  // Options that would match nothing are hidden; a shared link can still ask for them.
  await expect(filterGroup(page, 'Guests').getByRole('checkbox', { name: /^Elin/ })).toHaveCount(0)
  await page.goto('/?guest=elin-sparrowhawk&category=review')
  await expect(resultCount(page)).toHaveText('0 episodes')
  await expect(page.getByText('No episodes match these filters.')).toBeVisible()
  await page.getByRole('main').getByRole('button', { name: 'Clear filters' }).last().click()
  await expect(page).toHaveURL(/\/$/)
  await expectResults(page, allTitles)
})

test('Back and Forward step through filter changes, and a filtered URL survives a reload', async ({
  page,
}) => {
  await page.goto('/')
  await filterGroup(page, 'Technologies').getByRole('checkbox', { name: /^Rust/ }).check()
  await expectResults(page, [titles.ebpf, titles.wasm, titles.rust])
  await filterGroup(page, 'Guests')
    .getByRole('checkbox', { name: /^Tomas Brightwater/ })
    .check()
  await expectResults(page, [titles.wasm])

  await page.goBack()
  await expect(page).toHaveURL(/\?technology=rust$/)
  await expectResults(page, [titles.ebpf, titles.wasm, titles.rust])
  await page.goBack()
  await expectResults(page, allTitles)
  await page.goForward()
  await page.goForward()
  await expect(page).toHaveURL(/\?guest=tomas-brightwater&technology=rust$/)
  await expectResults(page, [titles.wasm])

  await page.reload()
  await expectResults(page, [titles.wasm])
  await expect(
    filterGroup(page, 'Guests').getByRole('checkbox', { name: /^Tomas Brightwater/ }),
  ).toBeChecked()
  await expect(
    filterGroup(page, 'Technologies').getByRole('checkbox', { name: /^Rust/ }),
  ).toBeChecked()
})

test('ignores unknown and malformed parameters in a shared link', async ({ page }) => {
  await page.goto(
    '/?guest=nobody-here&technology=Not%20A%20Slug&colour=blue&show=edge-of-the-stack',
  )
  await expectResults(page, [titles.edge, titles.ebpf, titles.observability])
})

test('the filters work by keyboard alone', async ({ page }) => {
  await page.goto('/')
  await expect(resultCount(page)).toHaveText('8 episodes')
  const target = page.getByRole('checkbox', { name: 'Priya Lanternfield (2)' })
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) break
  }
  await expect(target).toBeFocused()
  await page.keyboard.press('Space')
  await expectResults(page, [titles.observability, titles.databases])
  // The checkbox keeps focus, so the next choice is a Tab away.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('checkbox', { name: /^Tomas Brightwater/ })).toBeFocused()
  await page.keyboard.press('Space')
  await expectResults(page, [titles.images, titles.observability, titles.databases, titles.wasm])
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Space')
  await expectResults(page, [titles.images, titles.wasm])
})

test('new counts never take away the option or button under the keyboard focus', async ({
  page,
}) => {
  await page.goto('/')
  await expectHydrated(page)
  // The index parts that answer a filter wait until the focus has moved on.
  const parts = await holdRequests(page, /\/data\/browse\/[0-9a-f]{12}\//)
  const guest = filterGroup(page, 'Guests').getByRole('checkbox', { name: /^Mauro Morales/ })
  await guest.focus()
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/\?guest=mauro-morales$/)
  // The first technology, most used first, is not one of this guest's.
  await page.keyboard.press('Tab')
  const kubernetes = filterGroup(page, 'Technologies').getByRole('checkbox', {
    name: /^Kubernetes/,
  })
  await expect(kubernetes).toBeFocused()
  // The parts load after the reader's code: wait until the first of them is held.
  await expect.poll(() => parts.held).toBeGreaterThan(0)
  parts.release()
  await expectResults(page, [titles.kairos])
  await expect(kubernetes).toBeFocused()
  await expect(kubernetes).toHaveAccessibleName('Kubernetes (0)')
  await expect(kubernetes).not.toBeChecked()
  // Once the focus leaves it, the option without episodes goes, and the focus stays on the page.
  await page.keyboard.press('Tab')
  await expect(kubernetes).toHaveCount(0)
  await expect(filterGroup(page, 'Technologies').getByRole('checkbox')).toHaveCount(1)
  await expect(page.locator('body')).not.toBeFocused()

  // Clearing hides "Clear filters", but not while it holds the focus.
  const clear = page.getByRole('button', { name: 'Clear filters' })
  await clear.focus()
  await page.keyboard.press('Enter')
  await expectResults(page, allTitles)
  await expect(clear).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(clear).toHaveCount(0)
})
