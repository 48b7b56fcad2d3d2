import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_BRAND_TABLE } from "../../../links/product-brand"

export type ProductBrandPair = { product_id: string; brand_id: string }

/**
 * A row of the product–brand link table, dismissed ones included. Timestamps
 * are kept as Postgres text so that writing a row back restores it to the microsecond.
 */
export type ProductBrandLinkRow = {
  id: string
  product_id: string
  brand_id: string
  created_at: string
  updated_at: string
  deleted_at: string | null
}

const knexOf = (container: MedusaContainer): Knex => container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

/** Lock keys that serialise every change to the brand of these products, sorted so overlapping sets cannot deadlock. */
export const productBrandLockKeys = (productIds: string[]) =>
  [...new Set(productIds)].map((id) => `product-brand:${id}`).sort()

export async function readProductBrandLinkRows(
  container: MedusaContainer,
  productIds: string[]
): Promise<ProductBrandLinkRow[]> {
  if (!productIds.length) return []
  const knex = knexOf(container)
  return knex(PRODUCT_BRAND_TABLE)
    .select(
      "id",
      "product_id",
      "brand_id",
      knex.raw("created_at::text as created_at"),
      knex.raw("updated_at::text as updated_at"),
      knex.raw("deleted_at::text as deleted_at")
    )
    .whereIn("product_id", productIds)
    .orderBy(["product_id", "brand_id"])
}

/**
 * Puts the link rows of `productIds` back to `rows` exactly (ids, timestamps,
 * dismissed rows), in one transaction. A link to a brand that was deleted in
 * the meantime stays dismissed: deleting a brand unlinks it for good.
 */
export async function writeProductBrandLinkRows(
  container: MedusaContainer,
  productIds: string[],
  rows: ProductBrandLinkRow[]
) {
  if (!productIds.length) return
  await knexOf(container).transaction(async (trx) => {
    await trx(PRODUCT_BRAND_TABLE).whereIn("product_id", productIds).delete()
    if (rows.length) await trx(PRODUCT_BRAND_TABLE).insert(rows)
    await trx(PRODUCT_BRAND_TABLE)
      .whereIn("product_id", productIds)
      .whereNull("deleted_at")
      .whereIn("brand_id", trx("brand").select("id").whereNotNull("deleted_at"))
      .update({ deleted_at: trx.fn.now(), updated_at: trx.fn.now() })
  })
}

/**
 * Dates the live links of `pairs` now. The link module revives a dismissed pair
 * with its first `created_at`; a product moved away and back counts as linked
 * now (the default order of a brand's products is the most recently linked first).
 */
export async function dateLinksNow(container: MedusaContainer, pairs: ProductBrandPair[]) {
  if (!pairs.length) return
  const knex = knexOf(container)
  await knex(PRODUCT_BRAND_TABLE)
    .whereIn(
      ["product_id", "brand_id"],
      pairs.map((pair) => [pair.product_id, pair.brand_id])
    )
    .whereNull("deleted_at")
    .update({ created_at: knex.fn.now(), updated_at: knex.fn.now() })
}
