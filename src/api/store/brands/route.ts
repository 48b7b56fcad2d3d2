import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { withHandleAliases } from "../../utils/brand-aliases"
import { queryBrands } from "../../utils/brands"
import { STORE_BRAND_FILTERS } from "./helpers"
import { StoreGetBrandsParamsType } from "./validators"

export const GET = async (req: MedusaStoreRequest<unknown, StoreGetBrandsParamsType>, res: MedusaResponse) => {
  const { filters, markRequestedHandles } = await withHandleAliases(req.scope, req.filterableFields)
  const { brands, metadata } = await queryBrands(
    req.scope,
    req.queryConfig.fields,
    { ...filters, ...STORE_BRAND_FILTERS },
    req.queryConfig.pagination
  )
  res.json({ brands: markRequestedHandles(brands), count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
