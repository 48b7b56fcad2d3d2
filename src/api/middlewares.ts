import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBrandRoutesMiddlewares } from "./admin/brands/middlewares"
import { adminProductBrandMiddlewares } from "./admin/products/middlewares"

export default defineMiddlewares({
  routes: [...adminBrandRoutesMiddlewares, ...adminProductBrandMiddlewares],
})
