import { usePageTitle } from './use-page-title.ts'

/** Sets the document title from inside a render callback, where hooks cannot be called. */
export function PageTitle({ title }: { title: string }) {
  usePageTitle(title)
  return null
}
