import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
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
import { BRAND_IMAGE_MAX_BYTES, formatFileSize } from "../../../modules/brand/image-rules"
import { BRAND_IMPORT_LIMITS } from "../../utils/brand-csv-formats"
import { httpError } from "../../utils/http-error"
import { singleFileUpload } from "../../utils/multipart-upload"

const MAX_IMAGE_BYTES = Math.max(...Object.values(BRAND_IMAGE_MAX_BYTES))

/** One image, at most the largest allowed; the route checks each kind's own limit. */
const parseBrandImageUpload = singleFileUpload({
  what: "image",
  maxBytes: MAX_IMAGE_BYTES,
  tooLarge: (maxBytes) => httpError(413, `An image must be at most ${formatFileSize(maxBytes)}`),
  fields: 5,
})

/** One CSV file within the import's size limit. */
const parseBrandImportUpload = singleFileUpload({
  what: "CSV file",
  maxBytes: BRAND_IMPORT_LIMITS.maxBytes,
  tooLarge: (maxBytes) => new MedusaError(MedusaError.Types.INVALID_DATA, `The file is larger than the limit of ${formatFileSize(maxBytes)}`),
  fields: 10,
})

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
    middlewares: [parseBrandImportUpload, validateAndTransformBody(AdminImportBrands)],
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
