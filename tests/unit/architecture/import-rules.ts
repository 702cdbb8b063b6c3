import { dirname, posix, relative, resolve } from 'node:path'
import ts from 'typescript'

export interface ImportEdge {
  /** Importing file, relative to the project root, with forward slashes. */
  from: string
  /** Imported module: resolved project path for relative specifiers, else the bare specifier. */
  to: string
  /** Erased at compile time (`import type`, `export type`): costs nothing at run time. */
  typeOnly: boolean
}

/** Every import, re-export and dynamic import() of one source file. */
export function importsOf(file: string, text: string, root: string): ImportEdge[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, scriptKind(file))
  const from = toProjectPath(root, file)
  const edges: ImportEdge[] = []
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return
    const spec = specifier.text
    const to = spec.startsWith('.') ? toProjectPath(root, resolve(dirname(file), spec)) : spec
    edges.push({ from, to, typeOnly })
  }
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, node.importClause?.isTypeOnly ?? false)
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false)
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument
      if (ts.isLiteralTypeNode(argument)) add(argument.literal, true)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return edges
}

function scriptKind(file: string): ts.ScriptKind {
  return file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
}

function toProjectPath(root: string, file: string): string {
  return relative(root, file).split('\\').join(posix.sep)
}

const within = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`)

/** The feature a path belongs to (`src/features/player/x.ts` → `player`), if any. */
function featureOf(path: string): string | null {
  const match = /^src\/features\/([^/]+)\//.exec(path)
  return match?.[1] ?? null
}

/** Node code that runs at build time or from the command line, never in the browser. */
const buildTime = ['src/content', 'src/import']

/**
 * The layering rules, one message per broken edge:
 * browser code may only `import type` from the build-time compiler (src/content);
 * a feature never reaches into another feature (src/app composes them);
 * shared code (src/lib, src/components) sits below features and the app shell.
 */
export function boundaryViolations(edges: ImportEdge[]): string[] {
  const problems: string[] = []
  for (const edge of edges) {
    const { from, to } = edge
    if (buildTime.some((folder) => within(from, folder))) continue
    const say = (why: string) => problems.push(`${from} imports ${to}: ${why}`)
    if (within(to, 'src/content') && !edge.typeOnly) {
      say('browser code may only `import type` from the build-time src/content')
    }
    if (within(to, 'src/import')) say('browser code may not import the feed import (src/import)')
    const fromFeature = featureOf(from)
    const toFeature = featureOf(to)
    if (fromFeature && toFeature && fromFeature !== toFeature) {
      say(`feature "${fromFeature}" reaches into feature "${toFeature}"; compose them in src/app`)
    }
    if (fromFeature && within(to, 'src/app')) {
      say('a feature may not depend on the app shell')
    }
    if (
      (within(from, 'src/lib') || within(from, 'src/components')) &&
      /^src\/(app|features)\//.test(to)
    ) {
      say('shared code may not depend on features or the app shell')
    }
  }
  return problems
}

/**
 * Every module a start file reaches through its imports, static or dynamic, as
 * project paths (with the extension the source names) and bare package names.
 */
export function reachableFrom(
  start: string,
  edgesOfFile: (path: string) => ImportEdge[],
): Set<string> {
  const seen = new Set<string>([start])
  const queue = [start]
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    for (const edge of edgesOfFile(path)) {
      if (edge.typeOnly || seen.has(edge.to)) continue
      seen.add(edge.to)
      if (edge.to.startsWith('src/')) queue.push(edge.to)
    }
  }
  return seen
}

/** The build-time compiler's stages, in the order the build runs them. */
export const contentStages = ['read', 'compile', 'publish'] as const
type ContentStage = (typeof contentStages)[number]

/** The shapes of the compiler's output, which any code may `import type`. */
const documentTypes = 'src/content/documents.ts'

const stageOf = (path: string): ContentStage | null =>
  contentStages.find((stage) => within(path, `src/content/${stage}`)) ?? null

/**
 * The flow of src/content, one message per broken edge: a stage imports only
 * itself and the stages before it (read, then compile, then publish), never the
 * entries at src/content's root that wire them (the Vite plugin, the dev server,
 * the check CLI); from the root it takes the documents' types, with `import type`.
 * A type-only import counts like any other, documents.ts aside: needing a later
 * stage's type is depending on that stage.
 */
export function stageViolations(edges: readonly ImportEdge[]): string[] {
  const problems: string[] = []
  for (const { from, to, typeOnly } of edges) {
    const stage = stageOf(from)
    if (!stage || !within(to, 'src/content')) continue
    const say = (why: string) => problems.push(`${from} imports ${to}: ${why}`)
    const target = stageOf(to)
    if (target === null && to !== documentTypes) {
      say(`the ${stage} stage may not import the entries that wire the stages`)
    } else if (target === null && !typeOnly) {
      say('documents.ts holds the output types: import them with `import type`')
    } else if (target && contentStages.indexOf(target) > contentStages.indexOf(stage)) {
      say(`the ${stage} stage runs before the ${target} stage and may not import it`)
    }
  }
  return problems
}

/**
 * Import cycles through value imports, each as the path that closes it
 * (`a.ts → b.ts → a.ts`). Type-only imports are left out: they are erased, so
 * they never make modules load in a circle.
 */
export function importCycles(edges: readonly ImportEdge[]): string[] {
  const targets = new Map<string, string[]>()
  for (const { from, to, typeOnly } of edges) {
    if (!typeOnly) targets.set(from, [...(targets.get(from) ?? []), to])
  }
  const cycles: string[] = []
  const finished = new Set<string>()
  const path: string[] = []
  const visit = (module: string) => {
    const start = path.indexOf(module)
    if (start >= 0) {
      cycles.push([...path.slice(start), module].join(' → '))
      return
    }
    if (finished.has(module)) return
    path.push(module)
    for (const target of targets.get(module) ?? []) visit(target)
    path.pop()
    finished.add(module)
  }
  for (const module of [...targets.keys()].sort()) visit(module)
  return cycles
}
