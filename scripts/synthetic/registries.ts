import { slugify } from './prose.ts'
import type { Random } from './random.ts'
import {
  firstNames,
  lastNames,
  showWords,
  technologyPrefixes,
  technologySuffixes,
} from './words.ts'

export interface RegistryEntry {
  slug: string
  name: string
}
export interface SyntheticPerson extends RegistryEntry {
  website?: string
  github?: string
}
export interface SyntheticShow extends RegistryEntry {
  description: string
  hosts: string[]
}

export interface Registries {
  people: SyntheticPerson[]
  technologies: RegistryEntry[]
  shows: SyntheticShow[]
}

export const PEOPLE = 2_000
export const TECHNOLOGIES = 400

function people(): SyntheticPerson[] {
  const all = lastNames.flatMap((last) => firstNames.map((first) => `${first} ${last}`))
  if (all.length < PEOPLE) throw new Error('not enough name combinations for the people pool')
  return all.slice(0, PEOPLE).map((name, index) => {
    const slug = slugify(name)
    const person: SyntheticPerson = { slug, name }
    if (index % 3 === 0) person.website = `https://${slug}.example.com`
    if (index % 4 === 0) person.github = `https://github.example.com/${slug}`
    return person
  })
}

function technologies(): RegistryEntry[] {
  const all = technologyPrefixes.flatMap((prefix) =>
    technologySuffixes.map((suffix) => `${prefix}${suffix}`),
  )
  return all.slice(0, TECHNOLOGIES).map((word) => ({
    slug: word,
    name: word.charAt(0).toUpperCase() + word.slice(1),
  }))
}

function shows(random: Random, pool: SyntheticPerson[]): SyntheticShow[] {
  const count = random.int(4, 8)
  const names = new Set<string>()
  while (names.size < count) {
    names.add(
      `${random.pick(showWords.first)} ${random.pick(showWords.second)} ${random.pick(showWords.third)}`,
    )
  }
  return [...names].map((name) => ({
    slug: slugify(name),
    name,
    description: `${name} is a synthetic show generated for benchmarks.`,
    hosts: Array.from({ length: random.int(1, 2) }, () => random.pick(pool).slug).filter(
      (slug, index, all) => all.indexOf(slug) === index,
    ),
  }))
}

export function createRegistries(random: Random): Registries {
  const pool = people()
  return { people: pool, technologies: technologies(), shows: shows(random, pool) }
}
