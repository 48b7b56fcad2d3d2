import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/*
 * `brand_id` (one id or many) and the dashboard's nested `brand[id]` on core GET /store/products
 * and GET /admin/products. It runs in two steps, because core's query validation sits between them:
 *
 * 1. `takeProductBrandFilter`, a global middleware (no `methods`, so it runs before core's
 *    `validateAndTransformQuery`), takes the parameter out of the query, where core's strict store
 *    schema would refuse it, and refuses a malformed value with a 400.
 * 2. `applyProductBrandFilter`, a GET middleware (so it runs after core's chain has built
 *    `req.filterableFields`), adds `brand: { id }` to the filters. `query.graph` turns that into an
 *    `EXISTS (… product_brand …)` subquery in the product query, so pages and counts
 *    come from one SQL statement; with the index engine, `query.index` filters on the link
 *    (declared `filterable` in src/links/product-brand.ts).
 */

/** At most this many brands per request, as `id` on the brand routes. */
export const MAX_BRAND_FILTER_IDS = 100
const MAX_BRAND_ID_LENGTH = 100

const takenFilters = new WeakMap<MedusaRequest, string[]>()

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

function parseBrandIds(value: unknown, name: string): string[] {
  const ids = Array.isArray(value) ? value : [value]
  if (!ids.length) throw invalid(`${name} must not be empty`)
  if (ids.length > MAX_BRAND_FILTER_IDS) {
    throw invalid(`${name} accepts at most ${MAX_BRAND_FILTER_IDS} brand ids, got ${ids.length}`)
  }
  for (const id of ids) {
    if (typeof id !== "string") throw invalid(`${name} must be a brand id or a list of brand ids`)
    if (!id.trim()) throw invalid(`${name} must not contain an empty brand id`)
    if (id.length > MAX_BRAND_ID_LENGTH) throw invalid(`${name} must not contain an id longer than ${MAX_BRAND_ID_LENGTH} characters`)
  }
  return [...new Set(ids as string[])]
}

/** The brand ids asked for by `brand_id` or `brand[id]`, or undefined when neither is present. */
export function parseProductBrandFilter(query: Record<string, unknown>): string[] | undefined {
  const { brand_id: brandId, brand } = query
  if (brandId === undefined && brand === undefined) return undefined
  if (brandId !== undefined && brand !== undefined) throw invalid("Filter by brand_id or by brand[id], not both")
  if (brandId !== undefined) return parseBrandIds(brandId, "brand_id")
  if (!brand || typeof brand !== "object" || Array.isArray(brand) || Object.keys(brand).some((key) => key !== "id")) {
    throw invalid("The brand filter accepts only brand[id]")
  }
  return parseBrandIds((brand as { id?: unknown }).id, "brand[id]")
}

/** Step 1 (global middleware on the list route's path): takes the brand filter out of the query. */
export function takeProductBrandFilter(listPath: string) {
  return function takeProductBrandFilter(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    if (req.method !== "GET" || (req.baseUrl + req.path).replace(/\/+$/, "") !== listPath) return next()
    try {
      const query = req.query as Record<string, unknown>
      const ids = parseProductBrandFilter(query)
      delete query.brand_id
      delete query.brand
      if (ids) takenFilters.set(req, ids)
      next()
    } catch (error) {
      next(error)
    }
  }
}

/**
 * Step 2 (GET middleware, after core's): filters the products by the taken brand ids.
 * `brandFilters` narrows the brands further (the store: active brands only). Those brands are read
 * first, so the product query filters on the link's `brand_id` alone: a join with `brand` inside
 * the EXISTS made Postgres misjudge a big brand's product count and page it about four times slower
 * (BENCHMARKS.md, B6).
 */
export function applyProductBrandFilter(brandFilters: Record<string, unknown> = {}) {
  return async function applyProductBrandFilter(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    try {
      const ids = takenFilters.get(req)
      if (!ids) return next()
      if (!Object.keys(brandFilters).length) {
        req.filterableFields.brand = { id: ids }
        return next()
      }
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data: brands } = await query.graph({ entity: "brand", fields: ["id"], filters: { ...brandFilters, id: ids } })
      // None of them qualifies: keep the brand condition, which then matches no product.
      req.filterableFields.brand = brands.length ? { id: brands.map((brand) => brand.id) } : { ...brandFilters, id: ids }
      next()
    } catch (error) {
      next(error)
    }
  }
}
