import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { renderPage } from '../../../src/app/server/render-page.tsx'
import { episodeWithTranscript, transcriptPageSource } from './episode-fixture.ts'
import { interview } from './transcript-fixture.ts'

const route = { kind: 'episode' as const, slug: 'interview', path: '/episodes/interview' }

function renderedBody(transcript = interview) {
  const page = renderPage(
    route,
    transcriptPageSource(episodeWithTranscript('interview', 60), transcript),
  )
  return { page, body: new JSDOM(page.body).window.document }
}

describe('an episode page with a transcript, prerendered', () => {
  it('holds the whole transcript as HTML, chapter headings and time links included', () => {
    const { body } = renderedBody()
    const region = body.querySelector('section[aria-labelledby="transcript-heading"]')
    expect(region?.querySelector('h2')?.textContent).toBe('Transcript')
    const paragraphs = [...(region?.querySelectorAll('[data-paragraph]') ?? [])]
    expect(paragraphs.map((paragraph) => paragraph.querySelector('p')?.textContent)).toEqual(
      interview.paragraphs.map((paragraph) => paragraph.text),
    )
    expect([...(region?.querySelectorAll('h3') ?? [])].map((h) => h.textContent)).toEqual([
      'Introduction',
      'Questions',
      'Credits',
    ])
    const times = [...(region?.querySelectorAll('[data-paragraph] a[href*="?t="]') ?? [])]
    expect(times.map((link) => link.getAttribute('href'))).toEqual([
      '/episodes/interview?t=0',
      '/episodes/interview?t=8',
      '/episodes/interview?t=15',
      '/episodes/interview?t=30',
    ])
    expect(region?.querySelector('a[href="/people/ada"]')?.textContent).toMatch(/Ada Lovelace$/)
    expect(region?.querySelector('img[src="x"]')).toBeNull()
  })

  it('carries the transcript document for the app to take over from', () => {
    const { page } = renderedBody()
    expect(page.data).toContain('":transcript","interview"')
    expect(page.data).not.toContain('<img')
  })

  it('renders the page without a transcript section when the document is missing', () => {
    const page = renderPage(
      route,
      transcriptPageSource(episodeWithTranscript('interview', 60), undefined),
    )
    expect(page.body).not.toContain('transcript-heading')
    expect(page.body).toContain('Loading the transcript')
  })
})
