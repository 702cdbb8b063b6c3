import { expectPlaying } from './player-support.ts'
import { audioPlayer, openPage, seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

/** Counts DOM changes under `selector` for `ms`, leaving out the parts under `except`. */
function countMutations(
  page: import('@playwright/test').Page,
  selector: string,
  ms: number,
  except = '[aria-labelledby="continue-listening"]',
) {
  return page.evaluate(
    ({ selector, ms, except }) =>
      new Promise<number>((done, fail) => {
        const root = document.querySelector(selector)
        if (!root) return fail(new Error(`nothing matches ${selector}`))
        let count = 0
        const observer = new MutationObserver((records) => {
          for (const record of records) {
            const node =
              record.target instanceof Element ? record.target : record.target.parentElement
            if (!node?.closest(except)) count += 1
          }
        })
        observer.observe(root, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        })
        setTimeout(() => {
          observer.disconnect()
          done(count)
        }, ms)
      }),
    { selector, ms, except },
  )
}

test('while an episode plays, the episode list stays still and the bar changes about once a second', async ({
  page,
}) => {
  await openPage(page, '/')
  await page
    .getByRole('button', { name: `Play ${seedEpisode.title}` })
    .first()
    .click()
  await expectPlaying(page)
  await expect(
    page.getByRole('button', { name: `Pause ${seedEpisode.title}` }).first(),
  ).toBeVisible()

  const [inList, inBar] = await Promise.all([
    countMutations(page, 'main', 3000),
    countMutations(page, 'section[aria-label="Audio player"]', 3000),
  ])
  expect(inList, 'DOM changes in the page while playing').toBe(0)
  // Per-frame rendering would change the bar about 180 times in 3 s.
  expect(inBar, 'DOM changes in the player bar over 3 s').toBeLessThan(40)
  await expect(audioPlayer(page)).toBeVisible()
})

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })

  test('the player bar fits without sideways scrolling and leaves the page reachable', async ({
    page,
  }) => {
    await openPage(page, `/episodes/${seedEpisode.slug}?t=10`)
    const bar = audioPlayer(page)
    await expect(bar.getByRole('button', { name: 'Play', exact: true })).toBeVisible()
    for (const name of [
      'Skip back 15 seconds',
      'Previous chapter',
      'Next chapter',
      'Skip forward 30 seconds',
      'Mute',
    ]) {
      await expect(bar.getByRole('button', { name, exact: true })).toBeInViewport()
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    // The last chapter can be scrolled above the fixed bar.
    const last = page.getByRole('list', { name: 'Chapters' }).getByRole('button').last()
    await last.scrollIntoViewIfNeeded()
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const [lastBox, barBox] = await Promise.all([last.boundingBox(), bar.boundingBox()])
    expect((lastBox?.y ?? 0) + (lastBox?.height ?? 0)).toBeLessThanOrEqual(barBox?.y ?? 0)
  })
})
