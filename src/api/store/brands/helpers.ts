import { MedusaStoreRequest } from "@medusajs/framework/http"
import { HttpTypes, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, ProductStatus, QueryContext } from "@medusajs/framework/utils"
import { wrapProductsWithTaxPrices } from "@medusajs/medusa/api/store/products/helpers"
import {
  prepareInventoryQuantityFields,
  wrapVariantsWithInventoryQuantityForSalesChannel,
} from "@medusajs/medusa/api/utils/middlewares/index"
import { loadProductsInOrder, pageBrandProducts } from "../../utils/brand-products"
import { brandNotFound, refetchBrand } from "../../utils/brands"
import { STORE_BRAND_FILTERS } from "./query-config"
import { StoreGetBrandProductsParamsType } from "./validators"

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

export type StoreBrandProductsRequest = MedusaStoreRequest<
  unknown,
  StoreGetBrandProductsParamsType & { sales_channel_id: string[] }
>

type InventoryVariants = Parameters<typeof wrapVariantsWithInventoryQuantityForSalesChannel>[1]

/**
 * One page of an active brand's published products in the key's sales channels, priced like
 * core /store/products; a 404 when the brand is not found.
 */
export async function listStoreBrandProducts(req: StoreBrandProductsRequest, brandId: string) {
  const { skip, take } = req.queryConfig.pagination
  const { fields, withInventoryQuantity } = prepareInventoryQuantityFields(req.queryConfig.fields, {
    relation: "variants",
  })
  const context = req.pricingContext
    ? { variants: { calculated_price: QueryContext({ ...req.pricingContext }) } }
    : {}
  const page = await pageBrandProducts(
    req.scope,
    {
      brandId,
      activeBrandOnly: true,
      statuses: [ProductStatus.PUBLISHED],
      salesChannelIds: req.filterableFields.sales_channel_id,
      order: req.validatedQuery.order,
      skip,
      take: take!,
    },
    // Always through query.graph: prices, inventory and translations need it.
    { load: (ids) => loadProductsInOrder(req.scope, ids, fields, context, { locale: req.locale }) }
  )
  if (!page) throw brandNotFound(brandId)
  const products = page.products as HttpTypes.StoreProduct[]
  if (withInventoryQuantity) {
    await wrapVariantsWithInventoryQuantityForSalesChannel(
      req,
      products.flatMap((product) => (product.variants ?? []) as InventoryVariants)
    )
  }
  await wrapProductsWithTaxPrices(req, products)
  return { products, count: page.count, offset: skip, limit: take }
}
