import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { setFeaturedBrandOrderWorkflow } from "../../../../../workflows/brand"
import { queryBrands } from "../../../../utils/brands"
import { httpError } from "../../../../utils/http-error"
import { AdminGetBrandParamsType, AdminSetFeaturedBrandOrderType } from "../../validators"

/**
 * Sets the order of the featured brands in one request: `brand_ids` lists every featured brand
 * once, in the new order. Answers with the featured brands in that order.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetFeaturedBrandOrderType, AdminGetBrandParamsType>,
  res: MedusaResponse
) => {
  try {
    await setFeaturedBrandOrderWorkflow(req.scope).run({ input: { brand_ids: req.validatedBody.brand_ids } })
  } catch (error) {
    // Medusa replaces a conflict's message with a generic one; this one says what to do.
    if ((error as MedusaError).type === MedusaError.Types.CONFLICT) throw httpError(409, (error as Error).message)
    throw error
  }
  const { brands } = await queryBrands(req.scope, req.queryConfig.fields, { is_featured: true }, {
    skip: 0,
    take: undefined,
    order: { rank: "ASC" },
  })
  res.json({ brands })
}
