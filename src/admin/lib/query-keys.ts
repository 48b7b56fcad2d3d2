/*
 * Query keys per resource, shaped like the dashboard's own (`[resource, "list" | "detail", ...]`),
 * so a mutation can invalidate exactly the lists, one detail, or one brand's products.
 */
export const brandsQueryKeys = {
  all: ["brands"] as const,
  lists: () => [...brandsQueryKeys.all, "list"] as const,
  list: (query: object) => [...brandsQueryKeys.lists(), { query }] as const,
  /** The Brand pickers' searches; they depend on names, not on which products a brand has. */
  options: () => [...brandsQueryKeys.all, "options"] as const,
  details: () => [...brandsQueryKeys.all, "detail"] as const,
  detail: (id: string) => [...brandsQueryKeys.details(), id] as const,
}

/** A brand's products, kept apart from the brand itself: editing a brand does not touch them. */
export const brandProductsQueryKeys = {
  all: ["brand_products"] as const,
  brand: (brandId: string) => [...brandProductsQueryKeys.all, brandId] as const,
  list: (brandId: string, query: object) => [...brandProductsQueryKeys.brand(brandId), { query }] as const,
}
