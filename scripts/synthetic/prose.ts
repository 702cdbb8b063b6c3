import type { Random } from './random.ts'
import { adjectives, determiners, linkers, nouns, verbs } from './words.ts'

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

function clause(random: Random): string {
  const subject = random.chance(0.5)
    ? `${random.pick(adjectives)} ${random.pick(nouns)}`
    : random.pick(nouns)
  const object = random.chance(0.5)
    ? `${random.pick(adjectives)} ${random.pick(nouns)}`
    : random.pick(nouns)
  return `${random.pick(determiners)} ${subject} ${random.pick(verbs)} ${random.pick(determiners)} ${object}`
}

export function sentence(random: Random): string {
  const clauses = [clause(random)]
  const extra = random.int(0, 2)
  for (let index = 0; index < extra; index += 1)
    clauses.push(`${random.pick(linkers)} ${clause(random)}`)
  return `${capitalize(clauses.join(' '))}.`
}

export function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ')
}

/** Title Case words from the prose lists, for episode and chapter titles. */
export function title(random: Random, words: number): string {
  const picked = Array.from({ length: words }, (_, index) =>
    index % 2 === 0 ? random.pick(adjectives) : random.pick(nouns),
  )
  return picked.map(capitalize).join(' ')
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
