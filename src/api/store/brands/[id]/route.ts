import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { refetchStoreBrand } from "../helpers"
import { StoreGetBrandParamsType } from "../validators"

export const GET = async (req: MedusaStoreRequest<unknown, StoreGetBrandParamsType>, res: MedusaResponse) => {
  const brand = await refetchStoreBrand(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ brand })
}
