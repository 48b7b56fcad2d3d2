import {
  createCollectionsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { deleteBrandsWorkflow, updateBrandsWorkflow } from "medusa-brands/workflows"
import { createBrands, createPublishableKey, createSalesChannel } from "./fixtures"

/*
 * A catalogue for the brand_id filter on core product routes, with every dimension a filter can
 * cut: active, inactive, deleted and no brand; published and draft; two sales channels; a
 * collection; a public and an internal category; two title words for `q`; EUR prices.
 */

const BRANDS = ["Acme", "Northwind", "Dormant", "Removed"] as const
const PRODUCTS_PER_BRAND: Record<(typeof BRANDS)[number] | "None", number> = {
  Acme: 14,
  Northwind: 8,
  Dormant: 4,
  Removed: 3,
  None: 6,
}

export type FilterCatalogue = Awaited<ReturnType<typeof seedFilterCatalogue>>

export async function seedFilterCatalogue(container: MedusaContainer) {
  const webshop = await createSalesChannel(container, "Webshop")
  const marketplace = await createSalesChannel(container, "Marketplace")
  const store = await createPublishableKey(container, [webshop.id])
  const [acme, northwind, dormant, removed] = await createBrands(container, [...BRANDS])
  await updateBrandsWorkflow(container).run({ input: { brands: [{ id: dormant.id, is_active: false }] } })

  const {
    result: [summer],
  } = await createCollectionsWorkflow(container).run({ input: { collections: [{ title: "Summer" }] } })
  const {
    result: [shoes, hidden],
  } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: [
        { name: "Shoes", is_active: true, is_internal: false },
        { name: "Warehouse", is_active: true, is_internal: true },
      ],
    },
  })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["de"] }] },
  })

  /** EUR amount of each product's one variant, by product title. */
  const prices = new Map<string, number>()
  const brandIds = { Acme: acme.id, Northwind: northwind.id, Dormant: dormant.id, Removed: removed.id, None: undefined }
  let sequence = 0
  for (const [brand, count] of Object.entries(PRODUCTS_PER_BRAND) as [keyof typeof brandIds, number][]) {
    const products = Array.from({ length: count }, (_, i) => {
      const title = `${i % 2 ? "Rocket" : "Anvil"} ${brand} ${String(++sequence).padStart(3, "0")}`
      prices.set(title, 500 + sequence)
      return {
        title,
        status: i % 5 === 4 ? ProductStatus.DRAFT : ProductStatus.PUBLISHED,
        collection_id: i % 2 === 0 ? summer.id : undefined,
        category_ids: [...(i % 3 === 0 ? [shoes.id] : []), ...(i % 7 === 0 ? [hidden.id] : [])],
        sales_channels: [{ id: i % 4 === 3 ? marketplace.id : webshop.id }],
        options: [{ title: "Size", values: ["One size"] }],
        variants: [
          {
            title: "One size",
            options: { Size: "One size" },
            manage_inventory: false,
            prices: [{ currency_code: "eur", amount: prices.get(title)! }],
          },
        ],
      }
    })
    await createProductsWorkflow(container).run({
      input: { products, additional_data: brandIds[brand] ? { brand_id: brandIds[brand] } : undefined },
    })
  }
  // Deleting a brand dismisses its links; its products stay, without a brand.
  await deleteBrandsWorkflow(container).run({ input: { ids: [removed.id] } })

  return { store, webshop, marketplace, acme, northwind, dormant, removed, summer, shoes, hidden, region, prices }
}

/** brand_id as a storefront sends it: one value, or an array for several. */
export const brandParam = (brandIds: string[]) => ({ brand_id: brandIds.length === 1 ? brandIds[0] : brandIds })

/** Active, several, inactive, deleted, active with inactive, unknown. */
export const brandSets = (c: FilterCatalogue) => [
  [c.acme.id],
  [c.acme.id, c.northwind.id],
  [c.dormant.id],
  [c.removed.id],
  [c.acme.id, c.dormant.id],
  ["brand_unknown"],
]

export type ListParams = Parameters<typeof queryString>[0]
/** Request parameters, and the same filters for `expectedProductIds`. */
export type FilterCase = [ListParams, Partial<ProductListFilters>]

/** Core filters to combine with brand_id, alone and together. */
export async function coreFilterCases(container: MedusaContainer, c: FilterCatalogue): Promise<FilterCase[]> {
  const someIds = (await expectedProductIds(container, { brandIds: [c.acme.id, c.northwind.id] })).filter((_, i) => i % 3 === 0)
  return [
    [{}, {}],
    [{ collection_id: [c.summer.id] }, { collectionIds: [c.summer.id] }],
    [{ category_id: [c.shoes.id] }, { categoryIds: [c.shoes.id] }],
    [{ q: "rocket" }, { q: "rocket" }],
    [
      { collection_id: [c.summer.id], category_id: [c.shoes.id], q: "anvil" },
      { collectionIds: [c.summer.id], categoryIds: [c.shoes.id], q: "anvil" },
    ],
    [{ id: someIds }, { ids: someIds }],
  ]
}

export type ProductListFilters = {
  brandIds: string[]
  /** The store only matches active brands, published products in the key's sales channels and public categories. */
  store?: { salesChannelIds: string[] }
  statuses?: string[]
  salesChannelIds?: string[]
  collectionIds?: string[]
  categoryIds?: string[]
  /** Matched against titles only: the catalogue's `q` words appear in no other searchable field. */
  q?: string
  ids?: string[]
  order?: "title" | "-title"
}

/**
 * The product ids a filtered product list must return, in order, written out in SQL by hand.
 * Medusa orders by id after the requested order (and by id alone without one).
 */
export async function expectedProductIds(container: MedusaContainer, filters: ProductListFilters): Promise<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const where = [
    "p.deleted_at IS NULL",
    `EXISTS (SELECT 1 FROM product_brand pb JOIN brand b ON b.id = pb.brand_id
       WHERE pb.product_id = p.id AND pb.deleted_at IS NULL AND b.deleted_at IS NULL AND b.id = ANY(?)
       ${filters.store ? "AND b.is_active" : ""})`,
  ]
  const bindings: unknown[] = [filters.brandIds]
  const salesChannelIds = filters.store?.salesChannelIds ?? filters.salesChannelIds
  const statuses = filters.store ? [ProductStatus.PUBLISHED] : filters.statuses
  if (statuses) {
    where.push("p.status = ANY(?)")
    bindings.push(statuses)
  }
  if (salesChannelIds) {
    where.push(`EXISTS (SELECT 1 FROM product_sales_channel psc
       WHERE psc.product_id = p.id AND psc.deleted_at IS NULL AND psc.sales_channel_id = ANY(?))`)
    bindings.push(salesChannelIds)
  }
  if (filters.collectionIds) {
    where.push("p.collection_id = ANY(?)")
    bindings.push(filters.collectionIds)
  }
  if (filters.categoryIds) {
    where.push(`EXISTS (SELECT 1 FROM product_category_product pcp JOIN product_category pc ON pc.id = pcp.product_category_id
       WHERE pcp.product_id = p.id AND pc.deleted_at IS NULL AND pc.id = ANY(?)
       ${filters.store ? "AND pc.is_active AND NOT pc.is_internal" : ""})`)
    bindings.push(filters.categoryIds)
  }
  if (filters.q) {
    where.push("p.title ILIKE ?")
    bindings.push(`%${filters.q}%`)
  }
  if (filters.ids) {
    where.push("p.id = ANY(?)")
    bindings.push(filters.ids)
  }
  const order = !filters.order ? "p.id" : `p.title ${filters.order.startsWith("-") ? "DESC" : "ASC"}, p.id`
  const { rows } = await knex.raw(`SELECT p.id FROM product p WHERE ${where.join(" AND ")} ORDER BY ${order}`, bindings)
  return rows.map((row: { id: string }) => row.id)
}

/** A query string as a storefront or the dashboard sends it: arrays as `key[]=…`, `brand[id][0]=…`. */
export function queryString(params: Record<string, string | number | string[] | undefined | Record<string, string[]>>) {
  const parts: string[] = []
  const add = (key: string, value: string | number) => parts.push(`${key}=${encodeURIComponent(value)}`)
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((item) => add(`${key}[]`, item))
    else if (typeof value === "object") {
      for (const [inner, items] of Object.entries(value)) items.forEach((item, i) => add(`${key}[${inner}][${i}]`, item))
    } else add(key, value)
  }
  return parts.join("&")
}

/**
 * Waits until Medusa's index engine holds the catalogue as the tables do: every product, every live
 * brand with its active flag, and every live product–brand link. The index ingests module events
 * asynchronously.
 */
export async function waitForBrandIndex(container: MedusaContainer, timeoutMs = 30_000) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const snapshot = async () => {
    const { rows } = await knex.raw(`SELECT
      (SELECT count(*) FROM product WHERE deleted_at IS NULL) AS products,
      (SELECT count(*) FROM index_data WHERE name = 'Product') AS indexed_products,
      (SELECT string_agg(id || ':' || is_active, ',' ORDER BY id) FROM brand WHERE deleted_at IS NULL) AS brands,
      (SELECT string_agg(id || ':' || (data->>'is_active'), ',' ORDER BY id) FROM index_data WHERE name = 'Brand') AS indexed_brands,
      (SELECT count(*) FROM product_brand WHERE deleted_at IS NULL) AS links,
      (SELECT count(*) FROM index_data WHERE name = 'LinkProductBrand') AS indexed_links`)
    return rows[0]
  }
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const state = await snapshot()
    if (state.products === state.indexed_products && state.brands === state.indexed_brands && state.links === state.indexed_links) {
      return
    }
    if (Date.now() > deadline) throw new Error(`The index engine did not catch up: ${JSON.stringify(state)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

export const PAGE_LIMIT = 4

type ListPage = { offset: number; ids: string[]; count: number; estimate_count?: number }

/** Every page (fields=id, PAGE_LIMIT a page) of a product list, enough to hold `expectedTotal` products. */
export async function productListPages(
  api: { get: (url: string, options: object) => Promise<{ data: any }> },
  path: string,
  headers: object,
  params: Parameters<typeof queryString>[0],
  expectedTotal: number
): Promise<ListPage[]> {
  const pages: ListPage[] = []
  for (let offset = 0; offset === 0 || offset < expectedTotal; offset += PAGE_LIMIT) {
    const { data } = await api.get(`${path}?${queryString({ ...params, fields: "id", limit: PAGE_LIMIT, offset })}`, headers)
    pages.push({
      offset,
      ids: data.products.map((product: { id: string }) => product.id),
      count: data.count,
      ...(data.estimate_count !== undefined ? { estimate_count: data.estimate_count } : {}),
    })
  }
  return pages
}

/** The pages `productListPages` must return for the expected ids, with exact counts. */
export const expectedPages = (expected: string[]): ListPage[] =>
  Array.from({ length: Math.max(1, Math.ceil(expected.length / PAGE_LIMIT)) }, (_, i) => ({
    offset: i * PAGE_LIMIT,
    ids: expected.slice(i * PAGE_LIMIT, (i + 1) * PAGE_LIMIT),
    count: expected.length,
  }))
