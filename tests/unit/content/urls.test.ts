import { describe, expect, it } from 'vitest'
import { nameFromSlug } from '../../../src/content/compile/names.ts'
import { githubProfile } from '../../../src/content/compile/people.ts'
import { isSafeLink, originOf, resolveAudioUrl, withBase } from '../../../src/content/read/urls.ts'

const episode = { id: 'id 1/ü', slug: 'my-episode', show: 'my-show' }

describe('resolveAudioUrl', () => {
  it('prefers the episode audioUrl', () => {
    expect(
      resolveAudioUrl({ ...episode, audioUrl: 'https://a.example/x.mp3' }, 'https://t/{id}', '/'),
    ).toBe('https://a.example/x.mp3')
  })

  it('fills the template with URL-encoded values', () => {
    expect(resolveAudioUrl(episode, 'https://cdn.example.com/{show}/{id}/{slug}.mp3', '/')).toBe(
      'https://cdn.example.com/my-show/id%201%2F%C3%BC/my-episode.mp3',
    )
    expect(resolveAudioUrl({ id: 'a', slug: 'b' }, '/audio/{show}{slug}.mp3', '/')).toBe(
      '/audio/b.mp3',
    )
  })

  it('is null without audioUrl or template', () => {
    expect(resolveAudioUrl(episode, undefined, '/')).toBeNull()
  })

  it('prefixes root-relative URLs with the base path', () => {
    expect(resolveAudioUrl({ ...episode, audioUrl: '/audio/x.mp3' }, undefined, '/podcast/')).toBe(
      '/podcast/audio/x.mp3',
    )
    expect(resolveAudioUrl(episode, '/audio/{slug}.mp3', '/podcast')).toBe(
      '/podcast/audio/my-episode.mp3',
    )
    expect(withBase('https://cdn.example.com/x.mp3', '/podcast/')).toBe(
      'https://cdn.example.com/x.mp3',
    )
    expect(withBase('//evil.example.com/x', '/podcast/')).toBe('//evil.example.com/x')
  })
})

describe('links and names', () => {
  it('derives display names from slugs', () => {
    expect(nameFromSlug('mauro-morales')).toBe('Mauro Morales')
    expect(nameFromSlug('k8s-at-scale-2')).toBe('K8s At Scale 2')
  })

  it('finds origins of absolute URLs only', () => {
    expect(originOf('https://cdn.example.com:8443/a/b.mp3')).toBe('https://cdn.example.com:8443')
    expect(originOf('/audio/a.mp3')).toBeNull()
  })

  it('accepts only http(s) links', () => {
    expect(['https://a.example', 'http://a.example/x'].every(isSafeLink)).toBe(true)
    expect(
      ['javascript:alert(1)', 'data:text/html,x', '//a.example', 'https://', 'ftp://a'].some(
        isSafeLink,
      ),
    ).toBe(false)
  })

  it('turns GitHub user names into profile URLs', () => {
    expect(githubProfile('octocat')).toBe('https://github.com/octocat')
    expect(githubProfile('@octocat')).toBe('https://github.com/octocat')
    expect(githubProfile('https://github.com/octocat')).toBe('https://github.com/octocat')
    expect(githubProfile('javascript:alert(1)')).toBeNull()
  })
})
