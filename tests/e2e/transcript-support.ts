import type { Page } from '@playwright/test'
import type { TranscriptDocument } from '../../src/content/documents.ts'
import { expect } from './support/test.ts'

/** The sample episode whose WebVTT transcript names its speakers (two guests, a host, a producer). */
export const spokenEpisode = {
  slug: 'ebpf-for-the-curious',
  title: 'eBPF for the Curious',
  paragraphs: [
    { start: 0, time: '0:00', speaker: 'Noor Halvorsen', text: 'Programs in the Kernel' },
    { start: 36, time: '0:36', speaker: 'Elin Sparrowhawk', text: 'Meet the Verifier' },
    { start: 84, time: '1:24', speaker: 'Ada Quillfeather', text: 'Maps and Hooks' },
    { start: 139, time: '2:19', speaker: 'Studio Producer', text: 'Writing the User-Space Side' },
    { start: 196, time: '3:16', speaker: 'Noor Halvorsen', text: 'Debugging Stories' },
    { start: 251, time: '4:11', speaker: 'Elin Sparrowhawk', text: 'Security Trade-offs' },
    { start: 297, time: '4:57', speaker: 'Ada Quillfeather', text: 'Where to Start Tomorrow' },
  ],
}

export const transcriptRegion = (page: Page) => page.getByRole('region', { name: 'Transcript' })

/** The paragraph marked as being spoken (`aria-current`) inside `scope`. */
export const currentParagraph = (page: Page) =>
  transcriptRegion(page).locator('[data-paragraph][aria-current="true"]')

/**
 * A three-hour transcript (a paragraph every 4 seconds), hostile text included,
 * in place of the episode's own: served to the app when it fetches the document.
 */
export function longTranscript(slug: string, paragraphs = 2500): TranscriptDocument {
  return {
    slug,
    language: 'en',
    speakers: [
      {
        name: 'Ada Quillfeather',
        person: {
          slug: 'ada-quillfeather',
          name: 'Ada Quillfeather',
          website: null,
          github: null,
          avatar: null,
        },
      },
      { name: 'Caller <b>from</b> "Leeds"', person: null },
    ],
    paragraphs: Array.from({ length: paragraphs }, (_, index) => ({
      start: index * 4,
      end: index * 4 + 3.5,
      speaker: index % 7 === 6 ? null : index % 2,
      text:
        index % 100 === 50
          ? `<script>window.hacked = true</script> <img src=x onerror="window.hacked = true"> line ${index}.`
          : `Line ${index}: the kernel verifier checks every program before it runs, and maps keep state.`,
    })),
    // A chapter every 112 paragraphs (about seven and a half minutes).
    headings: Array.from({ length: Math.ceil(paragraphs / 112) }, (_, chapter) => ({
      title: `Chapter ${chapter + 1}`,
      start: chapter * 112 * 4,
      before: chapter * 112,
    })),
  }
}

/**
 * Opens the home page, serves `transcript` for the episode, then opens the
 * episode in the app (the prerendered page would carry its own transcript).
 */
export async function openWithTranscript(
  page: Page,
  slug: string,
  title: string,
  transcript: TranscriptDocument,
) {
  await page.route(`**/data/transcripts/${slug}.json`, (route) =>
    route.fulfill({ json: transcript }),
  )
  await page.goto('/')
  await page.getByRole('main').getByRole('link', { name: title, exact: true }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  // Thousands of paragraphs take a while to render on a busy machine.
  await expect(transcriptRegion(page).locator('[data-paragraph]')).toHaveCount(
    transcript.paragraphs.length,
    { timeout: 30_000 },
  )
}
