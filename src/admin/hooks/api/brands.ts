import { productsQueryKeys, useProduct } from "@medusajs/dashboard/hooks"
import { FetchError } from "@medusajs/js-sdk"
import {
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  UseQueryOptions,
} from "@tanstack/react-query"
import { brandProductsQueryKeys, brandsQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import {
  AdminBrand,
  AdminBrandListParams,
  AdminBrandListResponse,
  AdminBrandPayload,
  AdminBrandProductListParams,
  AdminBrandProductListResponse,
  AdminBrandProductsUpdate,
  AdminBrandResponse,
  AdminBrandUpload,
  AdminProductWithBrand,
} from "../../lib/types"
import type { BrandImageKind } from "../../../modules/brand/image-rules"

/** Defaults plus the number of products, which the delete prompt reports, and the handles merged in. */
const BRAND_DETAIL_FIELDS = "+product_count,+aliases.handle"

type QueryOptions<T> = Omit<UseQueryOptions<T, FetchError, T>, "queryKey" | "queryFn">

const brandPath = (id: string) => `/admin/brands/${encodeURIComponent(id)}`

export const listBrands = (query: AdminBrandListParams) =>
  sdk.client.fetch<AdminBrandListResponse>("/admin/brands", { query })

const inFlightBrands = new Map<string, Promise<AdminBrandResponse>>()

/**
 * One brand by id. React Router runs a UI route's loader on both the route and its page,
 * so concurrent calls for the same id share one request.
 */
export function retrieveBrand(id: string): Promise<AdminBrandResponse> {
  const pending = inFlightBrands.get(id)
  if (pending) return pending
  const request = sdk.client
    .fetch<AdminBrandResponse>(brandPath(id), { query: { fields: BRAND_DETAIL_FIELDS } })
    .finally(() => inFlightBrands.delete(id))
  inFlightBrands.set(id, request)
  return request
}

/*
 * Lists that count or list a brand's products are refetched whenever they are shown
 * (staleTime 0): the core product forms change a product's brand without telling us.
 */
export const useBrands = (query: AdminBrandListParams, options?: QueryOptions<AdminBrandListResponse>) =>
  useQuery({
    queryKey: brandsQueryKeys.list(query),
    queryFn: () => listBrands(query),
    staleTime: 0,
    ...options,
  })

export const useBrand = (id: string, options?: QueryOptions<AdminBrandResponse>) =>
  useQuery({
    queryKey: brandsQueryKeys.detail(id),
    queryFn: () => retrieveBrand(id),
    ...options,
  })

export const useBrandProducts = (
  id: string,
  query: AdminBrandProductListParams,
  options?: QueryOptions<AdminBrandProductListResponse>
) =>
  useQuery({
    queryKey: brandProductsQueryKeys.list(id, query),
    queryFn: () =>
      sdk.client.fetch<AdminBrandProductListResponse>(`${brandPath(id)}/products`, { query }),
    staleTime: 0,
    ...options,
  })

/**
 * Which brand a product has changed: brand product lists and counts, the product lists
 * (the Add products modal shows each product's brand) and the products themselves.
 */
async function invalidateProductBrands(queryClient: QueryClient, productIds: string[]) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: brandProductsQueryKeys.all }),
    queryClient.invalidateQueries({ queryKey: brandsQueryKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: brandsQueryKeys.details() }),
    queryClient.invalidateQueries({ queryKey: productsQueryKeys.lists() }),
    ...productIds.map((id) => queryClient.invalidateQueries({ queryKey: productsQueryKeys.detail(id) })),
  ])
}

export const useCreateBrand = () => {
  const queryClient = useQueryClient()
  return useMutation<AdminBrandResponse, FetchError, AdminBrandPayload>({
    mutationFn: (body) => sdk.client.fetch("/admin/brands", { method: "POST", body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: brandsQueryKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: brandsQueryKeys.options() }),
      ]),
  })
}

export const useUpdateBrand = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation<AdminBrandResponse, FetchError, AdminBrandPayload>({
    mutationFn: (body) => sdk.client.fetch(brandPath(id), { method: "POST", body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: brandsQueryKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: brandsQueryKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: brandsQueryKeys.options() }),
        // Product pages show the brand's name and logo.
        queryClient.invalidateQueries({ queryKey: productsQueryKeys.details() }),
      ]),
  })
}

/** Uploads a checked logo or banner through the File Module; the brand form then saves its URL. */
export const uploadBrandImage = async (file: File, kind: BrandImageKind) => {
  const form = new FormData()
  form.append("kind", kind)
  form.append("file", file, file.name)
  const { upload } = await sdk.client.fetch<{ upload: AdminBrandUpload }>("/admin/brands/uploads", {
    method: "POST",
    // The browser sets the multipart boundary (as the SDK's own upload does).
    headers: { "content-type": null as unknown as string },
    body: form,
  })
  return upload
}

/** Every featured brand in directory order (pages of 100, so any number of them). */
export async function listFeaturedBrands(): Promise<AdminBrand[]> {
  const brands: AdminBrand[] = []
  while (true) {
    const page = await listBrands({
      is_featured: true,
      order: "rank",
      limit: 100,
      offset: brands.length,
      fields: "id,name,handle,logo_url,is_active,rank",
    })
    brands.push(...page.brands)
    if (!page.brands.length || brands.length >= page.count) return brands
  }
}

export const useFeaturedBrands = (options?: QueryOptions<AdminBrand[]>) =>
  useQuery({
    queryKey: [...brandsQueryKeys.lists(), "featured"],
    queryFn: listFeaturedBrands,
    staleTime: 0,
    ...options,
  })

/** Saves the order of all featured brands in one request; a 409 means the list changed meanwhile. */
export const useSetFeaturedBrandOrder = () => {
  const queryClient = useQueryClient()
  return useMutation<{ brands: AdminBrand[] }, FetchError, string[]>({
    mutationFn: (brandIds) =>
      sdk.client.fetch("/admin/brands/featured/order", { method: "POST", body: { brand_ids: brandIds } }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: brandsQueryKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: brandsQueryKeys.details() }),
      ]),
  })
}

export const useDeleteBrand = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation<{ id: string; deleted: boolean }, FetchError, void>({
    mutationFn: () => sdk.client.fetch(brandPath(id), { method: "DELETE" }),
    onSuccess: async () => {
      // The open brand page keeps its data until it navigates away; refetching it would 404.
      queryClient.removeQueries({ queryKey: brandsQueryKeys.detail(id), type: "inactive" })
      queryClient.removeQueries({ queryKey: brandProductsQueryKeys.brand(id), type: "inactive" })
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: brandsQueryKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: brandsQueryKeys.options() }),
        // Its products lost their brand.
        queryClient.invalidateQueries({ queryKey: productsQueryKeys.details() }),
        queryClient.invalidateQueries({ queryKey: productsQueryKeys.lists() }),
      ])
    },
  })
}

export const useUpdateBrandProducts = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation<AdminBrandResponse, FetchError, AdminBrandProductsUpdate>({
    mutationFn: (body) => sdk.client.fetch(`${brandPath(id)}/products`, { method: "POST", body }),
    onSuccess: (_, { add = [], remove = [] }) => invalidateProductBrands(queryClient, [...add, ...remove]),
  })
}

/** Sets (brand id) or clears (null) a product's brand through the core product update route. */
export const useUpdateProductBrand = (productId: string) => {
  const queryClient = useQueryClient()
  return useMutation<{ product: AdminProductWithBrand }, FetchError, string | null>({
    mutationFn: (brandId) =>
      sdk.client.fetch(`/admin/products/${encodeURIComponent(productId)}`, {
        method: "POST",
        body: { additional_data: { brand_id: brandId } },
        query: { fields: "id" },
      }),
    onSuccess: () => invalidateProductBrands(queryClient, [productId]),
  })
}

const PRODUCT_BRAND_FIELDS = "id,brand.id,brand.name,brand.handle,brand.logo_url"

/** A product's brand, under the core product detail key so the core product forms refresh it too. */
export const useProductBrand = (productId: string) => {
  const { product, ...rest } = useProduct(productId, { fields: PRODUCT_BRAND_FIELDS })
  return { brand: (product as AdminProductWithBrand | undefined)?.brand ?? null, ...rest }
}
