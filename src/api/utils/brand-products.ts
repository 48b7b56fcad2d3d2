import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BRAND_PRODUCT_COUNT_TABLE, PRODUCT_BRAND_TABLE } from "../../links/product-brand"

/*
 * A brand's products are paged in SQL through the link table. `query.graph`
 * can filter products by the brand (an EXISTS on the link table), but it can
 * neither order them by the link ("most recently linked") nor page without
 * scanning every product (BENCHMARKS.md has the figures). The page statement
 * returns the page's product ids; callers load the products with `query.graph`,
 * or, when every requested field is a column of the product table, the same
 * statement returns them.
 *
 * Query shapes (measured in BENCHMARKS.md): the default order, most recently
 * linked first, walks IDX_product_brand_brand_id_created_at and stops after one
 * page. Without product filters the count is read from the brand's counter
 * (BRAND_PRODUCT_COUNT_TABLE, kept by triggers on the link table), so it costs
 * the same for 100 or 100,000 products; live link rows belong to live products
 * (core's product deletion dismisses them). Where the counter table does not
 * exist (migration scripts not run) the links are counted instead. The SQL is
 * written out rather than composed with knex, whose builder cost more than the
 * queries.
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

/**
 * The product table's columns, which the page statement can return itself. Each maps to
 * the field of the same name in `query.graph`, with the same value once serialised
 * (a test compares the two for every column).
 */
export const PRODUCT_COLUMNS = [
  "id",
  "title",
  "handle",
  "subtitle",
  "description",
  "is_giftcard",
  "status",
  "thumbnail",
  "weight",
  "length",
  "height",
  "width",
  "origin_country",
  "hs_code",
  "mid_code",
  "material",
  "collection_id",
  "type_id",
  "discountable",
  "external_id",
  "metadata",
  "created_at",
  "updated_at",
  "deleted_at",
] as const

const PRODUCT_COLUMN_SET: ReadonlySet<string> = new Set(PRODUCT_COLUMNS)

/**
 * `fields` when the page statement can read all of them from the product table (plain
 * columns, `id` among them, no relation, link or `*`), otherwise null.
 */
export function productColumnsOnly(fields: string[]): string[] | null {
  return fields.includes("id") && fields.every((field) => PRODUCT_COLUMN_SET.has(field)) ? fields : null
}

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
 * The statements behind a page, unexecuted so the benchmark can EXPLAIN exactly this SQL.
 * `page` returns one row per product of the page, in order, with `found` (whether the
 * brand is found), `product_id` and the requested product `columns`; when the brand is not
 * found or the page is empty, one row whose `product_id` is null. `count` is the total, from
 * the brand's counter when no product filter applies; `countByScan` counts the links.
 */
export function brandProductPageQueries(
  input: BrandProductPageInput,
  columns: readonly string[] = []
): { page: SqlStatement; count: SqlStatement; countByScan: SqlStatement } {
  const filtersProducts = Boolean(input.q || input.statuses || input.salesChannelIds)
  const orderField = input.order?.replace(/^-/, "")
  const direction = !input.order || input.order.startsWith("-") ? "DESC" : "ASC"
  const column = orderField ? PRODUCT_ORDER_COLUMNS[orderField] : "l.created_at"
  if (!column) throw new Error(`Unknown brand product order "${input.order}"`)
  const unknown = columns.filter((name) => !PRODUCT_COLUMN_SET.has(name))
  if (unknown.length) throw new Error(`Not product columns: ${unknown.join(", ")}`)

  const brand = `SELECT 1 FROM brand b WHERE b.id = ? AND b.deleted_at IS NULL${input.activeBrandOnly ? " AND b.is_active" : ""}`
  const pageFrom = brandProductsFrom(input, filtersProducts || Boolean(orderField))
  const countFrom = brandProductsFrom(input, filtersProducts)
  const countByScan = { sql: `SELECT count(*) AS count ${countFrom.sql}`, bindings: countFrom.bindings }
  const ids = `ARRAY (SELECT l.product_id ${pageFrom.sql} ORDER BY ${column} ${direction}, l.product_id ${direction} LIMIT ? OFFSET ?)`
  const selected = columns.map((name) => `, p."${name}"`).join("")
  const products = columns.length ? " LEFT JOIN product p ON p.id = page.product_id AND p.deleted_at IS NULL" : ""
  return {
    page: {
      sql:
        `SELECT q.found, page.product_id${selected} FROM (SELECT EXISTS (${brand}) AS found, ${ids} AS ids) q ` +
        `LEFT JOIN LATERAL unnest(CASE WHEN q.found THEN q.ids END) WITH ORDINALITY AS page(product_id, position) ON true` +
        `${products} ORDER BY page.position`,
      bindings: [input.brandId, ...pageFrom.bindings, input.take, input.skip],
    },
    count: filtersProducts ? countByScan : brandProductCountStatement([input.brandId]),
    countByScan,
  }
}

/** The counters of `brandIds`: rows of `brand_id` and `count` (brands without links have none). */
function brandProductCountStatement(brandIds: string[]): SqlStatement {
  return {
    sql: `SELECT brand_id, product_count AS count FROM "${BRAND_PRODUCT_COUNT_TABLE}" WHERE brand_id = ANY(?)`,
    bindings: [brandIds],
  }
}

const UNDEFINED_TABLE = "42P01"

/** Runs `statement`, or `fallback` when the counter table does not exist. */
async function withCounterFallback<T>(knex: Knex, statement: SqlStatement, fallback: SqlStatement, read: (rows: any[]) => T) {
  try {
    return read((await knex.raw(statement.sql, statement.bindings as Knex.RawBinding[])).rows)
  } catch (error) {
    if ((error as { code?: string }).code !== UNDEFINED_TABLE || statement === fallback) throw error
    return read((await knex.raw(fallback.sql, fallback.bindings as Knex.RawBinding[])).rows)
  }
}

type PageRow = { found: boolean; product_id: string | null } & Record<string, unknown>

/**
 * One page of a brand's products and the total, counted meanwhile so it adds no latency.
 * With `columns` (see productColumnsOnly) the page statement returns the products;
 * otherwise `load` loads them from their ids. Null when the brand is not found.
 */
export async function pageBrandProducts<T>(
  container: MedusaContainer,
  input: BrandProductPageInput,
  { columns, load }: { columns?: string[] | null; load: (ids: string[]) => Promise<T[]> }
): Promise<{ products: T[]; count: number } | null> {
  const knex = knexOf(container)
  const { page, count, countByScan } = brandProductPageQueries(input, columns ?? [])
  const counting = withCounterFallback(knex, count, countByScan, (rows) => Number(rows[0]?.count ?? 0))
  const loading = knex.raw(page.sql, page.bindings as Knex.RawBinding[]).then(({ rows }: { rows: PageRow[] }) => {
    if (!rows[0].found) return null
    const listed = rows.filter((row) => row.product_id !== null)
    if (!columns) return load(listed.map((row) => row.product_id!))
    // A product deleted since its link was read has no columns; query.graph would skip it too.
    return listed.filter((row) => row.id !== null).map((row) => pickColumns(row, columns) as T)
  })
  const [products, total] = await Promise.all([loading, counting])
  return products && { products, count: total }
}

const pickColumns = (row: Record<string, unknown>, columns: string[]) =>
  Object.fromEntries(columns.map((name) => [name, row[name]]))

/** Number of products per brand, in one query for all the given brands. */
export async function countProductsByBrand(
  container: MedusaContainer,
  brandIds: string[]
): Promise<Map<string, number>> {
  if (!brandIds.length) return new Map()
  const scan = {
    sql: `SELECT brand_id, count(*) AS count FROM "${PRODUCT_BRAND_TABLE}" WHERE brand_id = ANY(?) AND deleted_at IS NULL GROUP BY brand_id`,
    bindings: [brandIds],
  }
  return withCounterFallback(
    knexOf(container),
    brandProductCountStatement(brandIds),
    scan,
    (rows: { brand_id: string; count: string }[]) => new Map(rows.map((row) => [row.brand_id, Number(row.count)]))
  )
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
