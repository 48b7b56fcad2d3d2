import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createBrandsWorkflow } from "../../../workflows/brand"
import { withHandleAliases } from "../../utils/brand-aliases"
import { queryBrands, refetchBrand } from "../../utils/brands"
import { AdminCreateBrandType, AdminGetBrandsParamsType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetBrandsParamsType>, res: MedusaResponse) => {
  const { filters, markRequestedHandles } = await withHandleAliases(req.scope, req.filterableFields)
  const { brands, metadata } = await queryBrands(req.scope, req.queryConfig.fields, filters, req.queryConfig.pagination)
  res.json({ brands: markRequestedHandles(brands), count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateBrandType>, res: MedusaResponse) => {
  const { result } = await createBrandsWorkflow(req.scope).run({ input: { brands: [req.validatedBody] } })
  const brand = await refetchBrand(req.scope, result[0].id, req.queryConfig.fields)
  res.json({ brand })
}
