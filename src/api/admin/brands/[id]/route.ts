import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteBrandsWorkflow, updateBrandsWorkflow } from "../../../../workflows/brand"
import { refetchBrand } from "../../../utils/brands"
import { AdminGetBrandParamsType, AdminUpdateBrandType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetBrandParamsType>, res: MedusaResponse) => {
  const brand = await refetchBrand(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ brand })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateBrandType>, res: MedusaResponse) => {
  await refetchBrand(req.scope, req.params.id, ["id"])
  await updateBrandsWorkflow(req.scope).run({
    input: { brands: [{ id: req.params.id, ...req.validatedBody }] },
  })
  const brand = await refetchBrand(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ brand })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id } = req.params
  await refetchBrand(req.scope, id, ["id"])
  await deleteBrandsWorkflow(req.scope).run({ input: { ids: [id] } })
  res.json({ id, object: "brand", deleted: true })
}
