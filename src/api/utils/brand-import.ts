import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_BRAND_TABLE } from "../../links/product-brand"
import { CreateBrandDTO, UpdateBrandDTO } from "../../modules/brand/types"
import { AdminCreateBrand } from "../admin/brands/validators"
import {
  ASSIGNMENT_PRODUCT_COLUMNS,
  ASSIGNMENT_READ_ONLY_COLUMNS,
  BRAND_IMPORT_COLUMNS,
  BRAND_IMPORT_REQUIRED_COLUMNS,
  BRAND_READ_ONLY_COLUMNS,
} from "./brand-csv-formats"
import { CsvRow } from "./csv"

/*
 * The plan of an import: what each row would do, computed from the file and the database without
 * writing anything. A dry run answers it; an apply runs it, only when no row has an error.
 */

export type ImportRowError = { line: number; column: string | null; reason: string }
export type ImportSummary = { total: number; create: number; update: number; unchanged: number; error: number }
export type BrandsImportPlan = {
  summary: ImportSummary
  errors: ImportRowError[]
  creates: CreateBrandDTO[]
  updates: UpdateBrandDTO[]
}
/** Products per brand: `brand_id` null clears the brand. */
export type BrandAssignmentChange = { brand_id: string | null; product_ids: string[] }
export type AssignmentsImportPlan = { summary: ImportSummary; errors: ImportRowError[]; changes: BrandAssignmentChange[] }

const knexOf = (container: MedusaContainer): Knex => container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(", ")

function checkHeaders(headers: string[], known: readonly string[], required: readonly string[], requiredOneOf: readonly string[] = []) {
  const unknown = headers.filter((header) => !known.includes(header))
  if (unknown.length) throw invalid(`Unknown column ${quoted(unknown)}; the columns are ${quoted(known)}`)
  const missing = required.filter((column) => !headers.includes(column))
  if (missing.length) throw invalid(`Missing column ${quoted(missing)}; the header row must name ${quoted(required)}`)
  if (requiredOneOf.length && !requiredOneOf.some((column) => headers.includes(column))) {
    throw invalid(`Missing column: the header row must name ${requiredOneOf.map((name) => `"${name}"`).join(" or ")}`)
  }
}

/** A 400 naming the lines of the first value that appears twice in `column`. */
function rejectRepeats(rows: CsvRow[], keyOf: (row: CsvRow) => string | undefined, what: string) {
  const seen = new Map<string, number>()
  for (const row of rows) {
    const key = keyOf(row)
    if (!key) continue
    const first = seen.get(key)
    if (first !== undefined) throw invalid(`${what} "${key}" appears twice, on lines ${first} and ${row.line}; each may appear once`)
    seen.set(key, row.line)
  }
}

const emptySummary = (total: number): ImportSummary => ({ total, create: 0, update: 0, unchanged: 0, error: 0 })

type BrandRow = { id: string; handle: string; name: string; description: string | null; logo_url: string | null; is_active: boolean; metadata: Record<string, unknown> | null }

/** The brand fields a row sets, or the errors of its cells. Only the file's columns are set; empty means null. */
function brandFieldsOf(row: CsvRow, headers: string[]): { fields?: CreateBrandDTO & { handle: string }; errors: ImportRowError[] } {
  const errors: ImportRowError[] = []
  const fields: Record<string, unknown> = {}
  for (const column of BRAND_IMPORT_COLUMNS) {
    if (!headers.includes(column)) continue
    const value = row.cells[column]
    if (column === "is_active") {
      if (value === "") continue
      if (!/^(true|false)$/i.test(value)) errors.push({ line: row.line, column, reason: "is_active must be true, false or empty" })
      else fields.is_active = value.toLowerCase() === "true"
    } else if (column === "metadata") {
      if (value === "") fields.metadata = null
      else {
        try {
          const parsed = JSON.parse(value)
          if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error()
          fields.metadata = parsed
        } catch {
          errors.push({ line: row.line, column, reason: "metadata must be a JSON object or empty" })
        }
      }
    } else if (column === "description" || column === "logo_url") {
      fields[column] = value === "" ? null : value
    } else {
      fields[column] = value
    }
  }
  // The API's own validation of a brand, reported per column.
  const checked = AdminCreateBrand.safeParse(fields)
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      errors.push({ line: row.line, column: String(issue.path[0] ?? "") || null, reason: issue.message })
    }
  }
  return errors.length ? { errors } : { fields: { ...(checked.data as CreateBrandDTO), handle: fields.handle as string }, errors }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b))
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([key, item]) => [key, sortKeys(item)]))
  }
  return value
}

/** Brands matched by handle: unknown handles are created, known ones updated where a field differs. */
export async function planBrandsImport(
  container: MedusaContainer,
  { headers, rows }: { headers: string[]; rows: CsvRow[] }
): Promise<BrandsImportPlan> {
  checkHeaders(headers, [...BRAND_IMPORT_COLUMNS, ...BRAND_READ_ONLY_COLUMNS], BRAND_IMPORT_REQUIRED_COLUMNS)
  rejectRepeats(rows, (row) => row.cells.handle || undefined, "The handle")

  const knex = knexOf(container)
  const handles = rows.map((row) => row.cells.handle).filter(Boolean)
  const [existing, aliases] = await Promise.all([
    knex("brand")
      .select("id", "handle", "name", "description", "logo_url", "is_active", "metadata")
      .whereRaw("handle = ANY(?)", [handles])
      .whereNull("deleted_at") as Promise<BrandRow[]>,
    knex("brand_alias as a")
      .join("brand as b", "b.id", "a.brand_id")
      .select("a.handle", "b.handle as brand_handle")
      .whereRaw("a.handle = ANY(?)", [handles])
      .whereNull("a.deleted_at") as Promise<{ handle: string; brand_handle: string }[]>,
  ])
  const byHandle = new Map(existing.map((brand) => [brand.handle, brand]))
  const aliasOf = new Map(aliases.map((alias) => [alias.handle, alias.brand_handle]))

  const plan: BrandsImportPlan = { summary: emptySummary(rows.length), errors: [], creates: [], updates: [] }
  for (const row of rows) {
    const { fields, errors } = brandFieldsOf(row, headers)
    const brand = fields && byHandle.get(fields.handle)
    const alias = fields && !brand && aliasOf.get(fields.handle)
    if (alias) errors.push({ line: row.line, column: "handle", reason: `"${fields.handle}" is an alias of the brand "${alias}" (merged into it); use another handle` })
    if (errors.length || !fields) {
      plan.summary.error++
      plan.errors.push(...errors)
      continue
    }
    if (!brand) {
      plan.summary.create++
      plan.creates.push(fields)
      continue
    }
    const { handle: _handle, ...changes } = fields
    const changed = Object.entries(changes).filter(([key, value]) => !sameJson(value, brand[key as keyof BrandRow]))
    if (!changed.length) {
      plan.summary.unchanged++
      continue
    }
    plan.summary.update++
    plan.updates.push({ id: brand.id, ...Object.fromEntries(changed) })
  }
  return plan
}

/**
 * Products found by id (when the file has a product_id) or handle, brands by handle or alias. A
 * product that gets a brand counts as a create, one that changes or loses its brand as an update.
 */
export async function planAssignmentsImport(
  container: MedusaContainer,
  { headers, rows }: { headers: string[]; rows: CsvRow[] }
): Promise<AssignmentsImportPlan> {
  checkHeaders(headers, [...ASSIGNMENT_PRODUCT_COLUMNS, ...ASSIGNMENT_READ_ONLY_COLUMNS, "brand_handle"], ["brand_handle"], ASSIGNMENT_PRODUCT_COLUMNS)
  rejectRepeats(rows, (row) => row.cells.product_id || undefined, "The product id")
  rejectRepeats(rows, (row) => (row.cells.product_id ? undefined : row.cells.product_handle || undefined), "The product handle")

  const knex = knexOf(container)
  const ids = rows.map((row) => row.cells.product_id).filter(Boolean)
  const productHandles = rows.map((row) => row.cells.product_handle).filter(Boolean)
  const brandHandles = [...new Set(rows.map((row) => row.cells.brand_handle).filter(Boolean))]
  const [products, brands, aliases] = await Promise.all([
    knex("product")
      .select("id", "handle")
      .whereNull("deleted_at")
      .whereRaw("(id = ANY(?) OR handle = ANY(?))", [ids, productHandles]) as Promise<{ id: string; handle: string }[]>,
    knex("brand").select("id", "handle").whereRaw("handle = ANY(?)", [brandHandles]).whereNull("deleted_at") as Promise<{ id: string; handle: string }[]>,
    knex("brand_alias as a")
      .join("brand as b", "b.id", "a.brand_id")
      .select("a.handle", "b.id")
      .whereRaw("a.handle = ANY(?)", [brandHandles])
      .whereNull("a.deleted_at")
      .whereNull("b.deleted_at") as Promise<{ handle: string; id: string }[]>,
  ])
  const productById = new Map(products.map((product) => [product.id, product]))
  const productByHandle = new Map(products.map((product) => [product.handle, product]))
  const brandByHandle = new Map([...aliases, ...brands].map((brand) => [brand.handle, brand.id]))
  const current = new Map<string, string>(
    (
      await knex(PRODUCT_BRAND_TABLE)
        .select("product_id", "brand_id")
        .whereRaw("product_id = ANY(?)", [products.map((product) => product.id)])
        .whereNull("deleted_at")
    ).map((link: { product_id: string; brand_id: string }) => [link.product_id, link.brand_id])
  )

  const plan: AssignmentsImportPlan = { summary: emptySummary(rows.length), errors: [], changes: [] }
  const byBrand = new Map<string | null, string[]>()
  const seen = new Map<string, number>()
  for (const row of rows) {
    const { product_id: id, product_handle: handle, brand_handle: brandHandle } = row.cells
    const errors: ImportRowError[] = []
    const product = id ? productById.get(id) : handle ? productByHandle.get(handle) : undefined
    if (!id && !handle) errors.push({ line: row.line, column: "product_id", reason: "Give the product's id or handle" })
    else if (!product) {
      errors.push(
        id
          ? { line: row.line, column: "product_id", reason: `No product with id "${id}"` }
          : { line: row.line, column: "product_handle", reason: `No product with handle "${handle}"` }
      )
    } else if (id && handle && product.handle !== handle) {
      errors.push({ line: row.line, column: "product_handle", reason: `Product "${id}" has the handle "${product.handle}", not "${handle}"` })
    } else if (seen.has(product.id)) {
      errors.push({ line: row.line, column: id ? "product_id" : "product_handle", reason: `The same product as on line ${seen.get(product.id)}` })
    }
    const brandId = brandHandle ? brandByHandle.get(brandHandle) : null
    if (brandId === undefined) errors.push({ line: row.line, column: "brand_handle", reason: `No brand with handle "${brandHandle}"` })
    if (errors.length || !product || brandId === undefined) {
      plan.summary.error++
      plan.errors.push(...errors)
      continue
    }
    seen.set(product.id, row.line)
    const now = current.get(product.id) ?? null
    if (now === brandId) {
      plan.summary.unchanged++
      continue
    }
    if (now === null) plan.summary.create++
    else plan.summary.update++
    const group = byBrand.get(brandId) ?? byBrand.set(brandId, []).get(brandId)!
    group.push(product.id)
  }
  plan.changes = [...byBrand].map(([brand_id, product_ids]) => ({ brand_id, product_ids }))
  return plan
}
