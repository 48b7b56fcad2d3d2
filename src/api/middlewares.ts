import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBrandRoutesMiddlewares } from "./admin/brands/middlewares"
import { adminProductBrandMiddlewares } from "./admin/products/middlewares"
import { storeBrandRoutesMiddlewares } from "./store/brands/middlewares"
import { storeProductBrandMiddlewares } from "./store/products/middlewares"
import { rejectNulCharacters } from "./utils/reject-nul-characters"

export default defineMiddlewares({
  routes: [
    { matcher: "/admin/*", middlewares: [rejectNulCharacters] },
    { matcher: "/store/*", middlewares: [rejectNulCharacters] },
    ...adminBrandRoutesMiddlewares,
    ...adminProductBrandMiddlewares,
    ...storeBrandRoutesMiddlewares,
    ...storeProductBrandMiddlewares,
  ],
})
