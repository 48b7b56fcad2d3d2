import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { once } from "node:events"
import { PRODUCT_BRAND_TABLE } from "../../links/product-brand"
import { ASSIGNMENT_CSV_COLUMNS, BRAND_CSV_COLUMNS } from "./brand-csv-formats"
import { CSV_BOM, csvLines } from "./csv"

/** Rows read per query; only one page is in memory at a time. */
export const EXPORT_PAGE_SIZE = 1000

export type BrandExportType = "brands" | "assignments"

type Page = { sql: string; toCells: (row: any) => (string | null)[] }

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString())

/** One page after `after` (keyset on the primary key, so every page costs the same). */
const PAGES: Record<BrandExportType, Page> = {
  brands: {
    sql: `SELECT ${BRAND_CSV_COLUMNS.map((column) => `b."${column}"`).join(", ")} FROM brand b
          WHERE b.deleted_at IS NULL AND b.id > ? ORDER BY b.id LIMIT ?`,
    toCells: (brand) =>
      BRAND_CSV_COLUMNS.map((column) => {
        const value = brand[column]
        if (column === "metadata") return value === null ? null : JSON.stringify(value)
        if (column === "is_active") return String(value)
        if (column === "created_at" || column === "updated_at") return iso(value)
        return value
      }),
  },
  assignments: {
    // Live links point at live brands (deleting or merging a brand moves or dismisses its links).
    sql: `SELECT p.id AS product_id, p.handle AS product_handle, p.title AS product_title, b.handle AS brand_handle
          FROM product p
          LEFT JOIN "${PRODUCT_BRAND_TABLE}" l ON l.product_id = p.id AND l.deleted_at IS NULL
          LEFT JOIN brand b ON b.id = l.brand_id
          WHERE p.deleted_at IS NULL AND p.id > ? ORDER BY p.id LIMIT ?`,
    toCells: (row) => ASSIGNMENT_CSV_COLUMNS.map((column) => row[column]),
  },
}

export const exportColumns = (type: BrandExportType): readonly string[] =>
  type === "brands" ? BRAND_CSV_COLUMNS : ASSIGNMENT_CSV_COLUMNS

/**
 * Streams the export as CSV, page by page from the database, waiting for the client to take each
 * page before reading the next. A failure after the first bytes aborts the response, so a client
 * never mistakes a cut file for a whole one.
 */
export async function streamBrandExport(container: MedusaContainer, type: BrandExportType, res: MedusaResponse) {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const page = PAGES[type]
  const write = async (chunk: string) => {
    if (res.destroyed) throw new Error("The client closed the export")
    if (!res.write(chunk)) await Promise.race([once(res, "drain"), once(res, "close")])
  }
  const date = new Date().toISOString().slice(0, 10)
  res.status(200)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${type === "brands" ? "brands" : "brand-assignments"}-${date}.csv"`)
  res.setHeader("Cache-Control", "no-store")
  try {
    await write(CSV_BOM + csvLines([[...exportColumns(type)]]))
    let after = ""
    while (true) {
      const { rows } = await knex.raw(page.sql, [after, EXPORT_PAGE_SIZE])
      if (!rows.length) break
      await write(csvLines(rows.map(page.toCells)))
      after = rows[rows.length - 1][type === "brands" ? "id" : "product_id"]
      if (rows.length < EXPORT_PAGE_SIZE) break
    }
    res.end()
  } catch (error) {
    res.destroy(error as Error)
  }
}
