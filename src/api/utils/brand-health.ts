import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_BRAND_TABLE } from "../../links/product-brand"
import type { SqlStatement } from "./brand-products"

/*
 * Catalogue health: each figure is one SQL statement (counted and listed together), exported
 * unexecuted so the benchmark can EXPLAIN exactly this SQL. Live link rows always point at live
 * brands and products (deleting or merging a brand moves or dismisses its links; core's product
 * delete dismisses a product's links), so the statements do not join to check that again.
 */

/** Brands or groups listed per figure; the counts are always complete. */
export const HEALTH_LIST_LIMIT = 50

const liveLink = (on: string) => `SELECT 1 FROM "${PRODUCT_BRAND_TABLE}" l WHERE ${on} AND l.deleted_at IS NULL`

export type UnbrandedProductsInput = { q?: string; order?: string; skip: number; take: number }

const UNBRANDED_ORDER: Record<string, string> = { title: "p.title", handle: "p.handle", created_at: "p.created_at" }

export function brandHealthQueries() {
  return {
    unbranded: {
      sql: `SELECT count(*)::int AS count FROM product p
            WHERE p.deleted_at IS NULL AND p.status = 'published' AND NOT EXISTS (${liveLink("l.product_id = p.id")})`,
      bindings: [],
    },
    inactive: {
      sql: `SELECT b.id, b.name, b.handle, count(*)::int AS product_count,
                   (sum(count(*)) OVER ())::int AS total_products, (count(*) OVER ())::int AS total_brands
            FROM brand b JOIN "${PRODUCT_BRAND_TABLE}" l ON l.brand_id = b.id AND l.deleted_at IS NULL
            WHERE b.deleted_at IS NULL AND NOT b.is_active
            GROUP BY b.id ORDER BY product_count DESC, b.name, b.id LIMIT ?`,
      bindings: [HEALTH_LIST_LIMIT],
    },
    empty: {
      sql: `SELECT b.id, b.name, b.handle, b.is_active, (count(*) OVER ())::int AS total
            FROM brand b WHERE b.deleted_at IS NULL AND NOT EXISTS (${liveLink("l.brand_id = b.id")})
            ORDER BY b.name, b.id LIMIT ?`,
      bindings: [HEALTH_LIST_LIMIT],
    },
    // name_key: the name folded for comparison, a stored generated column (see its migration).
    duplicates: {
      sql: `WITH groups AS (
              SELECT b.name_key AS key, array_agg(b.id) AS ids, (count(*) OVER ())::int AS total
              FROM brand b WHERE b.deleted_at IS NULL AND b.name_key <> ''
              GROUP BY b.name_key HAVING count(*) > 1 ORDER BY b.name_key LIMIT ?
            )
            SELECT g.key, g.total, json_agg(json_build_object(
                     'id', b.id, 'name', b.name, 'handle', b.handle, 'is_active', b.is_active, 'product_count', c.count
                   ) ORDER BY c.count DESC, b.name, b.id) AS brands
            FROM groups g JOIN brand b ON b.id = ANY(g.ids)
            CROSS JOIN LATERAL (SELECT count(*)::int AS count FROM "${PRODUCT_BRAND_TABLE}" l WHERE l.brand_id = b.id AND l.deleted_at IS NULL) c
            GROUP BY g.key, g.total ORDER BY g.key`,
      bindings: [HEALTH_LIST_LIMIT],
    },
  } satisfies Record<string, SqlStatement>
}

/** Published products without a brand, one page, with the total (the fix "give them a brand" pages them). */
export function unbrandedProductsQuery({ q, order, skip, take }: UnbrandedProductsInput): SqlStatement {
  const where = ["p.deleted_at IS NULL", "p.status = 'published'", `NOT EXISTS (${liveLink("l.product_id = p.id")})`]
  const bindings: unknown[] = []
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, "\\$&")}%`
    where.push("(p.title ILIKE ? OR p.handle ILIKE ?)")
    bindings.push(pattern, pattern)
  }
  const field = order?.replace(/^-/, "") ?? "created_at"
  const direction = !order || order.startsWith("-") ? "DESC" : "ASC"
  return {
    sql: `SELECT p.id, p.title, p.handle, p.status, p.thumbnail, (count(*) OVER ())::int AS total
          FROM product p WHERE ${where.join(" AND ")}
          ORDER BY ${UNBRANDED_ORDER[field]} ${direction}, p.id ${direction} LIMIT ? OFFSET ?`,
    bindings: [...bindings, take, skip],
  }
}

const knexOf = (container: MedusaContainer): Knex => container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
const run = async (knex: Knex, { sql, bindings }: SqlStatement) => (await knex.raw(sql, bindings as Knex.RawBinding[])).rows

type BrandRef = { id: string; name: string; handle: string }

/** Every figure of the catalogue health page, the four statements at once. */
export async function brandHealth(container: MedusaContainer) {
  const knex = knexOf(container)
  const queries = brandHealthQueries()
  const [[unbranded], inactive, empty, duplicates] = await Promise.all([
    run(knex, queries.unbranded),
    run(knex, queries.inactive),
    run(knex, queries.empty),
    run(knex, queries.duplicates),
  ])
  return {
    unbranded_products: { count: unbranded.count as number },
    inactive_brand_products: {
      count: (inactive[0]?.total_products ?? 0) as number,
      brand_count: (inactive[0]?.total_brands ?? 0) as number,
      brands: inactive.map(({ id, name, handle, product_count }: BrandRef & { product_count: number }) => ({ id, name, handle, product_count })),
    },
    brands_without_products: {
      count: (empty[0]?.total ?? 0) as number,
      brands: empty.map(({ id, name, handle, is_active }: BrandRef & { is_active: boolean }) => ({ id, name, handle, is_active })),
    },
    duplicate_groups: {
      count: (duplicates[0]?.total ?? 0) as number,
      groups: duplicates.map(({ key, brands }: { key: string; brands: unknown[] }) => ({ key, brands })),
    },
  }
}

/** One page of published products without a brand, and their total. */
export async function unbrandedProducts(container: MedusaContainer, input: UnbrandedProductsInput) {
  const rows = await run(knexOf(container), unbrandedProductsQuery(input))
  return {
    products: rows.map(({ total: _total, ...product }: { total: number }) => product),
    count: (rows[0]?.total ?? (input.skip ? await countUnbranded(container) : 0)) as number,
  }
}

async function countUnbranded(container: MedusaContainer) {
  const [{ count }] = await run(knexOf(container), brandHealthQueries().unbranded)
  return count as number
}
