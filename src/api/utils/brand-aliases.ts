import { MedusaContainer } from "@medusajs/framework/types"
import { BRAND_MODULE } from "../../modules/brand"
import BrandModuleService from "../../modules/brand/service"

/** Added to each brand a `handle` filter found: the handle asked for (an alias when it differs from `handle`). */
export const REQUESTED_HANDLE_FIELD = "requested_handle"

type Filters = Record<string, unknown>

/**
 * A `handle` filter that also finds the brands whose aliases were asked for (the handles of brands
 * merged into them). Returns the filters to query with, and a function that marks each brand
 * found with the handle that was asked for, so a storefront can redirect an old handle.
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
      const viaAlias = aliases.find((alias) => alias.brand_id === id)?.handle
      const asked = own !== undefined && requested.includes(own) ? own : viaAlias ?? own
      return { ...brand, [REQUESTED_HANDLE_FIELD]: asked }
    })
  return { filters: resolved, markRequestedHandles }
}
