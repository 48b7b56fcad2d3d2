import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBrandRoutesMiddlewares } from "./admin/brands/middlewares"
import { adminProductBrandMiddlewares } from "./admin/products/middlewares"
import { storeBrandRoutesMiddlewares } from "./store/brands/middlewares"
import { storeProductBrandMiddlewares } from "./store/products/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminBrandRoutesMiddlewares,
    ...adminProductBrandMiddlewares,
    ...storeBrandRoutesMiddlewares,
    ...storeProductBrandMiddlewares,
  ],
})
