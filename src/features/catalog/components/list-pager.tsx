import { Link } from 'wouter'

/** Where page `page` of the newest-first list lives: the home for the first. */
export const listPageHref = (page: number): string => (page <= 1 ? '/' : `/page/${page}`)

interface ListPagerProps {
  page: number
  pages: number
}

const linkClass = 'font-medium text-accent underline'

/** Newer and older pages of the list, as real links: they work without JavaScript. */
export function ListPager({ page, pages }: ListPagerProps) {
  if (pages <= 1) return null
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-4 py-4">
      {page > 1 ? (
        <Link href={listPageHref(page - 1)} rel="prev" className={linkClass}>
          Newer episodes
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700 dark:text-slate-300">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={listPageHref(page + 1)} rel="next" className={linkClass}>
          Older episodes
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
