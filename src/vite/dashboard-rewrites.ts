/**
 * Changes that `brandsVitePlugin` makes to the code of @medusajs/dashboard, each found by the
 * code's content (never by a chunk's file name, which changes with every release and differs
 * between `medusa develop`'s pre-bundle and `medusa build`).
 */
export type DashboardRewrite = {
  /** What the rewrite is for, as an admin would notice its absence. */
  purpose: string
  /** Finds the code the rewrite applies to; a file without a match is left alone. */
  detect: RegExp
  /** Returns the rewritten code; throws DashboardMismatchError when the code is not shaped as expected. */
  apply: (code: string) => string
}

export class DashboardMismatchError extends Error {}

/** Set on `globalThis` by the rewritten create form, so the Brand field knows it will be sent. */
export const CREATE_FORM_MARKER = "__medusaBrandsCreateFormSendsAdditionalData"

const KEEP_ADDITIONAL_DATA = "additional_data: values.additional_data,"
const NORMALIZE_START = /var (normalizeProductFormValues\d*) = \(values\) => \{\n/
/** The function's body stops at the first line that closes a top-level block. */
const BODY_END = "\n};\n"

/**
 * The core product create form builds its POST /admin/products body in
 * `normalizeProductFormValues`, which drops `additional_data`: the Brand field (and any other
 * custom field) never reaches the server. This adds `additional_data` to the returned object,
 * on the line that opens it, so no line moves.
 */
export const createFormKeepsAdditionalData: DashboardRewrite = {
  purpose: "the product create form sends the Brand field (additional_data.brand_id)",
  detect: NORMALIZE_START,
  apply(code) {
    const start = code.search(NORMALIZE_START)
    const bodyEnd = code.indexOf(BODY_END, start)
    const body = code.slice(start, bodyEnd === -1 ? undefined : bodyEnd)
    if (body.includes(KEEP_ADDITIONAL_DATA)) return code
    const returns = body.match(/\n(\s*)return \{\n/)
    if (!returns || returns.index === undefined) {
      throw new DashboardMismatchError(
        "normalizeProductFormValues no longer returns an object literal, so additional_data cannot be added to it"
      )
    }
    const insertAt = start + returns.index + returns[0].length - 1
    return (
      `${code.slice(0, insertAt)} ${KEEP_ADDITIONAL_DATA}${code.slice(insertAt)}` +
      `\nglobalThis.${CREATE_FORM_MARKER} = true;\n`
    )
  },
}

/**
 * Set on `globalThis` by the plugin's admin (src/admin/lib/product-list-brand-filter.tsx): given a
 * column of a configurable list (feature flag view_configurations), it returns the complete filter
 * (`{ id, type, label, ... }`, as `filterHelper.accessor` makes them) to use instead of the
 * dashboard's relationship filter, or undefined to keep the dashboard's.
 */
export const RELATIONSHIP_FILTER_HOOK = "__medusaBrandsRelationshipFilter"

/** The body of the first function declaration matching `start`: from its name to the first top-level `\n}\n`. */
function functionBody(code: string, start: RegExp): { from: number; body: string } | undefined {
  const from = code.search(start)
  if (from === -1) return undefined
  const end = code.indexOf("\n}\n", from)
  return { from, body: code.slice(from, end === -1 ? undefined : end) }
}

/** Inserts `text` right after the first match of `after` inside `fn`, on the same line. */
function insertAfter(code: string, fn: { from: number; body: string }, after: RegExp, text: string, what: string) {
  const match = fn.body.match(after)
  if (!match || match.index === undefined) throw new DashboardMismatchError(what)
  const at = fn.from + match.index + match[0].length
  return code.slice(0, at) + text + code.slice(at)
}

const PRODUCT_ADAPTER_START = /function createProductTableAdapter\d*\(\) \{\n/
const BRAND_FILTER_FIELD = `"brand.id", `

/**
 * The Products list under the view_configurations flag only offers filters on a hard-coded list of
 * fields (`ALLOWED_FILTERS` in its table adapter); this adds `brand.id`, the field of the Brand
 * relationship column that `GET /admin/views/products/columns` lists. On the line that opens the list.
 */
export const productListFiltersByBrand: DashboardRewrite = {
  purpose: "the Products list (feature flag view_configurations) offers a Brand filter",
  detect: PRODUCT_ADAPTER_START,
  apply(code) {
    const adapter = functionBody(code, PRODUCT_ADAPTER_START)!
    if (adapter.body.includes(`ALLOWED_FILTERS = [${BRAND_FILTER_FIELD}`)) return code
    return insertAfter(code, adapter, /const ALLOWED_FILTERS\d* = \[/, BRAND_FILTER_FIELD,
      "the product table adapter no longer lists its filters in an ALLOWED_FILTERS array")
  },
}

const GENERATE_FILTERS_START = /function generateFiltersFromColumns\d*\(\w+, \w+\) \{\n/
const RELATIONSHIP_CONFIGS_START = /function getRelationshipFilterConfigs\d*\(\w+\) \{\n/
const HOOK_CALL = (column: string) => `globalThis.${RELATIONSHIP_FILTER_HOOK}?.(${column})`

/**
 * A configurable list builds a relationship column's filter from options it loads once with
 * `limit=1000` and searches in the browser, which cannot find one brand among 10,000 (and
 * `GET /admin/brands` allows 100 a page). This lets the plugin's admin replace such a filter
 * (the Brand filter becomes one that searches brands on the server) and skips the option request
 * for it. Both changes go on existing lines.
 */
export const relationshipFiltersCanSearchTheServer: DashboardRewrite = {
  purpose: "the Products list's Brand filter searches every brand on the server",
  detect: GENERATE_FILTERS_START,
  apply(code) {
    if (code.includes(HOOK_CALL("column"))) return code
    const generate = functionBody(code, GENERATE_FILTERS_START)!
    const filters = generate.body.match(/\n\s*(\w+)\.push\(\w+\.accessor\(/)?.[1]
    const loop = generate.body.match(/\n\s*for \(const (\w+) of \w+\) \{/)
    if (!filters || !loop) {
      throw new DashboardMismatchError("generateFiltersFromColumns no longer loops over columns and pushes filterHelper.accessor(...)")
    }
    let next = insertAfter(code, generate, /\n\s*for \(const \w+ of \w+\) \{/,
      ` const brandsFilter = ${HOOK_CALL(loop[1])}; if (brandsFilter) { ${filters}.push(brandsFilter); continue; }`,
      "generateFiltersFromColumns changed shape")
    const configs = functionBody(next, RELATIONSHIP_CONFIGS_START)
    const filterCall = configs?.body.match(/\n\s*return \w+\.filter\(\((\w+)\) => /)
    if (!configs || !filterCall) {
      throw new DashboardMismatchError("getRelationshipFilterConfigs, which picks the columns whose filter options are loaded, was not found next to generateFiltersFromColumns")
    }
    next = insertAfter(next, configs, /\n\s*return \w+\.filter\(\(\w+\) => /, `!${HOOK_CALL(filterCall[1])} && `,
      "getRelationshipFilterConfigs changed shape")
    return next
  },
}

export const DASHBOARD_REWRITES: DashboardRewrite[] = [
  createFormKeepsAdditionalData,
  productListFiltersByBrand,
  relationshipFiltersCanSearchTheServer,
]
