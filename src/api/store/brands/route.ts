import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { queryBrands } from "../../utils/brands"
import { STORE_BRAND_FILTERS } from "./helpers"
import { StoreGetBrandsParamsType } from "./validators"

export const GET = async (req: MedusaStoreRequest<unknown, StoreGetBrandsParamsType>, res: MedusaResponse) => {
  const { brands, metadata } = await queryBrands(
    req.scope,
    req.queryConfig.fields,
    { ...req.filterableFields, ...STORE_BRAND_FILTERS },
    req.queryConfig.pagination
  )
  res.json({ brands, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
