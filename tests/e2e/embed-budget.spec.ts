import { formatAssets, kilobytes, measureInitialAssets } from '../../scripts/bench-sizes.ts'
import { recordAudioRequests } from './player-support.ts'
import { audioPlayer, seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

const budget = { script: 60_000 }

test('the embed page loads at most 60 kB of JavaScript gzip and no audio before Play, and only its episode document', async ({
  page,
}) => {
  const audio = recordAudioRequests(page)
  const data: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/data/')) data.push(path)
  })
  const assets = await measureInitialAssets(page, `/embed/${seedEpisode.slug}`)
  const play = audioPlayer(page).getByRole('button', { name: 'Play', exact: true })
  await expect(play).toBeVisible()
  console.log(
    `Embed page, before Play:\n${formatAssets(assets).replace('budget 100 kB', 'budget 60 kB')}\n  audio requests: ${audio.length}`,
  )
  expect(assets.script, 'JavaScript').toBeGreaterThan(0)
  expect(assets.script, 'JavaScript gzip bytes before Play').toBeLessThanOrEqual(budget.script)
  expect(audio, 'audio requests before Play').toEqual([])
  expect(data).toEqual([`/data/episodes/${seedEpisode.slug}.json`])

  // The engine arrives with the first press.
  const engine = page.waitForResponse((response) => /howler-engine/.test(response.url()))
  await play.click()
  const body = await (await engine).body()
  console.log(
    `  loaded on Play: ${new URL((await engine).url()).pathname} (${kilobytes(body.length)} raw)`,
  )
  await expect(audioPlayer(page).getByRole('button', { name: 'Pause', exact: true })).toBeVisible()
  await expect.poll(() => audio.length).toBeGreaterThan(0)
})
