import { z } from "@medusajs/framework/zod"
import { BRAND_IMAGE_KINDS, BrandImageKind } from "../../../modules/brand/image-rules"
import {
  BRAND_BANNER_URL_MAX_LENGTH,
  BRAND_DESCRIPTION_MAX_LENGTH,
  BRAND_HANDLE_MAX_LENGTH,
  BRAND_HANDLE_PATTERN,
  BRAND_LOGO_URL_MAX_LENGTH,
  BRAND_NAME_MAX_LENGTH,
  BRAND_RANK_MAX,
  BRAND_SEO_DESCRIPTION_MAX_LENGTH,
  BRAND_SEO_TITLE_MAX_LENGTH,
  isHttpUrl,
} from "../../../modules/brand/rules"
import { listParams, oneOrMany, queryBoolean, searchParam } from "../../utils/validators"

export const BRAND_ORDER_FIELDS = ["name", "handle", "is_active", "is_featured", "rank", "created_at", "updated_at"] as const
export const BRAND_PRODUCT_ORDER_FIELDS = ["title", "handle", "status", "created_at", "updated_at"] as const

export const AdminGetBrandParams = z.object({ fields: z.string().max(2000).optional() }).strict()
export type AdminGetBrandParamsType = z.infer<typeof AdminGetBrandParams>

export const AdminGetBrandsParams = listParams(BRAND_ORDER_FIELDS)
  .extend({
    q: searchParam.optional(),
    id: oneOrMany(z.string().min(1)).optional(),
    handle: oneOrMany(z.string().min(1)).optional(),
    is_active: queryBoolean("is_active").optional(),
    is_featured: queryBoolean("is_featured").optional(),
  })
  .strict()
export type AdminGetBrandsParamsType = z.infer<typeof AdminGetBrandsParams>

export const AdminGetBrandProductsParams = listParams(BRAND_PRODUCT_ORDER_FIELDS)
  .extend({ q: searchParam.optional() })
  .strict()
export type AdminGetBrandProductsParamsType = z.infer<typeof AdminGetBrandProductsParams>

const name = z
  .string({ error: "name must be a string" })
  .trim()
  .min(1, "name must not be empty")
  .max(BRAND_NAME_MAX_LENGTH, `name must be at most ${BRAND_NAME_MAX_LENGTH} characters`)

const handle = z
  .string({ error: "handle must be a string" })
  .max(BRAND_HANDLE_MAX_LENGTH, `handle must be at most ${BRAND_HANDLE_MAX_LENGTH} characters`)
  .regex(BRAND_HANDLE_PATTERN, "handle must be lowercase letters and digits separated by single hyphens")

const httpUrl = (field: string, max: number) =>
  z
    .string({ error: `${field} must be a string` })
    .max(max, `${field} must be at most ${max} characters`)
    .refine(isHttpUrl, `${field} must be an http(s) URL`)

const text = (field: string, max: number) =>
  z.string({ error: `${field} must be a string` }).max(max, `${field} must be at most ${max} characters`)

const brandFields = {
  name,
  handle,
  description: text("description", BRAND_DESCRIPTION_MAX_LENGTH).nullable(),
  logo_url: httpUrl("logo_url", BRAND_LOGO_URL_MAX_LENGTH).nullable(),
  banner_url: httpUrl("banner_url", BRAND_BANNER_URL_MAX_LENGTH).nullable(),
  seo_title: text("seo_title", BRAND_SEO_TITLE_MAX_LENGTH).nullable(),
  seo_description: text("seo_description", BRAND_SEO_DESCRIPTION_MAX_LENGTH).nullable(),
  is_active: z.boolean({ error: "is_active must be a boolean" }),
  is_featured: z.boolean({ error: "is_featured must be a boolean" }),
  rank: z
    .number({ error: "rank must be a number" })
    .int("rank must be a whole number")
    .min(0, "rank must be at least 0")
    .max(BRAND_RANK_MAX, `rank must be at most ${BRAND_RANK_MAX}`),
  metadata: z.record(z.string(), z.unknown()).nullable(),
}

export const AdminCreateBrand = z
  .object({ ...z.object(brandFields).partial().shape, name })
  .strict()
export type AdminCreateBrandType = z.infer<typeof AdminCreateBrand>

export const AdminUpdateBrand = z.object(brandFields).partial().strict()
export type AdminUpdateBrandType = z.infer<typeof AdminUpdateBrand>

const productIds = z
  .array(z.string({ error: "product ids must be strings" }).min(1), { error: "must be an array of product ids" })
  .max(500, "at most 500 products per request")

export const AdminUpdateBrandProducts = z
  .object({ add: productIds.optional(), remove: productIds.optional() })
  .strict()
export type AdminUpdateBrandProductsType = z.infer<typeof AdminUpdateBrandProducts>

export const AdminSetFeaturedBrandOrder = z
  .object({
    brand_ids: z
      .array(z.string({ error: "brand ids must be strings" }).min(1, "brand ids must not be empty"), {
        error: "brand_ids must be an array of brand ids",
      })
      .max(1000, "at most 1000 featured brands")
      .refine((ids) => new Set(ids).size === ids.length, "brand_ids must not list a brand twice"),
  })
  .strict()
export type AdminSetFeaturedBrandOrderType = z.infer<typeof AdminSetFeaturedBrandOrder>

/** The multipart fields of POST /admin/brands/uploads besides the file. */
export const AdminUploadBrandImage = z
  .object({
    kind: z
      .string({ error: `kind must be one of ${BRAND_IMAGE_KINDS.join(", ")}` })
      .refine((kind) => (BRAND_IMAGE_KINDS as readonly string[]).includes(kind), {
        message: `kind must be one of ${BRAND_IMAGE_KINDS.join(", ")}`,
      })
      .transform((kind) => kind as BrandImageKind),
  })
  .strict()
export type AdminUploadBrandImageType = z.infer<typeof AdminUploadBrandImage>

/** `additional_data` accepted by the core product create and update routes. */
export const productBrandAdditionalData = {
  brand_id: z.string({ error: "brand_id must be a string or null" }).min(1, "brand_id must not be empty").nullish(),
}

export const MAX_BRANDS_PER_MERGE = 50

export const AdminMergeBrands = z
  .object({
    brand_ids: z
      .array(z.string({ error: "brand ids must be strings" }).min(1, "brand ids must not be empty"), {
        error: "brand_ids must be an array of brand ids",
      })
      .min(1, "brand_ids must name at least one brand")
      .max(MAX_BRANDS_PER_MERGE, `at most ${MAX_BRANDS_PER_MERGE} brands per merge`)
      .refine((ids) => new Set(ids).size === ids.length, "brand_ids must not repeat a brand"),
  })
  .strict()
export type AdminMergeBrandsType = z.infer<typeof AdminMergeBrands>

export const AdminMoveBrandProducts = z
  .object({ to_brand_id: z.string({ error: "to_brand_id must be a brand id" }).min(1, "to_brand_id must not be empty") })
  .strict()
export type AdminMoveBrandProductsType = z.infer<typeof AdminMoveBrandProducts>

export const BRAND_CSV_TYPES = ["brands", "assignments"] as const
const csvType = z.enum(BRAND_CSV_TYPES, { error: () => `type must be one of ${BRAND_CSV_TYPES.join(", ")}` })

export const AdminExportBrands = z.object({ type: csvType }).strict()
export type AdminExportBrandsType = z.infer<typeof AdminExportBrands>

/** The multipart fields next to `file`; `dry_run` is true unless it is exactly "false". */
export const AdminImportBrands = z
  .object({
    type: csvType,
    dry_run: queryBoolean("dry_run").default(true),
  })
  .strict()
export type AdminImportBrandsType = z.infer<typeof AdminImportBrands>

export const UNBRANDED_PRODUCT_ORDER_FIELDS = ["title", "handle", "created_at"] as const

export const AdminGetUnbrandedProductsParams = listParams(UNBRANDED_PRODUCT_ORDER_FIELDS)
  .extend({ q: searchParam.optional() })
  .strict()
export type AdminGetUnbrandedProductsParamsType = z.infer<typeof AdminGetUnbrandedProductsParams>
