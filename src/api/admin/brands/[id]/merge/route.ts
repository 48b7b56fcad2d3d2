import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { mergeBrandsWorkflow } from "../../../../../workflows/brand"
import { refetchBrand } from "../../../../utils/brands"
import { AdminMergeBrandsType } from "../../validators"

/** `{ brand_ids }` are merged into `:id`: products move, the brands go, their handles become aliases. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminMergeBrandsType>, res: MedusaResponse) => {
  const { id } = req.params
  await refetchBrand(req.scope, id, ["id"])
  const { result } = await mergeBrandsWorkflow(req.scope).run({
    input: { target_id: id, brand_ids: req.validatedBody.brand_ids },
  })
  const brand = await refetchBrand(req.scope, id, req.queryConfig.fields)
  res.json({ brand, merged: result })
}
