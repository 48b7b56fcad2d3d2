import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_BRAND_TABLE } from "../links/product-brand"

/**
 * Index for a brand's products in the default order (most recently linked first), so one
 * page costs the same for 100 or 10,000 products. A migration script, not a module
 * migration, because module migrations run before link tables exist; the link sync
 * leaves indexes it does not know about in place.
 */
export default async function createProductBrandPageIndex({ container }: ExecArgs) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS "IDX_product_brand_brand_id_created_at" ON "${PRODUCT_BRAND_TABLE}" ` +
      `("brand_id", "created_at" DESC, "product_id" DESC) WHERE "deleted_at" IS NULL`
  )
}
