import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { queryBrands } from "../../utils/brands"
import { brandsWithProductsFilter, STORE_BRAND_FILTERS } from "./helpers"
import { StoreGetBrandsParamsType } from "./validators"

export const GET = async (req: MedusaStoreRequest<unknown, StoreGetBrandsParamsType>, res: MedusaResponse) => {
  const { has_products: hasProducts, ...filters } = req.filterableFields
  const { brands, metadata } = await queryBrands(
    req.scope,
    req.queryConfig.fields,
    { ...filters, ...STORE_BRAND_FILTERS, ...(hasProducts ? brandsWithProductsFilter(req) : {}) },
    req.queryConfig.pagination
  )
  res.json({ brands, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
