import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unbrandedProducts } from "../../../../utils/brand-health"
import { AdminGetUnbrandedProductsParamsType } from "../../validators"

/** Published products without a brand, paged, for the health page's "give them a brand" fix. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetUnbrandedProductsParamsType>, res: MedusaResponse) => {
  const { offset, limit, q, order } = req.validatedQuery
  const { products, count } = await unbrandedProducts(req.scope, { q, order, skip: offset, take: limit })
  res.json({ products, count, offset, limit })
}
