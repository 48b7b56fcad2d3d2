import fs from "fs"
import path from "path"
import ts from "typescript"
import resources from "../i18n"

const ADMIN_DIR = path.resolve(__dirname, "..")
const CORE_TRANSLATIONS_DIR = path.resolve(__dirname, "../../../node_modules/@medusajs/dashboard/src/i18n/translations")
const LANGUAGES = ["en", "de", "fr", "es"] as const
const NAMESPACE = "medusaBrands"
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

type Tree = { [key: string]: string | Tree }

const flatten = (tree: Tree, prefix = ""): Map<string, string> => {
  const entries = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const fullKey = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") entries.set(fullKey, value)
    else flatten(value, fullKey).forEach((v, k) => entries.set(k, v))
  }
  return entries
}

const strings = (language: string) => flatten(resources[language as keyof typeof resources].translation as Tree)
const coreStrings = (language: string) =>
  flatten(JSON.parse(fs.readFileSync(path.join(CORE_TRANSLATIONS_DIR, `${language}.json`), "utf8")))

/** The keys a language must have: English's, with each plural in the language's own plural forms. */
const expectedKeys = (language: string) => {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
  const keys = new Set<string>()
  for (const key of strings("en").keys()) {
    if (PLURAL_SUFFIX.test(key)) categories.forEach((c) => keys.add(key.replace(PLURAL_SUFFIX, `_${c}`)))
    else keys.add(key)
  }
  return keys
}

const variables = (text: string) => [...text.matchAll(/{{\s*([\w.]+)\s*(?:,[^}]*)?}}/g)].map((m) => m[1]).sort()
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, "")

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "__tests__" || entry.name === "i18n" ? [] : sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : []
  })
const SOURCES = sourceFiles(ADMIN_DIR).map((file) => ({
  file: path.relative(ADMIN_DIR, file),
  text: fs.readFileSync(file, "utf8"),
}))

/** Every string literal that names one of our keys, wherever it is written (t calls, label maps, route config). */
const keysInSource = () => {
  const used = new Map<string, string>()
  const pattern = new RegExp(`["'\`](${NAMESPACE}\\.[A-Za-z0-9_.]+)["'\`]`, "g")
  for (const { file, text } of SOURCES) for (const m of text.matchAll(pattern)) used.set(m[1], file)
  return used
}

/** Core dashboard keys the plugin reuses, e.g. t("actions.save"). */
const coreKeysInSource = () => {
  const used = new Map<string, string>()
  for (const { file, text } of SOURCES)
    for (const m of text.matchAll(/\bt\(\s*["']([A-Za-z0-9_.]+)["']/g))
      if (!m[1].startsWith(`${NAMESPACE}.`)) used.set(m[1], file)
  return used
}

const hasKey = (keys: Set<string> | Map<string, string>, key: string) =>
  keys.has(key) || [...keys.keys()].some((k) => PLURAL_SUFFIX.test(k) && baseKey(k) === key)

// Props, fields and constants a merchant reads (`label`, `aria-label`, `confirmText`, `EMPTY_TEXT`, ...).
// A string literal there must come from t().
const USER_FACING = new Set(["header", "alt", "tooltip", "content", "emptyState", "prompt"])
const isUserFacing = (name: string) =>
  USER_FACING.has(name) || /(label|text|title|description|placeholder|hint|message|heading)$/i.test(name)
const WORDS = /[A-Za-z]{2,}/
const isKey = (text: string) => text.startsWith(`${NAMESPACE}.`)

/** The literal text an expression can show: both branches of `a ? "x" : "y"`, the fallback of `a ?? "x"`, a template's words. */
const literalTexts = (node: ts.Expression): string[] => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text]
  if (ts.isTemplateExpression(node)) return [[node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" ")]
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression)
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)]
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(node.operatorToken.kind))
    return [...literalTexts(node.left), ...literalTexts(node.right)]
  return []
}

/** Hard-coded English in the admin's code, found with the TypeScript parser rather than a guess at syntax. */
const hardCodedStrings = () => {
  const found: string[] = []
  for (const { file, text } of SOURCES) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
    const report = (node: ts.Node, value: string) =>
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${JSON.stringify(value.trim())}`)
    const check = (node: ts.Expression | undefined) => {
      if (node) for (const value of literalTexts(node)) if (WORDS.test(value) && !isKey(value)) report(node, value)
    }
    const visit = (node: ts.Node) => {
      if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text)
      // {cond ? "Active" : "Inactive"} between tags
      if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) check(node.expression)
      if (ts.isJsxAttribute(node) && isUserFacing(node.name.getText(source)) && node.initializer)
        check(ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer)
      if (ts.isPropertyAssignment(node) && isUserFacing(node.name.getText(source).replace(/["']/g, ""))) check(node.initializer)
      // `const EMPTY_TEXT = "…"`, `{ label = "…" }` and `(title = "…")`
      if ((ts.isVariableDeclaration(node) || ts.isBindingElement(node) || ts.isParameter(node)) && isUserFacing(node.name.getText(source)))
        check(node.initializer)
      if (ts.isCallExpression(node) && /^toast\.\w+$/.test(node.expression.getText(source))) check(node.arguments[0])
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

describe("admin translations", () => {
  it("ships English, German, French and Spanish, every key under the plugin's namespace", () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort())
    for (const language of LANGUAGES) {
      const tree = resources[language].translation as Tree
      expect(Object.keys(tree)).toEqual([NAMESPACE])
    }
  })

  it.each(LANGUAGES.filter((l) => l !== "en"))("%s has exactly the English keys, in its own plural forms", (language) => {
    const expected = expectedKeys(language)
    const actual = new Set(strings(language).keys())
    expect({ missing: [...expected].filter((k) => !actual.has(k)), extra: [...actual].filter((k) => !expected.has(k)) })
      .toEqual({ missing: [], extra: [] })
  })

  it.each(LANGUAGES)("%s has no empty string and the same {{variables}} as English", (language) => {
    const english = strings("en")
    const problems: string[] = []
    for (const [key, value] of strings(language)) {
      if (!value.trim()) problems.push(`${key} is empty`)
      const source = english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, "_other"))
      if (source !== undefined && variables(value).join() !== variables(source).join())
        problems.push(`${key}: {{${variables(value)}}} instead of {{${variables(source)}}}`)
    }
    expect(problems).toEqual([])
  })

  it("every key the admin code names exists, and every English key is used", () => {
    const english = strings("en")
    const used = keysInSource()
    const missing = [...used].filter(([key]) => !hasKey(english, key)).map(([key, file]) => `${key} (${file})`)
    const unused = [...new Set([...english.keys()].map(baseKey))].filter((key) => !used.has(key))
    expect({ missing, unused }).toEqual({ missing: [], unused: [] })
  })

  it("the core dashboard keys the plugin reuses exist in every language", () => {
    const problems: string[] = []
    for (const language of LANGUAGES) {
      const core = coreStrings(language)
      for (const [key, file] of coreKeysInSource()) if (!hasKey(core, key)) problems.push(`${language}: ${key} (${file})`)
    }
    expect(problems).toEqual([])
  })

  it("no admin string is hard-coded in English", () => {
    expect(hardCodedStrings()).toEqual([])
  })
})
