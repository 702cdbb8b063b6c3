import type { ReactNode } from 'react'
import { Link, useLocation, useSearch } from 'wouter'
import { useScrollRestoration } from '../components/use-scroll-restoration.ts'
import { PlayerBar } from '../features/player/components/player-bar.tsx'
import { ThemeSwitch } from '../features/theme/components/theme-switch.tsx'
import { useSiteTitle } from './routes/use-page-title.ts'

export function AppLayout({ children }: { children: ReactNode }) {
  const siteTitle = useSiteTitle()
  const [path] = useLocation()
  useScrollRestoration(path, useSearch())
  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:text-slate-900"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-3 px-4">
          <Link
            href="/"
            aria-label={siteTitle ? undefined : 'Home'}
            className="truncate text-lg font-bold tracking-tight"
          >
            {siteTitle ?? <span className="invisible">Podcast</span>}
          </Link>
          <ThemeSwitch />
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 pb-32 focus:outline-none"
      >
        {children}
      </main>
      <PlayerBar />
    </div>
  )
}
