import { ASSIGNMENT_CSV_COLUMNS, BRAND_CSV_COLUMNS, BRAND_IMPORT_LIMITS } from "../../api/utils/brand-csv-formats"
import type { AdminBrand, AdminBrandProduct } from "./types"

/** The two CSV kinds of brand export and import. */
export type BrandCsvType = "brands" | "assignments"

/** Each kind with the translation keys of its label and description. */
export const BRAND_CSV_TYPES: { value: BrandCsvType; label: string; description: string }[] = [
  { value: "brands", label: "medusaBrands.csv.brands.label", description: "medusaBrands.csv.brands.description" },
  { value: "assignments", label: "medusaBrands.csv.assignments.label", description: "medusaBrands.csv.assignments.description" },
]

export const IMPORT_LIMITS = BRAND_IMPORT_LIMITS

export type ImportSummary = { total: number; create: number; update: number; unchanged: number; error: number }
export type ImportRowError = { line: number; column: string | null; reason: string }
export type AdminBrandImportResponse = { type: BrandCsvType; dry_run: boolean; summary: ImportSummary; errors: ImportRowError[] }

export type AdminBrandMergeResponse = { brand: AdminBrand; merged: { brand_ids: string[]; product_count: number } }
export type AdminBrandMoveResponse = { brand: AdminBrand; moved: { brand_id: string; product_count: number } }

type HealthBrand = { id: string; name: string; handle: string }
export type HealthDuplicateBrand = HealthBrand & { is_active: boolean; product_count: number }
export type AdminBrandHealthResponse = {
  unbranded_products: { count: number }
  inactive_brand_products: { count: number; brand_count: number; brands: (HealthBrand & { product_count: number })[] }
  brands_without_products: { count: number; brands: (HealthBrand & { is_active: boolean })[] }
  duplicate_groups: { count: number; groups: { key: string; brands: HealthDuplicateBrand[] }[] }
}

export type UnbrandedProduct = AdminBrandProduct
export type AdminUnbrandedProductsResponse = { products: UnbrandedProduct[]; count: number; offset: number; limit: number }

/** A small example file of each kind, built from the same column lists as the server's; its sample texts in the admin's language. */
export function csvTemplate(type: BrandCsvType, t: (key: string) => string): string {
  const rows =
    type === "brands"
      ? [
          [...BRAND_CSV_COLUMNS],
          ["", "acme", "Acme", t("medusaBrands.csv.example.brandDescription"), "https://example.com/acme.png", "true", '"{""origin"":""US""}"', "", ""],
          ["", "globex", "Globex, Inc.", "", "", "false", "", "", ""],
        ]
      : [[...ASSIGNMENT_CSV_COLUMNS], ["", "classic-anvil", t("medusaBrands.csv.example.productTitle"), "acme"], ["prod_01EXAMPLE", "", "", ""]]
  return rows.map((row) => row.map((cell) => (/[",\n]/.test(cell) && !cell.startsWith('"') ? `"${cell.replace(/"/g, '""')}"` : cell)).join(",")).join("\n") + "\n"
}
