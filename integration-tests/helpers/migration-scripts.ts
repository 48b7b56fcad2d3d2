import { MedusaContainer } from "@medusajs/framework/types"
import createBrandProductCount from "medusa-brands/migration-scripts/medusa-brands-brand-product-count"
import createProductBrandPageIndex from "medusa-brands/migration-scripts/medusa-brands-product-brand-page-index"

/**
 * What `medusa db:migrate` runs after the link sync and the test runner does not: the
 * plugin's migration scripts (the paging index, the brand product counters). Call it in the
 * suite's `beforeAll`: the runner snapshots its template after those hooks, so every test
 * starts from a database migrated like a store's.
 */
export async function runPluginMigrationScripts(container: MedusaContainer) {
  for (const script of [createProductBrandPageIndex, createBrandProductCount]) {
    await script({ container, args: [] })
  }
}
