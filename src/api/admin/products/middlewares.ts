import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { assertBrandExists } from "../../../workflows/brand/utils/assert-brand-exists"
import { applyProductBrandFilter, takeProductBrandFilter } from "../../utils/product-brand-filter"
import { productBrandAdditionalData } from "../brands/validators"

/** POST /admin/products and POST /admin/products/:id (the routes whose hooks read `brand_id`). */
const PRODUCT_WRITE_PATH = /^\/admin\/products(\/[^/]+)?\/?$/

/** What Medusa puts on the request: `z.object(shape).nullish()` of the route's `additionalDataValidator`. */
type AdditionalDataValidator = NonNullable<MedusaRequest["additionalDataValidator"]>

/**
 * Medusa uses one `additionalDataValidator` per route: the first one registered, and plugins
 * register before the store. Declaring ours would strip the store's own keys (or the store's
 * would strip `brand_id`), so instead `brand_id` is added to whichever validator the route got,
 * or becomes the validator when there is none. A store that validates `brand_id` itself keeps its rule.
 */
export function withBrandAdditionalData(validator: AdditionalDataValidator | undefined): AdditionalDataValidator {
  if (!validator) return z.object(productBrandAdditionalData).nullish()
  let inner: z.ZodType = validator
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType
  if (!(inner instanceof z.ZodObject) || "brand_id" in inner.shape) return validator
  return inner.extend(productBrandAdditionalData).nullish()
}

/**
 * Lets the core product create and update routes accept `additional_data.brand_id`, and refuses
 * an unknown or deleted brand before core's product workflow runs, so such a request writes
 * nothing (not even a product that is rolled back). The brand hooks check again, for a brand
 * deleted meanwhile. A global middleware (no `methods`), so it runs before core's body validation.
 */
async function acceptBrandAdditionalData(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "POST" || !PRODUCT_WRITE_PATH.test(req.baseUrl + req.path)) return next()
  try {
    req.additionalDataValidator = withBrandAdditionalData(req.additionalDataValidator)
    const brandId = (req.body as { additional_data?: { brand_id?: unknown } } | undefined)?.additional_data?.brand_id
    // Anything but a non-empty string is left to the additional_data validator.
    if (typeof brandId === "string" && brandId) await assertBrandExists(req.scope, brandId)
    next()
  } catch (error) {
    next(error)
  }
}

export const adminProductBrandMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/products", middlewares: [acceptBrandAdditionalData, takeProductBrandFilter("/admin/products")] },
  // `brand_id` / `brand[id]` (the dashboard's relationship filter sends the latter).
  { method: ["GET"], matcher: "/admin/products", middlewares: [applyProductBrandFilter()] },
]
