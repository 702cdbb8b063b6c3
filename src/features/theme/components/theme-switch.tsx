import { useSyncExternalStore } from 'react'
import { type ThemeChoice, themeChoices, themeStore } from '../theme-preference.ts'

const labels: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' }

/** Sun, moon and screen outlines; decorative, the buttons carry the names. */
const shapes: Record<ThemeChoice, string> = {
  system: 'M3 5h18v11H3zM8 20h8M12 16v4',
  light:
    'M12 8a4 4 0 1 0 0 8a4 4 0 0 0 0-8zM12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4',
  dark: 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z',
}

/**
 * System, Light or Dark: remembered, and applied before the next visit's first paint by
 * public/theme.js. The prerendered page shows System pressed; the app corrects it on
 * taking over without moving anything (the three buttons keep their size).
 */
export function ThemeSwitch() {
  const choice = useSyncExternalStore(themeStore.subscribe, themeStore.get, () => 'system' as const)
  return (
    <fieldset className="flex shrink-0 items-center gap-0.5 rounded-full border border-slate-300 p-0.5 dark:border-slate-600">
      <legend className="sr-only">Theme</legend>
      {themeChoices.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={choice === option}
          title={`${labels[option]} theme`}
          onClick={() => themeStore.set(option)}
          className="inline-flex size-8 items-center justify-center rounded-full text-slate-700 hover:bg-slate-100 aria-pressed:bg-accent aria-pressed:text-on-accent dark:text-slate-300 dark:hover:bg-slate-800"
        >
          <svg viewBox="0 0 24 24" className="size-4" aria-hidden="true" focusable="false">
            <path
              d={shapes[option]}
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span className="sr-only">{labels[option]} theme</span>
        </button>
      ))}
    </fieldset>
  )
}
