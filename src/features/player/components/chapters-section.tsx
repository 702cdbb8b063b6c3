import type { ReactNode } from 'react'

/** An episode page's "Chapters" heading and the ordered list it names. */
export function ChaptersSection({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="chapters-heading" className="mt-6">
      <h2 id="chapters-heading" className="mb-2 text-xl font-bold">
        Chapters
      </h2>
      <ol
        aria-labelledby="chapters-heading"
        className="divide-y divide-slate-200 dark:divide-slate-800"
      >
        {children}
      </ol>
    </section>
  )
}
