import type { ReactNode } from 'react'

interface CollectionHeaderProps {
  kind: string
  title: ReactNode
  /** The count line; null while it loads, its line kept. */
  summary: string | null
  /** Artwork, icon or avatar shown beside the title, in a fixed-size box. */
  image?: ReactNode
  children?: ReactNode
}

/** Heading of a person, technology or show page. */
export function CollectionHeader({ kind, title, summary, image, children }: CollectionHeaderProps) {
  return (
    <header className="mb-6 flex flex-col gap-2">
      <div className="flex items-center gap-4">
        {image}
        <div className="flex min-w-0 flex-col gap-2">
          <p className="text-sm font-semibold uppercase tracking-wide text-accent">{kind}</p>
          <h1 className="text-3xl font-bold">{title}</h1>
          <p className="min-h-6 text-slate-700 dark:text-slate-300">{summary}</p>
        </div>
      </div>
      {children}
    </header>
  )
}
