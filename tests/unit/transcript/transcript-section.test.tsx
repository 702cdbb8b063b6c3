// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { TranscriptSpeaker } from '../../../src/content/documents.ts'
import { TranscriptSection } from '../../../src/features/transcript/components/transcript-section.tsx'
import { fakePlayback } from './fake-playback.ts'
import { interview, longTranscript } from './transcript-fixture.ts'

const renderSpeaker = (speaker: TranscriptSpeaker) =>
  speaker.person ? <a href={`/people/${speaker.person.slug}`}>{speaker.name}</a> : speaker.name
const files = [
  { url: '/episodes/interview/transcript.vtt', type: 'text/vtt' as const, language: 'en' },
  { url: '/episodes/interview/transcript.json', type: 'application/json' as const, language: 'en' },
]
const scrolls = vi.fn()

beforeEach(() => {
  scrolls.mockClear()
  HTMLElement.prototype.scrollTo = scrolls
})
afterEach(cleanup)

function show(playback = fakePlayback(), transcript = interview) {
  const momentHref = vi.fn((seconds: number) => `/episodes/interview?t=${seconds}`)
  render(
    <TranscriptSection
      transcript={transcript}
      files={files}
      playback={playback}
      momentHref={momentHref}
      renderSpeaker={renderSpeaker}
    />,
  )
  return { playback, momentHref, region: screen.getByRole('region', { name: 'Transcript' }) }
}

const current = (region: HTMLElement) =>
  [...region.querySelectorAll('[aria-current="true"]')].map((node) => node.textContent)

describe('TranscriptSection', () => {
  it('shows every paragraph with its speaker, its time as a link, and the chapter headings', () => {
    const { region } = show()
    expect(
      within(region)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Introduction', 'Questions', 'Credits'])
    const ada = within(region).getAllByRole('link', { name: 'Ada Lovelace' })
    expect(ada.map((link) => link.getAttribute('href'))).toEqual(['/people/ada', '/people/ada'])
    expect(region.textContent).toContain('Caller from Leeds')
    expect(within(region).getByRole('link', { name: '0:30' }).getAttribute('href')).toBe(
      '/episodes/interview?t=30',
    )
    expect(within(region).getByRole('link', { name: 'Download (WebVTT)' })).toBeTruthy()
    expect(within(region).getByRole('link', { name: 'Download (JSON)' })).toBeTruthy()
  })

  it('shows cue text as text, never as markup', () => {
    const { region } = show()
    expect(region.querySelector('img')).toBeNull()
    expect(region.textContent).toContain('<img src=x onerror="alert(1)"> is not markup here.')
  })

  it('marks the paragraph being spoken and keeps it in view while Follow is on', () => {
    const { region, playback } = show()
    const follow = screen.getByRole('button', { name: 'Follow' })
    expect(follow.getAttribute('aria-pressed')).toBe('false')
    act(() => playback.setPlaying(true))
    expect(follow.getAttribute('aria-pressed')).toBe('true')
    act(() => playback.moveTo(9))
    expect(current(region)).toEqual(['Caller from Leeds0:08I have a question about engines.'])
    expect(scrolls).toHaveBeenCalled()
    fireEvent.wheel(region.querySelector('[data-paragraph="0"]')?.parentElement ?? region)
    expect(follow.getAttribute('aria-pressed')).toBe('false')
    scrolls.mockClear()
    act(() => playback.moveTo(31))
    expect(current(region)).toHaveLength(1)
    expect(current(region)[0]).toContain('The analytical engine')
    expect(scrolls).not.toHaveBeenCalled()
  })

  it('turns Follow off when the focus moves into the text, and on when a time is played', () => {
    const { region, playback } = show()
    act(() => playback.setPlaying(true))
    const link = within(region).getByRole('link', { name: '0:15' })
    fireEvent.focusIn(link)
    expect(screen.getByRole('button', { name: 'Follow' }).getAttribute('aria-pressed')).toBe(
      'false',
    )
    fireEvent.click(link)
    expect(playback.played).toEqual([15])
    expect(screen.getByRole('button', { name: 'Follow' }).getAttribute('aria-pressed')).toBe('true')
  })

  it('finds words, counts them, and steps through them with Previous and Next', () => {
    const { region } = show()
    const box = screen.getByRole('searchbox', { name: 'Find in transcript' })
    fireEvent.change(box, { target: { value: 'ENGINE' } })
    expect(screen.getByRole('status').textContent).toBe('3 matches')
    expect([...region.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'engine',
      'engine',
      'engine',
    ])
    fireEvent.click(screen.getByRole('button', { name: 'Next match' }))
    expect(screen.getByRole('status').textContent).toBe('1 of 3')
    fireEvent.click(screen.getByRole('button', { name: 'Previous match' }))
    expect(screen.getByRole('status').textContent).toBe('3 of 3')
    expect(region.querySelector('[data-active-match]')?.closest('[data-paragraph]')).toBe(
      region.querySelector('[data-paragraph="3"]'),
    )
    fireEvent.keyDown(box, { key: 'Enter' })
    expect(screen.getByRole('status').textContent).toBe('1 of 3')
    fireEvent.change(box, { target: { value: 'nowhere' } })
    expect(screen.getByRole('status').textContent).toBe('No matches')
    expect(screen.getByRole('button', { name: 'Next match' })).toHaveProperty('disabled', true)
  })

  it('never re-renders the whole of a long transcript on time updates', () => {
    const { region, playback, momentHref } = show(fakePlayback(), longTranscript(2500))
    const rendersBefore = momentHref.mock.calls.length
    expect(rendersBefore).toBeGreaterThanOrEqual(2500)
    for (let position = 0; position < 400; position += 1.5) act(() => playback.moveTo(position))
    expect(momentHref.mock.calls.length).toBe(rendersBefore)
    expect(current(region)).toEqual(['6:36Paragraph 99 says something.'])
  }, 60_000)

  it('without audio has no Follow, and its times are plain links to their moment', () => {
    render(
      <TranscriptSection
        transcript={interview}
        files={[]}
        playback={null}
        momentHref={(seconds) => `/episodes/interview?t=${seconds}`}
        renderSpeaker={renderSpeaker}
      />,
    )
    expect(screen.queryByRole('button', { name: 'Follow' })).toBeNull()
    expect(screen.getByRole('link', { name: '0:08' }).getAttribute('href')).toBe(
      '/episodes/interview?t=8',
    )
  })
})
