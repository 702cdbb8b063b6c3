/** What a slug looks like: lowercase letters and digits, single hyphens between. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * `openGemini` → `opengemini`, `Jane Doe` → `jane-doe`: how registry keys (YAML
 * keys, file and folder names) and the references to them are compared.
 */
export function slugify(value: string): string {
  // Most references are slugs already: one test instead of five passes over the text.
  if (SLUG_PATTERN.test(value)) return value
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
