export const BrandEvents = {
  CREATED: "brand.created",
  UPDATED: "brand.updated",
  DELETED: "brand.deleted",
} as const
