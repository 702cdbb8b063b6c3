import { expectPlaying } from './player-support.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { expect, test } from './support/test.ts'
import {
  currentParagraph,
  longTranscript,
  openWithTranscript,
  spokenEpisode,
  transcriptRegion,
} from './transcript-support.ts'

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a long transcript, playing and searched, has no axe violations in the ${colorScheme} theme`, async ({
    page,
  }) => {
    // axe checks every node's contrast: 400 paragraphs (27 minutes) hold every kind of
    // element the transcript has, in a time the suite can afford on a busy machine.
    test.setTimeout(120_000)
    await page.emulateMedia({ colorScheme })
    await openWithTranscript(
      page,
      spokenEpisode.slug,
      spokenEpisode.title,
      longTranscript(spokenEpisode.slug, 400),
    )
    const region = transcriptRegion(page)
    await region.getByRole('link', { name: '0:40', exact: true }).click()
    await expectPlaying(page)
    await expect(currentParagraph(page)).toHaveCount(1)
    await region.getByRole('searchbox', { name: 'Find in transcript' }).fill('verifier')
    await region.getByRole('button', { name: 'Next match' }).click()
    await expect(region.getByRole('status')).toHaveText(/^1 of \d+$/)
    await expectNoAxeViolations(page, `episode with a long transcript (${colorScheme})`)
    expect(await page.evaluate(() => 'hacked' in window)).toBe(false)
  })
}
