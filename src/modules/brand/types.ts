import type { BrandImageKind } from "./image-rules"

export type BrandDTO = {
  id: string
  name: string
  handle: string
  description: string | null
  logo_url: string | null
  banner_url: string | null
  seo_title: string | null
  seo_description: string | null
  is_active: boolean
  is_featured: boolean
  rank: number
  metadata: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
  deleted_at: Date | null
}

export type CreateBrandDTO = {
  name: string
  handle?: string
  description?: string | null
  logo_url?: string | null
  banner_url?: string | null
  seo_title?: string | null
  seo_description?: string | null
  is_active?: boolean
  is_featured?: boolean
  /** By default 0, or after the last featured brand when the brand is featured. */
  rank?: number
  metadata?: Record<string, unknown> | null
}

export type UpdateBrandDTO = Partial<CreateBrandDTO> & { id: string }

export type BrandUploadDTO = {
  id: string
  file_id: string
  url: string
  kind: BrandImageKind
  created_at: Date
  updated_at: Date
  deleted_at: Date | null
}

export type BrandAliasDTO = {
  id: string
  handle: string
  brand_id: string
  created_at: Date
  updated_at: Date
  deleted_at: Date | null
}

export type CreateBrandUploadDTO = Pick<BrandUploadDTO, "file_id" | "url" | "kind">

/** The ranks setFeaturedOrder changed: each brand's rank before and after. */
export type FeaturedRankChange = { id: string; previous_rank: number; rank: number }

/** What merging brands into a target changed in the brand module, so it can be undone exactly. */
export type RetiredBrands = {
  target_id: string
  brand_ids: string[]
  /** Aliases the merged brands had, now the target's. */
  moved_aliases: { id: string; brand_id: string }[]
  /** The merged brands' handles, as new aliases of the target. */
  created_alias_ids: string[]
}
