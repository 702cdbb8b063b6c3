import { Link } from 'wouter'
import { usePageTitle } from './use-page-title.ts'

export function NotFoundPage() {
  usePageTitle('Page not found')
  return (
    <div className="flex flex-col items-start gap-3 py-8">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="text-slate-700 dark:text-slate-300">
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </p>
      <Link href="/" className="font-medium text-accent underline">
        Browse all episodes
      </Link>
    </div>
  )
}
