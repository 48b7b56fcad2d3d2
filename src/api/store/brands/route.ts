import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { withHandleAliases } from "../../utils/brand-aliases"
import { queryBrands } from "../../utils/brands"
import { brandsWithProductsFilter } from "./helpers"
import { STORE_BRAND_FILTERS } from "./query-config"
import { StoreGetBrandsParamsType } from "./validators"

export const GET = async (req: MedusaStoreRequest<unknown, StoreGetBrandsParamsType>, res: MedusaResponse) => {
  const { has_products: hasProducts, ...rest } = req.filterableFields
  const { filters, markRequestedHandles } = await withHandleAliases(req.scope, rest)
  const { brands, metadata } = await queryBrands(
    req.scope,
    req.queryConfig.fields,
    { ...filters, ...STORE_BRAND_FILTERS, ...(hasProducts ? brandsWithProductsFilter(req) : {}) },
    req.queryConfig.pagination
  )
  res.json({ brands: markRequestedHandles(brands), count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
