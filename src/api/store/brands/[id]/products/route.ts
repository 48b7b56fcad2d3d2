import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { HttpTypes } from "@medusajs/framework/types"
import { ProductStatus, QueryContext } from "@medusajs/framework/utils"
import { wrapProductsWithTaxPrices } from "@medusajs/medusa/api/store/products/helpers"
import {
  prepareInventoryQuantityFields,
  wrapVariantsWithInventoryQuantityForSalesChannel,
} from "@medusajs/medusa/api/utils/middlewares/index"
import { loadProductsInOrder, pageBrandProducts } from "../../../../utils/brand-products"
import { brandNotFound } from "../../../../utils/brands"
import { StoreGetBrandProductsParamsType } from "../../validators"

type StoreBrandProductsRequest = MedusaStoreRequest<
  unknown,
  StoreGetBrandProductsParamsType & { sales_channel_id: string[] }
>

type InventoryVariants = Parameters<typeof wrapVariantsWithInventoryQuantityForSalesChannel>[1]

/** Published products of an active brand in the key's sales channels, priced like core /store/products. */
export const GET = async (req: StoreBrandProductsRequest, res: MedusaResponse) => {
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
      brandId: req.params.id,
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
  if (!page) throw brandNotFound(req.params.id)
  const products = page.products as HttpTypes.StoreProduct[]
  if (withInventoryQuantity) {
    await wrapVariantsWithInventoryQuantityForSalesChannel(
      req,
      products.flatMap((product) => (product.variants ?? []) as InventoryVariants)
    )
  }
  await wrapProductsWithTaxPrices(req, products)
  res.json({ products, count: page.count, offset: skip, limit: take })
}
