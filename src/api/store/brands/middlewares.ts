import { MiddlewareRoute, clearFiltersByKey, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  filterByValidSalesChannels,
  normalizeDataForContext,
  setPricingContext,
  setTaxContext,
} from "@medusajs/medusa/api/utils/middlewares/index"
import {
  listStoreBrandProductsQueryConfig,
  listStoreBrandsQueryConfig,
  retrieveStoreBrandQueryConfig,
} from "./query-config"
import { StoreGetBrandParams, StoreGetBrandProductsParams, StoreGetBrandsParams } from "./validators"

/** Read-only; the publishable key is enforced for all of /store by core. */
/** The same chain as core GET /store/products: sales channels of the key, then pricing and tax context. */
const brandProductsMiddlewares = [
  validateAndTransformQuery(StoreGetBrandProductsParams, listStoreBrandProductsQueryConfig),
  filterByValidSalesChannels(),
  normalizeDataForContext(),
  setPricingContext(),
  setTaxContext(),
  clearFiltersByKey(["region_id", "country_code", "province", "cart_id"]),
]

export const storeBrandRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/brands",
    middlewares: [validateAndTransformQuery(StoreGetBrandsParams, listStoreBrandsQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/brands/:id",
    middlewares: [validateAndTransformQuery(StoreGetBrandParams, retrieveStoreBrandQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/brands/:id/products",
    middlewares: brandProductsMiddlewares,
  },
  {
    method: ["GET"],
    matcher: "/store/brands/handle/:handle",
    middlewares: brandProductsMiddlewares,
  },
]
