import { defineMiddlewares } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

const erpAdditionalData = { erp_id: z.string({ error: "erp_id must be a string" }).optional() }

export default defineMiddlewares({
  routes: [
    { method: ["POST"], matcher: "/admin/products", additionalDataValidator: erpAdditionalData },
    { method: ["POST"], matcher: "/admin/products/:id", additionalDataValidator: erpAdditionalData },
  ],
})
