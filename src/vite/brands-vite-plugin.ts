import type { Plugin } from "vite" with { "resolution-mode": "import" }
import { DASHBOARD_REWRITES, DashboardMismatchError, DashboardRewrite } from "./dashboard-rewrites"

const HOW_TO_FIX =
  "Install the medusa-brands release made for your @medusajs/dashboard version, or remove brandsVitePlugin() " +
  "from admin.vite in medusa-config.ts (merchants then set a product's brand after creating it, and the Products " +
  "list has no Brand filter; everything else works)."

function mismatch(rewrite: DashboardRewrite, reason: string, file?: string) {
  return new Error(
    `[medusa-brands] @medusajs/dashboard does not match what brandsVitePlugin expects, so ${rewrite.purpose} ` +
      `cannot be ensured: ${reason}${file ? ` (in ${file})` : ""}. ${HOW_TO_FIX}`
  )
}

/**
 * The Vite plugin a store adds to its admin build (`admin.vite` in medusa-config.ts) so that the
 * core product create form sends the Brand field. It rewrites the dashboard's code as Vite serves
 * it (`medusa develop`, pre-bundled dependencies included) or bundles it (`medusa build`);
 * node_modules is never changed. A build in which a rewrite found nothing to change fails.
 */
export function brandsVitePlugin(rewrites: DashboardRewrite[] = DASHBOARD_REWRITES): Plugin {
  const applied = new Set<DashboardRewrite>()
  let building = false
  return {
    name: "medusa-brands",
    enforce: "pre",
    configResolved(config) {
      building = config.command === "build"
    },
    transform(code, id) {
      let next = code
      for (const rewrite of rewrites) {
        if (!rewrite.detect.test(next)) continue
        try {
          next = rewrite.apply(next)
        } catch (error) {
          if (error instanceof DashboardMismatchError) throw mismatch(rewrite, error.message, id)
          throw error
        }
        applied.add(rewrite)
      }
      return next === code ? null : { code: next, map: null }
    },
    buildEnd(error) {
      if (!building || error) return
      const missing = rewrites.filter((rewrite) => !applied.has(rewrite))
      if (missing.length) {
        this.error(mismatch(missing[0], "the code it changes was not found in the admin bundle").message)
      }
    },
  }
}
