import { Link } from 'wouter'
import { pagePath } from '../static-index/browse-page.ts'

interface ListPagerProps {
  /** Where the list's first page is (`/`, `/people/<slug>`…); page n is at `<basePath>/page/<n>`. */
  basePath: string
  page: number
  pages: number
}

const linkClass = 'font-medium text-accent underline'

/** Newer and older pages of a list, as real links: they work without JavaScript. */
export function ListPager({ basePath, page, pages }: ListPagerProps) {
  if (pages <= 1) return null
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-4 py-4">
      {page > 1 ? (
        <Link href={pagePath(basePath, page - 1)} rel="prev" className={linkClass}>
          Newer episodes
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700 dark:text-slate-300">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={pagePath(basePath, page + 1)} rel="next" className={linkClass}>
          Older episodes
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
