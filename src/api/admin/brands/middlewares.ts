import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  listBrandProductsTransformQueryConfig,
  listBrandsTransformQueryConfig,
  retrieveBrandTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateBrand,
  AdminExportBrands,
  AdminGetBrandParams,
  AdminGetBrandProductsParams,
  AdminGetBrandsParams,
  AdminSetFeaturedBrandOrder,
  AdminGetUnbrandedProductsParams,
  AdminImportBrands,
  AdminMergeBrands,
  AdminMoveBrandProducts,
  AdminUpdateBrand,
  AdminUpdateBrandProducts,
  AdminUploadBrandImage,
} from "./validators"
import { parseBrandImageUpload } from "./uploads/middlewares"
import { BRAND_IMPORT_LIMITS } from "../../utils/brand-csv-formats"
import { singleFileUpload } from "../../utils/multipart-upload"

/*
 * The static routes (export, import, health) sort before /admin/brands/:id in Medusa's router, so
 * `:id` never captures them; integration-tests/http/brand-operations.spec.ts checks it.
 */
export const adminBrandRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/brands/export",
    middlewares: [validateAndTransformQuery(AdminExportBrands, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/brands/import",
    middlewares: [singleFileUpload(BRAND_IMPORT_LIMITS.maxBytes), validateAndTransformBody(AdminImportBrands)],
  },
  {
    method: ["GET"],
    matcher: "/admin/brands/health/unbranded-products",
    middlewares: [validateAndTransformQuery(AdminGetUnbrandedProductsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/brands/:id/merge",
    middlewares: [
      validateAndTransformBody(AdminMergeBrands),
      validateAndTransformQuery(AdminGetBrandParams, retrieveBrandTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/brands/:id/products/move",
    middlewares: [
      validateAndTransformBody(AdminMoveBrandProducts),
      validateAndTransformQuery(AdminGetBrandParams, retrieveBrandTransformQueryConfig),
    ],
  },
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
