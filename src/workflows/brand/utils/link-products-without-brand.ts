import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaContainer } from "@medusajs/framework/types"
import { CommonEvents, ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { PRODUCT_BRAND_TABLE } from "../../../links/product-brand"
import { emitProductBrandLinkEvent } from "./product-brand-link-events"
import { ProductBrandLinkRow } from "./product-brand-link-rows"

/*
 * One statement: the products' link rows as they are (for an exact undo), and, only when
 * the brand is live, every product exists and none of them has a live brand or a dismissed
 * link to this brand, a new link row per product. `FOR SHARE` holds the brand row until the
 * statement commits, so a concurrent brand delete either waits for it (and then removes the
 * new links with the others) or has committed first (and nothing is inserted).
 */
const LINK_PRODUCTS_WITHOUT_BRAND_SQL = `
WITH previous AS (
  SELECT id, product_id, brand_id, created_at::text AS created_at, updated_at::text AS updated_at, deleted_at::text AS deleted_at
  FROM "${PRODUCT_BRAND_TABLE}" WHERE product_id = ANY(?::text[])
), target AS (
  SELECT b.id FROM brand b
  WHERE b.id = ? AND b.deleted_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM previous WHERE previous.deleted_at IS NULL OR previous.brand_id = b.id)
    AND (SELECT count(*) FROM product p WHERE p.id = ANY(?::text[]) AND p.deleted_at IS NULL) = ?
  FOR SHARE OF b
), inserted AS (
  INSERT INTO "${PRODUCT_BRAND_TABLE}" (id, product_id, brand_id)
  SELECT v.link_id, v.product_id, target.id FROM target CROSS JOIN unnest(?::text[], ?::text[]) AS v(product_id, link_id)
  RETURNING id
)
SELECT (SELECT count(*) FROM inserted)::int AS inserted, (SELECT coalesce(json_agg(previous), '[]') FROM previous) AS previous`

/**
 * The shortcut for products that have no brand yet, such as products created a moment ago
 * in the same workflow: links them to `brandId` in one statement instead of validating,
 * reading, writing through the link module and checking the brand again. Call it under the
 * products' locks. Returns the products' previous rows (dismissed links to other brands)
 * and the new link ids, or null when it does not apply, having written nothing.
 */
export async function linkProductsWithoutBrand(
  container: MedusaContainer,
  brandId: string,
  productIds: string[]
): Promise<{ previous: ProductBrandLinkRow[]; linkIds: string[] } | null> {
  if (!productIds.length) return null
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const linkIds = productIds.map(() => generateEntityId(undefined, "link"))
  const {
    rows: [{ inserted, previous }],
  } = await knex.raw(LINK_PRODUCTS_WITHOUT_BRAND_SQL, [productIds, brandId, productIds, productIds.length, productIds, linkIds])
  if (inserted !== productIds.length) return null
  await emitProductBrandLinkEvent(container, CommonEvents.ATTACHED, linkIds)
  return { previous, linkIds }
}
