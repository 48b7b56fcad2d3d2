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

export const DASHBOARD_REWRITES: DashboardRewrite[] = [createFormKeepsAdditionalData]
