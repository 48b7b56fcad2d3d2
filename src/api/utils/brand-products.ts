import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_BRAND_TABLE } from "../../links/product-brand"

/*
 * A brand's products are paged in SQL, joining the link table to the product
 * table, because `query.graph` can neither filter products by a linked brand
 * nor paginate a brand's `products` relation. Only ids come back from here;
 * callers load the products themselves with `query.graph`.
 */

const PRODUCT_ORDER_COLUMNS: Record<string, string> = {
  title: "p.title",
  handle: "p.handle",
  status: "p.status",
  created_at: "p.created_at",
  updated_at: "p.updated_at",
}

export type BrandProductPageInput = {
  brandId: string
  /** Case-insensitive match on title or handle. */
  q?: string
  statuses?: string[]
  /** Only products in at least one of these sales channels. */
  salesChannelIds?: string[]
  /** `field` or `-field` of PRODUCT_ORDER_COLUMNS; by default the most recently linked first. */
  order?: string
  skip: number
  take: number
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, "\\$&")

function knexOf(container: MedusaContainer): Knex {
  return container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
}

export async function pageBrandProductIds(
  container: MedusaContainer,
  input: BrandProductPageInput
): Promise<{ ids: string[]; count: number }> {
  const knex = knexOf(container)
  const base = knex(`${PRODUCT_BRAND_TABLE} as l`)
    .join("product as p", "p.id", "l.product_id")
    .where("l.brand_id", input.brandId)
    .whereNull("l.deleted_at")
    .whereNull("p.deleted_at")

  if (input.q) {
    const pattern = `%${escapeLike(input.q)}%`
    base.where((where) => where.whereILike("p.title", pattern).orWhereILike("p.handle", pattern))
  }
  if (input.statuses) base.whereIn("p.status", input.statuses)
  if (input.salesChannelIds) {
    base.whereExists(
      knex("product_sales_channel as psc")
        .select(knex.raw("1"))
        .whereRaw("psc.product_id = p.id")
        .whereIn("psc.sales_channel_id", input.salesChannelIds)
        .whereNull("psc.deleted_at")
    )
  }

  const descending = !input.order || input.order.startsWith("-")
  const direction = descending ? "desc" : "asc"
  const column = input.order ? PRODUCT_ORDER_COLUMNS[input.order.replace(/^-/, "")] : "l.created_at"

  const [rows, [{ count }]] = await Promise.all([
    base
      .clone()
      .select("l.product_id")
      .orderBy(column, direction)
      .orderBy("l.product_id", direction)
      .limit(input.take)
      .offset(input.skip),
    base.clone().count<{ count: string }[]>({ count: "*" }),
  ])
  return { ids: rows.map((row: { product_id: string }) => row.product_id), count: Number(count) }
}

/** Number of products per brand, in one query for all the given brands. */
export async function countProductsByBrand(
  container: MedusaContainer,
  brandIds: string[]
): Promise<Map<string, number>> {
  if (!brandIds.length) return new Map()
  const rows: { brand_id: string; count: string }[] = await knexOf(container)(PRODUCT_BRAND_TABLE)
    .select("brand_id")
    .count({ count: "*" })
    .whereIn("brand_id", brandIds)
    .whereNull("deleted_at")
    .groupBy("brand_id")
  return new Map(rows.map((row) => [row.brand_id, Number(row.count)]))
}

/** Loads products by id with `query.graph`, in the order of `ids`. */
export async function loadProductsInOrder(
  container: MedusaContainer,
  ids: string[],
  fields: string[],
  context: Record<string, unknown> = {},
  options: { locale?: string } = {}
) {
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields, filters: { id: ids }, context }, options)
  const byId = new Map(data.map((product: { id: string }) => [product.id, product]))
  return ids.map((id) => byId.get(id)).filter(Boolean)
}
