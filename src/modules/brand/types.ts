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
