export type BrandDTO = {
  id: string
  name: string
  handle: string
  description: string | null
  logo_url: string | null
  is_active: boolean
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
  is_active?: boolean
  metadata?: Record<string, unknown> | null
}

export type UpdateBrandDTO = Partial<CreateBrandDTO> & { id: string }

export type BrandAliasDTO = {
  id: string
  handle: string
  brand_id: string
  created_at: Date
  updated_at: Date
  deleted_at: Date | null
}

/** What merging brands into a target changed in the brand module, so it can be undone exactly. */
export type RetiredBrands = {
  target_id: string
  brand_ids: string[]
  /** Aliases the merged brands had, now the target's. */
  moved_aliases: { id: string; brand_id: string }[]
  /** The merged brands' handles, as new aliases of the target. */
  created_alias_ids: string[]
}
