import type { HttpTypes } from "@medusajs/framework/types"
import type { BrandImageKind } from "../../modules/brand/image-rules"
import type { BrandDTO } from "../../modules/brand/types"

/** A brand as the admin API returns it (see README's API table): the module's brand, dates as JSON strings. */
export type AdminBrand = Omit<BrandDTO, "created_at" | "updated_at" | "deleted_at"> & {
  created_at: string
  updated_at: string
  /** Only when requested with `fields=+product_count`. */
  product_count?: number
  /** Handles of brands merged into this one, which lead here; only when requested (`+aliases.handle`). */
  aliases?: { handle: string }[]
}

export type AdminBrandResponse = { brand: AdminBrand }

type Paginated = { count: number; offset: number; limit: number }

export type AdminBrandListResponse = Paginated & { brands: AdminBrand[] }

export type AdminBrandListParams = {
  q?: string
  is_featured?: boolean
  id?: string | string[]
  order?: string
  offset?: number
  limit?: number
  fields?: string
}

export type AdminBrandPayload = Pick<
  AdminBrand,
  "name" | "handle" | "description" | "logo_url" | "banner_url" | "seo_title" | "seo_description" | "is_active" | "is_featured"
>

/** What POST /admin/brands/uploads answers. */
export type AdminBrandUpload = {
  id: string
  file_id: string
  url: string
  kind: BrandImageKind
  mime_type: string
  width: number
  height: number
  size: number
}

export type AdminBrandProduct = Pick<HttpTypes.AdminProduct, "id" | "title" | "handle" | "status" | "thumbnail">

export type AdminBrandProductListResponse = Paginated & { products: AdminBrandProduct[] }

export type AdminBrandProductListParams = Omit<AdminBrandListParams, "id">

export type AdminBrandProductsUpdate = { add?: string[]; remove?: string[] }

/** The brand of a product, as `fields=+brand.*` adds it to the core product routes. */
export type ProductBrand = Pick<AdminBrand, "id" | "name" | "handle" | "logo_url">

export type AdminProductWithBrand = HttpTypes.AdminProduct & { brand?: ProductBrand | null }
