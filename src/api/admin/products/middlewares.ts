import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { assertBrandExists } from "../../../workflows/brand/utils/assert-brand-exists"
import { productBrandAdditionalData } from "../brands/validators"

/**
 * Refuses an unknown or deleted `additional_data.brand_id` before core's product
 * workflow runs, so such a request writes nothing (not even a product that is
 * rolled back). The brand hooks check again, for a brand deleted meanwhile.
 */
async function requireExistingBrand(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const brandId = (req.body as { additional_data?: { brand_id?: unknown } } | undefined)?.additional_data?.brand_id
  try {
    // Anything but a non-empty string is left to the additional_data validator.
    if (typeof brandId === "string" && brandId) await assertBrandExists(req.scope, brandId)
    next()
  } catch (error) {
    next(error)
  }
}

/** Lets the core product routes accept `additional_data.brand_id`. */
export const adminProductBrandMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/products",
    additionalDataValidator: productBrandAdditionalData,
    middlewares: [requireExistingBrand],
  },
  {
    methods: ["POST"],
    matcher: "/admin/products/:id",
    additionalDataValidator: productBrandAdditionalData,
    middlewares: [requireExistingBrand],
  },
]
