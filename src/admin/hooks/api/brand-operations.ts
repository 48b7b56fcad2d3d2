import { productsQueryKeys } from "@medusajs/dashboard/hooks"
import { FetchError } from "@medusajs/js-sdk"
import { QueryClient, useMutation, useQuery, useQueryClient, UseQueryOptions } from "@tanstack/react-query"
import {
  AdminBrandHealthResponse,
  AdminBrandImportResponse,
  AdminBrandMergeResponse,
  AdminBrandMoveResponse,
  AdminUnbrandedProductsResponse,
  BrandCsvType,
} from "../../lib/brand-operations"
import { brandProductsQueryKeys, brandsQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"

type QueryOptions<T> = Omit<UseQueryOptions<T, FetchError, T>, "queryKey" | "queryFn">

export const brandHealthQueryKeys = {
  all: ["brand_health"] as const,
  figures: () => [...brandHealthQueryKeys.all, "figures"] as const,
  unbranded: (query: object) => [...brandHealthQueryKeys.all, "unbranded", { query }] as const,
}

const brandPath = (id: string) => `/admin/brands/${encodeURIComponent(id)}`

/** Everything that shows which brand a product has, or which brands exist. */
function invalidateBrandOperations(queryClient: QueryClient) {
  return Promise.all(
    [
      brandsQueryKeys.all,
      brandProductsQueryKeys.all,
      brandHealthQueryKeys.all,
      productsQueryKeys.lists(),
      productsQueryKeys.details(),
    ].map((queryKey) => queryClient.invalidateQueries({ queryKey }))
  )
}

/** The URL of a streamed CSV export; the browser downloads it with the admin's session cookie. */
export const brandExportUrl = (type: BrandCsvType) =>
  `${(__BACKEND_URL__ || "").replace(/\/$/, "")}/admin/brands/export?type=${type}`

export const useMergeBrands = (targetId: string) => {
  const queryClient = useQueryClient()
  return useMutation<AdminBrandMergeResponse, FetchError, string[]>({
    mutationFn: (brandIds) =>
      sdk.client.fetch(`${brandPath(targetId)}/merge`, { method: "POST", body: { brand_ids: brandIds }, query: { fields: "+product_count" } }),
    onSuccess: async (_, brandIds) => {
      brandIds.forEach((id) => queryClient.removeQueries({ queryKey: brandsQueryKeys.detail(id) }))
      await invalidateBrandOperations(queryClient)
    },
  })
}

export const useMoveBrandProducts = (fromId: string) => {
  const queryClient = useQueryClient()
  return useMutation<AdminBrandMoveResponse, FetchError, string>({
    mutationFn: (toBrandId) =>
      sdk.client.fetch(`${brandPath(fromId)}/products/move`, { method: "POST", body: { to_brand_id: toBrandId } }),
    onSuccess: () => invalidateBrandOperations(queryClient),
  })
}

/** Sets brands' `is_active` (the health page's "Activate"). */
export const useActivateBrand = () => {
  const queryClient = useQueryClient()
  return useMutation<unknown, FetchError, string>({
    mutationFn: (id) => sdk.client.fetch(brandPath(id), { method: "POST", body: { is_active: true } }),
    onSuccess: () => invalidateBrandOperations(queryClient),
  })
}

/** Gives products a brand (the health page's fix for unbranded products), up to 500 at a time. */
export const useAssignBrand = () => {
  const queryClient = useQueryClient()
  return useMutation<unknown, FetchError, { brandId: string; productIds: string[] }>({
    mutationFn: ({ brandId, productIds }) =>
      sdk.client.fetch(`${brandPath(brandId)}/products`, { method: "POST", body: { add: productIds } }),
    onSuccess: () => invalidateBrandOperations(queryClient),
  })
}

/** POST /admin/brands/import: a dry run, or the import itself. */
export const useImportBrands = () => {
  const queryClient = useQueryClient()
  return useMutation<AdminBrandImportResponse, FetchError, { file: File; type: BrandCsvType; dryRun: boolean }>({
    mutationFn: ({ file, type, dryRun }) => {
      const form = new FormData()
      form.append("type", type)
      form.append("dry_run", String(dryRun))
      form.append("file", file)
      // The browser sets the multipart content type with its boundary.
      return sdk.client.fetch("/admin/brands/import", { method: "POST", body: form, headers: { "content-type": null } as never })
    },
    onSuccess: (_, { dryRun }) => (dryRun ? undefined : invalidateBrandOperations(queryClient)),
  })
}

export const useBrandHealth = (options?: QueryOptions<AdminBrandHealthResponse>) =>
  useQuery({
    queryKey: brandHealthQueryKeys.figures(),
    queryFn: () => sdk.client.fetch<AdminBrandHealthResponse>("/admin/brands/health"),
    staleTime: 0,
    ...options,
  })

export const useUnbrandedProducts = (
  query: { q?: string; order?: string; offset: number; limit: number },
  options?: QueryOptions<AdminUnbrandedProductsResponse>
) =>
  useQuery({
    queryKey: brandHealthQueryKeys.unbranded(query),
    queryFn: () => sdk.client.fetch<AdminUnbrandedProductsResponse>("/admin/brands/health/unbranded-products", { query }),
    staleTime: 0,
    ...options,
  })
