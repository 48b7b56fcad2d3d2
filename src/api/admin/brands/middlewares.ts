import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  listBrandProductsTransformQueryConfig,
  listBrandsTransformQueryConfig,
  retrieveBrandTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateBrand,
  AdminGetBrandParams,
  AdminGetBrandProductsParams,
  AdminGetBrandsParams,
  AdminSetFeaturedBrandOrder,
  AdminUpdateBrand,
  AdminUpdateBrandProducts,
  AdminUploadBrandImage,
} from "./validators"
import { parseBrandImageUpload } from "./uploads/middlewares"

export const adminBrandRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/brands",
    middlewares: [validateAndTransformQuery(AdminGetBrandsParams, listBrandsTransformQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/brands",
    middlewares: [
      validateAndTransformBody(AdminCreateBrand),
      validateAndTransformQuery(AdminGetBrandParams, retrieveBrandTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/brands/featured/order",
    middlewares: [
      validateAndTransformBody(AdminSetFeaturedBrandOrder),
      validateAndTransformQuery(AdminGetBrandParams, retrieveBrandTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/brands/uploads",
    middlewares: [parseBrandImageUpload, validateAndTransformBody(AdminUploadBrandImage)],
  },
  {
    method: ["GET"],
    matcher: "/admin/brands/:id",
    middlewares: [validateAndTransformQuery(AdminGetBrandParams, retrieveBrandTransformQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/brands/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateBrand),
      validateAndTransformQuery(AdminGetBrandParams, retrieveBrandTransformQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/brands/:id/products",
    middlewares: [validateAndTransformQuery(AdminGetBrandProductsParams, listBrandProductsTransformQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/brands/:id/products",
    middlewares: [
      validateAndTransformBody(AdminUpdateBrandProducts),
      validateAndTransformQuery(AdminGetBrandParams, retrieveBrandTransformQueryConfig),
    ],
  },
]
