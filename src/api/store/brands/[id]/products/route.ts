import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { HttpTypes } from "@medusajs/framework/types"
import { ProductStatus, QueryContext } from "@medusajs/framework/utils"
import { wrapProductsWithTaxPrices } from "@medusajs/medusa/api/store/products/helpers"
import {
  prepareInventoryQuantityFields,
  wrapVariantsWithInventoryQuantityForSalesChannel,
} from "@medusajs/medusa/api/utils/middlewares/index"
import { loadProductsInOrder, pageBrandProductIds } from "../../../../utils/brand-products"
import { refetchStoreBrand } from "../../helpers"
import { StoreGetBrandProductsParamsType } from "../../validators"

type StoreBrandProductsRequest = MedusaStoreRequest<
  unknown,
  StoreGetBrandProductsParamsType & { sales_channel_id: string[] }
>

type InventoryVariants = Parameters<typeof wrapVariantsWithInventoryQuantityForSalesChannel>[1]

/** Published products of an active brand in the key's sales channels, priced like core /store/products. */
export const GET = async (req: StoreBrandProductsRequest, res: MedusaResponse) => {
  await refetchStoreBrand(req.scope, req.params.id, ["id"])
  const { skip, take } = req.queryConfig.pagination
  const { ids, count } = await pageBrandProductIds(req.scope, {
    brandId: req.params.id,
    statuses: [ProductStatus.PUBLISHED],
    salesChannelIds: req.filterableFields.sales_channel_id,
    order: req.validatedQuery.order,
    skip,
    take: take!,
  })

  const { fields, withInventoryQuantity } = prepareInventoryQuantityFields(req.queryConfig.fields, {
    relation: "variants",
  })
  const context = req.pricingContext
    ? { variants: { calculated_price: QueryContext({ ...req.pricingContext }) } }
    : {}
  const products = (await loadProductsInOrder(req.scope, ids, fields, context, {
    locale: req.locale,
  })) as HttpTypes.StoreProduct[]
  if (withInventoryQuantity) {
    await wrapVariantsWithInventoryQuantityForSalesChannel(
      req,
      products.flatMap((product) => (product.variants ?? []) as InventoryVariants)
    )
  }
  await wrapProductsWithTaxPrices(req, products)
  res.json({ products, count, offset: skip, limit: take })
}
