/** Typography for build-time HTML (descriptions, bios) on entry pages. */
export const entryProse =
  'max-w-prose space-y-3 leading-relaxed text-slate-800 dark:text-slate-200 [&_a]:text-accent [&_a]:underline [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 dark:[&_code]:bg-slate-800'
