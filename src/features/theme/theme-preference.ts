/** The bits of `Storage` the choice needs; injectable for tests. */
export interface ChoiceStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

/** `localStorage`, or null where reading it throws (privacy modes, sandboxed frames). */
function browserStorage(): ChoiceStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

export const themeChoices = ['system', 'light', 'dark'] as const
export type ThemeChoice = (typeof themeChoices)[number]

/** Read before the first paint by public/theme.js: keep the two in step. */
export const THEME_KEY = 'podcast-player:theme'

export const isThemeChoice = (value: unknown): value is ThemeChoice =>
  themeChoices.includes(value as ThemeChoice)

/** The stored choice; anything else (nothing, a stale value, no storage) is the system's. */
export function readThemeChoice(storage: ChoiceStorage | null): ThemeChoice {
  try {
    const value = storage?.getItem(THEME_KEY)
    return isThemeChoice(value) ? value : 'system'
  } catch {
    return 'system'
  }
}

/** Remembers the choice; a refusing browser only means it is forgotten on the next visit. */
export function writeThemeChoice(storage: ChoiceStorage | null, choice: ThemeChoice): void {
  try {
    storage?.setItem(THEME_KEY, choice)
  } catch {
    // Not remembered: the page still wears the choice until it is left.
  }
}

/** `data-theme` on <html>: set for light and dark, absent for the system's. */
export function applyThemeChoice(root: HTMLElement, choice: ThemeChoice): void {
  if (choice === 'system') delete root.dataset.theme
  else root.dataset.theme = choice
}

const listeners = new Set<() => void>()
/** This page's choice once made: it holds even where storage refuses it. */
let chosen: ThemeChoice | null = null

/** The page's theme choice, for `useSyncExternalStore`. */
export const themeStore = {
  get: (): ThemeChoice => chosen ?? readThemeChoice(browserStorage()),
  set(choice: ThemeChoice) {
    chosen = choice
    writeThemeChoice(browserStorage(), choice)
    applyThemeChoice(document.documentElement, choice)
    for (const listener of listeners) listener()
  },
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}
