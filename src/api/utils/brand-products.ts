import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_BRAND_TABLE } from "../../links/product-brand"

/*
 * A brand's products are paged in SQL through the link table, because
 * `query.graph` can neither filter products by a linked brand nor paginate a
 * brand's `products` relation. Only ids come back from here; callers load the
 * products themselves with `query.graph`.
 *
 * Query shapes (measured in BENCHMARKS.md): the default order, most recently
 * linked first, walks IDX_product_brand_brand_id_created_at and stops after one
 * page. Without product filters neither statement joins the product table: live
 * link rows belong to live products (core's product deletion dismisses them),
 * and `query.graph` skips a deleted product anyway. The SQL is written out
 * rather than composed with knex, whose builder cost more than the queries.
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
  /** Only an active brand counts as found (storefronts). */
  activeBrandOnly?: boolean
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

export type SqlStatement = { sql: string; bindings: unknown[] }

const escapeLike = (value: string) => value.replace(/[\\%_]/g, "\\$&")

function knexOf(container: MedusaContainer): Knex {
  return container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
}

/** FROM and WHERE of a brand's live product links, joined to the product table only when needed. */
function brandProductsFrom(input: BrandProductPageInput, joinProducts: boolean): SqlStatement {
  const where = ["l.brand_id = ?", "l.deleted_at IS NULL"]
  const bindings: unknown[] = [input.brandId]
  if (joinProducts) where.push("p.deleted_at IS NULL")
  if (input.q) {
    const pattern = `%${escapeLike(input.q)}%`
    where.push("(p.title ILIKE ? OR p.handle ILIKE ?)")
    bindings.push(pattern, pattern)
  }
  // An array binding is sent as one Postgres array parameter.
  if (input.statuses) {
    where.push("p.status = ANY(?)")
    bindings.push(input.statuses)
  }
  if (input.salesChannelIds) {
    where.push(
      "EXISTS (SELECT 1 FROM product_sales_channel psc WHERE psc.product_id = p.id AND psc.deleted_at IS NULL AND psc.sales_channel_id = ANY(?))"
    )
    bindings.push(input.salesChannelIds)
  }
  const join = joinProducts ? " JOIN product p ON p.id = l.product_id" : ""
  return { sql: `FROM "${PRODUCT_BRAND_TABLE}" l${join} WHERE ${where.join(" AND ")}`, bindings }
}

/**
 * The two statements behind a page, unexecuted so the benchmark can EXPLAIN exactly this
 * SQL: `page` says whether the brand is found and returns one page of product ids;
 * `count` is the total.
 */
export function brandProductPageQueries(input: BrandProductPageInput): { page: SqlStatement; count: SqlStatement } {
  const filtersProducts = Boolean(input.q || input.statuses || input.salesChannelIds)
  const orderField = input.order?.replace(/^-/, "")
  const direction = !input.order || input.order.startsWith("-") ? "DESC" : "ASC"
  const column = orderField ? PRODUCT_ORDER_COLUMNS[orderField] : "l.created_at"
  if (!column) throw new Error(`Unknown brand product order "${input.order}"`)

  const brand = `SELECT 1 FROM brand b WHERE b.id = ? AND b.deleted_at IS NULL${input.activeBrandOnly ? " AND b.is_active" : ""}`
  const pageFrom = brandProductsFrom(input, filtersProducts || Boolean(orderField))
  const countFrom = brandProductsFrom(input, filtersProducts)
  return {
    page: {
      sql:
        `SELECT EXISTS (${brand}) AS found, ARRAY (SELECT l.product_id ${pageFrom.sql} ` +
        `ORDER BY ${column} ${direction}, l.product_id ${direction} LIMIT ? OFFSET ?) AS ids`,
      bindings: [input.brandId, ...pageFrom.bindings, input.take, input.skip],
    },
    count: { sql: `SELECT count(*) AS count ${countFrom.sql}`, bindings: countFrom.bindings },
  }
}

/**
 * One page of a brand's products, loaded by `load` from their ids; the total is counted
 * meanwhile, so it adds no latency. Null when the brand is not found.
 */
export async function pageBrandProducts<T>(
  container: MedusaContainer,
  input: BrandProductPageInput,
  load: (ids: string[]) => Promise<T[]>
): Promise<{ products: T[]; count: number } | null> {
  const knex = knexOf(container)
  const { page, count } = brandProductPageQueries(input)
  const counting = knex.raw(count.sql, count.bindings as Knex.RawBinding[]).then(({ rows }) => Number(rows[0].count))
  const loading = knex.raw(page.sql, page.bindings as Knex.RawBinding[]).then(({ rows: [{ found, ids }] }) =>
    found ? load(ids) : null
  )
  const [products, total] = await Promise.all([loading, counting])
  return products && { products, count: total }
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
