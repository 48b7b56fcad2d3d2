import { defineMiddlewares } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

// The tutorial's validator: `additional_data.brand_id` is an optional string.
export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/products",
      method: ["POST"],
      additionalDataValidator: { brand_id: z.string().optional() },
    },
  ],
})
