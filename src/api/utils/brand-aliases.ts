import { MedusaContainer } from "@medusajs/framework/types"
import { BRAND_MODULE } from "../../modules/brand"
import BrandModuleService from "../../modules/brand/service"

/** Added to a brand that a `handle` filter found through an alias: the (old) handle asked for. */
export const REQUESTED_HANDLE_FIELD = "requested_handle"

type Filters = Record<string, unknown>

/**
 * A `handle` filter that also finds the brands whose aliases were asked for (the handles of brands
 * merged into them). Returns the filters to query with, and a function that marks each brand found
 * through an alias with the handle that was asked for, so a storefront can redirect an old handle.
 * Brands found by their own handle are left as they are.
 */
export async function withHandleAliases(container: MedusaContainer, filters: Filters) {
  const requested = filters.handle === undefined ? [] : [filters.handle].flat().map(String)
  if (!requested.length) return { filters, markRequestedHandles: <T>(brands: T[]) => brands }

  const service: BrandModuleService = container.resolve(BRAND_MODULE)
  const aliases = await service.listBrandAliases({ handle: requested }, { select: ["handle", "brand_id"] })
  const { handle, ...rest } = filters
  const resolved = aliases.length
    ? { ...rest, $or: [{ handle }, { id: [...new Set(aliases.map((alias) => alias.brand_id))] }] }
    : filters

  const markRequestedHandles = <T>(brands: T[]) =>
    brands.map((brand) => {
      const { id, handle: own } = brand as { id: string; handle?: string }
      const alias = aliases.find((candidate) => candidate.brand_id === id)
      return alias && !(own !== undefined && requested.includes(own)) ? { ...brand, [REQUESTED_HANDLE_FIELD]: alias.handle } : brand
    })
  return { filters: resolved, markRequestedHandles }
}
