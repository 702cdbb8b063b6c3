import type { Page } from '@playwright/test'
import { HOSTILE_PORT } from '../playwright.config.ts'
import { expectNothingRan, setScriptTraps } from './support/hostile-traps.ts'
import { audioPlayer, openPage } from './support/pages.ts'
import { expect, test } from './support/test.ts'

// Served from tests/fixtures/catalogs/hostile-text by the Playwright config.
test.use({ baseURL: `http://127.0.0.1:${HOSTILE_PORT}` })

const text = {
  title: "Title <script>alert('title')</script> <img src=x onerror=alert('title-img')>",
  subtitle: "Subtitle <svg onload=alert('subtitle')></svg>",
  // Markdown may curl quotes, so only the parts before them are expected verbatim.
  description: 'Description <script>window.__pwned=',
  descriptionImage: '<img src=x onerror=',
  showNotes: 'Show notes <script>alert(',
  showNotesHandler: '<div onmouseover=',
  chapters: [
    "Chapter one <script>alert('chapter-1')</script>",
    "<img src=x onerror=alert('chapter-2')> Chapter two",
    `Chapter three <a href="javascript:alert('chapter-3')">link</a>`,
    "Chapter four javascript:alert('chapter-4')",
  ],
  guests: ["Eve <script>alert('guest')</script>", "Mallory <img src=x onerror=alert('guest-2')>"],
  technologies: [
    "Tech <script>alert('technology')</script>",
    "Vector <svg/onload=alert('technology-2')>",
  ],
  show: "Show <img src=x onerror=alert('show')>",
  showDescription: "Show description <script>alert('show-description')</script>",
  site: "Site <script>alert('site-title')</script>",
}

const [eve, mallory] = text.guests
const [scriptTech, svgTech] = text.technologies

const pages = [
  {
    name: 'home',
    path: '/',
    shows: [text.site, text.title, ...text.guests, ...text.technologies, text.show],
  },
  {
    name: 'episode',
    path: '/episodes/hostile-episode',
    shows: [
      text.title,
      text.subtitle,
      text.description,
      text.descriptionImage,
      text.showNotes,
      text.showNotesHandler,
      ...text.chapters,
      ...text.guests,
      ...text.technologies,
      text.show,
    ],
  },
  { name: 'guest', path: '/people/eve-hostile', shows: [eve, text.title, text.show] },
  { name: 'other guest', path: '/people/mallory-hostile', shows: [mallory, text.title] },
  { name: 'technology', path: '/technologies/script-tech', shows: [scriptTech, text.title] },
  { name: 'other technology', path: '/technologies/svg-tech', shows: [svgTech, text.title] },
  {
    name: 'show',
    path: '/shows/hostile-show',
    shows: [text.show, text.showDescription, eve, text.title],
  },
]

/** The page's rendered text, with runs of white space made single spaces. */
const renderedText = (page: Page) =>
  // biome-ignore lint/performance/useDomNodeTextContent: what is shown matters, hidden text doesn't count
  page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '))

for (const { name, path, shows } of pages) {
  test(`hostile text on the ${name} page is shown as text and never runs`, async ({ page }) => {
    const traps = await setScriptTraps(page)
    await openPage(page, path)
    const rendered = await renderedText(page)
    for (const expected of shows) {
      expect(rendered, `the ${name} page shows this text verbatim`).toContain(expected)
    }
    // Give handlers that fire on hover or after a delay their chance.
    await page.mouse.move(200, 300)
    await page.mouse.move(400, 500)
    await expectNothingRan(page, traps, `the ${name} page`)
  })
}

test('hostile text in the player bar, while the hostile episode plays, never runs', async ({
  page,
}) => {
  const traps = await setScriptTraps(page)
  await openPage(page, '/episodes/hostile-episode')
  await page.getByRole('main').getByRole('button', { name: 'Play', exact: true }).first().click()
  const player = audioPlayer(page)
  await expect(player.getByRole('button', { name: 'Pause', exact: true })).toBeVisible()
  await expect(player).toContainText(text.title)
  await expect(player).toContainText(text.chapters[0] ?? '')
  await page.getByRole('list', { name: 'Chapters' }).getByRole('button').nth(1).click()
  await expect(player).toContainText(text.chapters[1] ?? '')
  // Browse away inside the app: the bar stays, still showing the hostile title.
  await page.getByRole('banner').getByRole('link', { name: text.site }).click()
  await expect(page.getByText(/^\d+ episodes?$/)).toBeVisible()
  await expect(player).toContainText(text.title)
  await expectNothingRan(page, traps, 'the player bar')
})
