import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BRAND_PRODUCT_COUNT_TABLE, PRODUCT_BRAND_TABLE } from "medusa-brands/links/product-brand"
import type { Sql } from "./concurrency-scenarios"

/** The tables a brand operation may touch, each with the columns that identify a row. */
export const CATALOGUE_TABLES = {
  brand: ["id"],
  brand_upload: ["id"],
  brand_alias: ["id"],
  product: ["id"],
  product_variant: ["id"],
  [PRODUCT_BRAND_TABLE]: ["product_id", "brand_id"],
  [BRAND_PRODUCT_COUNT_TABLE]: ["brand_id"],
  product_sales_channel: ["product_id", "sales_channel_id"],
} as const

export type CatalogueTable = keyof typeof CATALOGUE_TABLES
export type CatalogueRows = Record<CatalogueTable, Record<string, unknown>[]>

/**
 * Every row of the catalogue tables, soft-deleted ones included, with every
 * column. Rows go through `row_to_json` so timestamps keep Postgres' microseconds.
 */
export async function catalogueRows(container: MedusaContainer): Promise<CatalogueRows> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return catalogueRowsVia(async (sql) => (await knex.raw(sql)).rows)
}

/** The same, through any Sql function (for a database outside the test runner). */
export async function catalogueRowsVia(sql: Sql): Promise<CatalogueRows> {
  const entries = await Promise.all(
    Object.entries(CATALOGUE_TABLES).map(async ([table, key]) => {
      const rows = await sql(`select row_to_json(t) as row from "${table}" t order by ${key.map((column) => `"${column}"`).join(", ")}`)
      return [table, rows.map((r: { row: Record<string, unknown> }) => r.row)]
    })
  )
  return Object.fromEntries(entries)
}

/**
 * Every difference between two snapshots, one string per cell, added or
 * removed row: `table[key].column: before -> after`, `+table[key]`, `-table[key]`.
 * An empty list means the rows are identical.
 */
export function changedCells(before: CatalogueRows, after: CatalogueRows): string[] {
  const changes: string[] = []
  for (const [table, key] of Object.entries(CATALOGUE_TABLES)) {
    const keyOf = (row: Record<string, unknown>) => key.map((column) => row[column]).join("/")
    const beforeRows = new Map(before[table as CatalogueTable].map((row) => [keyOf(row), row]))
    const afterRows = new Map(after[table as CatalogueTable].map((row) => [keyOf(row), row]))
    for (const [id, row] of beforeRows) {
      const next = afterRows.get(id)
      if (!next) {
        changes.push(`-${table}[${id}]`)
        continue
      }
      for (const column of new Set([...Object.keys(row), ...Object.keys(next)])) {
        if (JSON.stringify(row[column]) !== JSON.stringify(next[column])) {
          changes.push(`${table}[${id}].${column}: ${JSON.stringify(row[column])} -> ${JSON.stringify(next[column])}`)
        }
      }
    }
    for (const id of afterRows.keys()) if (!beforeRows.has(id)) changes.push(`+${table}[${id}]`)
  }
  return changes
}

/**
 * Brands whose counter (kept by the plugin's triggers) differs from their number of live
 * product links, as `brand_id: counter != live links`. Empty when every count is exact.
 */
export async function brandCountMismatches(sql: Sql): Promise<string[]> {
  const rows = await sql(
    `select coalesce(c.brand_id, l.brand_id) as brand_id, coalesce(c.product_count, 0)::int as counter, coalesce(l.live, 0)::int as live
     from "${BRAND_PRODUCT_COUNT_TABLE}" c
     full join (select brand_id, count(*) as live from "${PRODUCT_BRAND_TABLE}" where deleted_at is null group by brand_id) l
       on l.brand_id = c.brand_id
     where coalesce(c.product_count, 0) <> coalesce(l.live, 0) or c.product_count = 0`
  )
  return rows.map((row) => `${row.brand_id}: ${row.counter} != ${row.live}`)
}
