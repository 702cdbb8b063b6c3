import { expectHydrated, watchRequests } from './support/hydration.ts'
import { expect, test } from './support/test.ts'
import { spokenEpisode, transcriptRegion } from './transcript-support.ts'

const path = `/episodes/${spokenEpisode.slug}`
const onePixelPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

test.describe('without JavaScript', () => {
  test.use({
    javaScriptEnabled: false,
    // Chromium refuses `<link rel="modulepreload">` when scripts are off, and says so.
    allowFailedRequests: [/\/assets\/[^/]+\.js$/],
  })

  test('the episode page holds the whole transcript: speakers, times, chapters, downloads', async ({
    page,
    request,
  }) => {
    await page.goto(path)
    const region = transcriptRegion(page)
    await expect(region.getByRole('heading', { level: 2 })).toHaveText('Transcript')
    const paragraphs = region.locator('[data-paragraph]')
    await expect(paragraphs).toHaveCount(spokenEpisode.paragraphs.length)
    for (const [index, expected] of spokenEpisode.paragraphs.entries()) {
      const paragraph = paragraphs.nth(index)
      await expect(paragraph).toContainText(expected.speaker)
      await expect(paragraph.locator('p')).toHaveText(expected.text)
      await expect(
        paragraph.getByRole('link', { name: expected.time, exact: true }),
      ).toHaveAttribute('href', `${path}?t=${expected.start}`)
    }
    // A matched guest links to their page; an unmatched voice shows as written.
    await expect(paragraphs.nth(2).getByRole('link', { name: 'Ada Quillfeather' })).toHaveAttribute(
      'href',
      '/people/ada-quillfeather',
    )
    await expect(paragraphs.nth(3).getByRole('link')).toHaveCount(1)
    // The chapters' titles stand as headings inside the transcript.
    await expect(region.getByRole('heading', { level: 3 })).toHaveText(
      spokenEpisode.paragraphs.map((paragraph) => paragraph.text),
    )
    const downloads = region
      .getByRole('list', { name: 'Download the transcript' })
      .getByRole('link')
    await expect(downloads).toHaveText(['Download (WebVTT)', 'Download (JSON)'])
    for (const link of await downloads.all()) {
      const response = await request.get((await link.getAttribute('href')) ?? '')
      expect(response.status()).toBe(200)
    }
  })

  test('a time link opens the episode at that moment', async ({ page }) => {
    await page.goto(path)
    await transcriptRegion(page).getByRole('link', { name: '1:24', exact: true }).click()
    await expect(page).toHaveURL(`${path}?t=84`)
  })
})

test('the app takes the page over with the transcript fetched once, without moving it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const scope = window as unknown as { layoutShift: number }
    scope.layoutShift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value?: number }>) {
        scope.layoutShift += Number(entry.value ?? 0)
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  // The guests' GitHub avatars load (a blocked one would swap for initials, as it should).
  await page.route('https://github.com/**', (route) =>
    route.fulfill({ contentType: 'image/png', body: Buffer.from(onePixelPng, 'base64') }),
  )
  const requests = watchRequests(page)
  await page.goto(path)
  await expectHydrated(page)
  await expect(transcriptRegion(page).getByRole('button', { name: 'Follow' })).toBeVisible()
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve((window as unknown as { layoutShift: number }).layoutShift),
          ),
        ),
      ),
  )
  console.log(`CLS, episode page with a transcript: ${shift.toFixed(4)}`)
  expect(shift).toBeLessThanOrEqual(0.02)
  // The page holds the transcript as HTML only; its head asks for the document early,
  // and the app's fetch uses that answer instead of asking again.
  expect(requests.data).toEqual([`/data/transcripts/${spokenEpisode.slug}.json`])
  const carried = JSON.parse((await page.locator('#page-data').textContent()) ?? '{}') as {
    queries: Array<[string[], unknown]>
    fetched: Array<[string[], string]>
  }
  expect(carried.queries.map(([key]) => key.join('/'))).toEqual([
    'episodes/:site',
    `episodes/${spokenEpisode.slug}`,
  ])
  expect(carried.fetched).toEqual([
    [
      ['episodes', ':transcript', spokenEpisode.slug],
      `/data/transcripts/${spokenEpisode.slug}.json`,
    ],
  ])
})
