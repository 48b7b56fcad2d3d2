import { MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { refetchBrand } from "../../utils/brands"

/** Storefronts only see active brands; an inactive or deleted one is a 404. */
export const STORE_BRAND_FILTERS = { is_active: true }

/**
 * `has_products=true`: brands with at least one published product in the publishable key's sales
 * channels. `query.graph` turns this filter on the brand's linked products into nested
 * `EXISTS (… product_brand … product … product_sales_channel …)` subqueries in the brand query, so
 * pages and counts stay one SQL statement each.
 */
export function brandsWithProductsFilter(req: MedusaStoreRequest) {
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  if (!salesChannelIds.length) {
    // Core's /store/products refuses such a key with the same message.
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }
  return { products: { status: ProductStatus.PUBLISHED, sales_channels: { id: salesChannelIds } } }
}

export const refetchStoreBrand = (container: MedusaContainer, id: string, fields: string[]) =>
  refetchBrand(container, id, fields, STORE_BRAND_FILTERS)
