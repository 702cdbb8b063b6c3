/** The episode page's outline while its document loads. */
export function EpisodeSkeleton() {
  const bar = 'animate-pulse rounded bg-slate-200 dark:bg-slate-800'
  return (
    <div aria-hidden="true" className="flex flex-col gap-5">
      <div className={`${bar} h-9 w-3/4`} />
      <div className={`${bar} h-5 w-1/2`} />
      <div className={`${bar} h-7 w-2/3`} />
      <div className={`${bar} h-12 w-40`} />
      <div className={`${bar} h-40 w-full`} />
    </div>
  )
}
