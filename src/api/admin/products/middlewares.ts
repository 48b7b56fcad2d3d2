import { MiddlewareRoute } from "@medusajs/framework/http"
import { productBrandAdditionalData } from "../brands/validators"

/** Lets the core product routes accept `additional_data.brand_id`. */
export const adminProductBrandMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/products",
    additionalDataValidator: productBrandAdditionalData,
  },
  {
    methods: ["POST"],
    matcher: "/admin/products/:id",
    additionalDataValidator: productBrandAdditionalData,
  },
]
