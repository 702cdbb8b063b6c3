import { Link } from 'wouter'

export function NotFoundPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Page not found</h1>
      <p>
        There is nothing at this address. <Link href="/">Browse all episodes</Link>.
      </p>
    </>
  )
}
