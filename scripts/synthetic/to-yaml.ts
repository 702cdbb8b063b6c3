import type { SyntheticEpisode } from './episodes.ts'
import type { Registries } from './registries.ts'

/**
 * Hand-written YAML: the values come from word lists, so quoting titles is the
 * only escaping needed, and writing text directly is much faster than a dumper
 * at 10,000 files.
 */
const quote = (text: string) => `'${text.replaceAll("'", "''")}'`
const list = (key: string, items: string[]) =>
  items.length === 0 ? `${key}: []` : `${key}:\n${items.map((item) => `  - ${item}`).join('\n')}`
const block = (text: string) =>
  text
    .split('\n')
    .map((line) => (line === '' ? '' : `  ${line}`))
    .join('\n')

export function episodeMarkdown(episode: SyntheticEpisode): string {
  const lines = [
    '---',
    `id: ${episode.id}`,
    `slug: ${episode.slug}`,
    `title: ${quote(episode.title)}`,
    `description: |\n${block(episode.description)}`,
    `publishedAt: ${episode.publishedAt}`,
  ]
  if (episode.type) lines.push(`type: ${episode.type}`)
  if (episode.category) lines.push(`category: ${episode.category}`)
  lines.push(
    `show: ${episode.show}`,
    list('technologies', episode.technologies),
    list('guests', episode.guests),
    `duration: ${episode.duration}`,
    `audioFileSize: ${episode.audioFileSize}`,
  )
  if (episode.chapters.length > 0) {
    lines.push('chapters:')
    for (const chapter of episode.chapters) {
      lines.push(`  - startTime: ${chapter.startTime}`, `    title: ${quote(chapter.title)}`)
    }
  }
  if (episode.youtubeId) lines.push(`youtubeId: ${episode.youtubeId}`)
  lines.push('---', '')
  return episode.body ? `${lines.join('\n')}\n${episode.body}` : lines.join('\n')
}

export function registryFiles(registries: Registries): Record<string, string> {
  const people = registries.people.map((person) =>
    [
      `${person.slug}:`,
      `  name: ${quote(person.name)}`,
      ...(person.website ? [`  website: ${person.website}`] : []),
      ...(person.github ? [`  github: ${person.github}`] : []),
    ].join('\n'),
  )
  const technologies = registries.technologies.map(
    (technology) => `${technology.slug}:\n  name: ${quote(technology.name)}`,
  )
  const shows = registries.shows.map((show) =>
    [
      `${show.slug}:`,
      `  name: ${quote(show.name)}`,
      `  description: ${quote(show.description)}`,
      block(list('hosts', show.hosts)),
    ].join('\n'),
  )
  return {
    'people.yaml': `${people.join('\n')}\n`,
    'technologies.yaml': `${technologies.join('\n')}\n`,
    'shows.yaml': `${shows.join('\n')}\n`,
    'site.yaml': [
      `title: ${quote('Synthetic Catalog')}`,
      `description: ${quote('Generated episodes for benchmarks.')}`,
      'language: en',
      `audioUrlTemplate: ${quote('/audio/{slug}.mp3')}`,
      '',
    ].join('\n'),
  }
}
