import type { ReactNode } from 'react'

/** What the embed shows instead of the player: loading, a missing episode, a failure. */
export function EmbedStatus({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-[180px] items-center justify-center bg-white p-4 text-slate-800 dark:bg-slate-900 dark:text-slate-200">
      <p role="status">{children}</p>
    </main>
  )
}
