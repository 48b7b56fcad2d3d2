import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { countProductsByBrand } from "./brand-products"

/** Computed on request, for admins; not a column. */
export const PRODUCT_COUNT_FIELD = "product_count"

type Brand = { id: string } & Record<string, unknown>

type Order = Record<string, unknown>

/**
 * Ties are broken by name (after rank) and then by id, so that a page never repeats or skips a
 * brand: ranks repeat (0 by default), and so can names.
 */
function withTiebreakers(order?: Order): Order | undefined {
  if (!order || "id" in order) return order
  const direction = Object.values(order)[0]
  return { ...order, ...("rank" in order && !("name" in order) ? { name: "ASC" } : {}), id: direction }
}

/** Lists brands with `query.graph`; `product_count`, when among the fields, is added in one extra query. */
export async function queryBrands(
  container: MedusaContainer,
  fields: string[],
  filters: Record<string, unknown>,
  pagination?: { skip: number; take?: number; order?: Record<string, unknown> }
) {
  const withCount = fields.includes(PRODUCT_COUNT_FIELD)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "brand",
    fields: fields.filter((field) => field !== PRODUCT_COUNT_FIELD).concat(withCount ? ["id"] : []),
    filters,
    pagination: pagination && { ...pagination, order: withTiebreakers(pagination.order) },
  })
  const brands = data as Brand[]
  if (withCount) {
    const counts = await countProductsByBrand(container, brands.map((brand) => brand.id))
    brands.forEach((brand) => (brand[PRODUCT_COUNT_FIELD] = counts.get(brand.id) ?? 0))
  }
  return { brands, metadata }
}

/** One brand by id, or a 404 when it does not exist, was deleted or does not match `filters`. */
export async function refetchBrand(
  container: MedusaContainer,
  id: string,
  fields: string[],
  filters: Record<string, unknown> = {}
) {
  const { brands } = await queryBrands(container, fields, { ...filters, id })
  if (!brands.length) throw brandNotFound(id)
  return brands[0]
}

export const brandNotFound = (id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Brand with id "${id}" was not found`)
