import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moveBrandProductsWorkflow } from "../../../../../../workflows/brand"
import { refetchBrand } from "../../../../../utils/brands"
import { AdminMoveBrandProductsType } from "../../../validators"

/** Moves every product of `:id` to `to_brand_id`; both brands stay. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminMoveBrandProductsType>, res: MedusaResponse) => {
  const { id } = req.params
  await refetchBrand(req.scope, id, ["id"])
  const { to_brand_id } = req.validatedBody
  const { result } = await moveBrandProductsWorkflow(req.scope).run({ input: { from_brand_id: id, to_brand_id } })
  const brand = await refetchBrand(req.scope, id, req.queryConfig.fields)
  res.json({ brand, moved: { brand_id: to_brand_id, product_count: result.product_count } })
}
