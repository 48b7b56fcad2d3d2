export const BrandEvents = {
  CREATED: "brand.created",
  UPDATED: "brand.updated",
  DELETED: "brand.deleted",
  /** Data: `{ id, brand_ids, product_count }`: `brand_ids` were merged into brand `id`. */
  MERGED: "brand.merged",
} as const
