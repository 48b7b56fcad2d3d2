import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { Context, FindConfig } from "@medusajs/framework/types"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import Brand from "./models/brand"
import BrandAlias from "./models/brand-alias"
import BrandUpload from "./models/brand-upload"
import { assertValidBrandFields, BRAND_RANK_MAX, handleFromName, searchKey } from "./rules"
import { BrandAliasDTO, BrandDTO, CreateBrandDTO, FeaturedRankChange, RetiredBrands, UpdateBrandDTO } from "./types"

/** Serialises everything that reads and writes the ranks of featured brands, on every instance. */
const FEATURED_ORDER_LOCK = "medusa-brands:featured-order"

type BrandFilters = Record<string, unknown> & { q?: unknown }

/**
 * The ORM flushes inserts before updates, so a handle that moves between a brand and an alias
 * within one transaction would trip the handle triggers half-way; they then run at commit instead.
 */
async function deferHandleChecks(sharedContext: Context) {
  const manager = sharedContext.transactionManager as { execute(sql: string): Promise<unknown> }
  await manager.execute("SET CONSTRAINTS brand_handle_is_not_an_alias, brand_alias_handle_is_not_a_brand DEFERRED")
}

function withHandle(input: CreateBrandDTO): CreateBrandDTO & { handle: string } {
  const handle = input.handle ?? handleFromName(input.name ?? "")
  if (!handle) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Cannot derive a handle from the brand name "${input.name}", which has no letter or digit; provide a handle`
    )
  }
  const brand = { ...input, handle }
  assertValidBrandFields(brand)
  return brand
}

/** The stored search form of the name goes along with every name written. */
const withSearchName = <T extends { name?: string }>(input: T) =>
  input.name === undefined ? input : { ...input, search_name: searchKey(input.name) }

/** A brand that is (or becomes) featured without a rank of its own. */
const needsFeaturedRank = (brand: { is_featured?: boolean; rank?: number }) =>
  brand.is_featured === true && brand.rank === undefined

/** `q` is compared with the search forms of names (and with handles), so it gets the same form. */
const searchable = (filters?: BrandFilters) =>
  typeof filters?.q === "string" ? { ...filters, q: searchKey(filters.q) } : filters

/**
 * Brand data module. Creating and updating go through the brand rules, a missing handle is
 * derived from the name, a handle that is another brand's alias is refused, and a brand that
 * becomes featured without a rank is put after the last featured brand.
 */
export default class BrandModuleService extends MedusaService({ Brand, BrandUpload, BrandAlias }) {
  /*
   * At runtime the generated alias methods are pluralised as `...BrandAliases`; the generated
   * typings keep `...BrandAlias`, so the methods used are declared here.
   */
  declare listBrandAliases: (
    filters: Record<string, unknown>,
    config?: FindConfig<BrandAliasDTO>,
    sharedContext?: Context
  ) => Promise<BrandAliasDTO[]>
  declare createBrandAliases: (data: { handle: string; brand_id: string }[], sharedContext?: Context) => Promise<BrandAliasDTO[]>
  declare updateBrandAliases: (
    data: { id: string; brand_id: string } | { selector: Record<string, unknown>; data: { brand_id: string } },
    sharedContext?: Context
  ) => Promise<BrandAliasDTO[]>
  declare deleteBrandAliases: (ids: string[], sharedContext?: Context) => Promise<void>
  declare softDeleteBrandAliases: (ids: string[], config?: object, sharedContext?: Context) => Promise<void>
  declare restoreBrandAliases: (ids: string[], config?: object, sharedContext?: Context) => Promise<void>

  // The generated signatures, narrowed to the brand DTOs:
  // @ts-expect-error the base type does not know the narrowing.
  createBrands(data: CreateBrandDTO[], sharedContext?: Context): Promise<BrandDTO[]>
  // @ts-expect-error as above.
  createBrands(data: CreateBrandDTO, sharedContext?: Context): Promise<BrandDTO>
  // @ts-expect-error as above.
  async createBrands(data: CreateBrandDTO | CreateBrandDTO[], sharedContext?: Context) {
    const input = (Array.isArray(data) ? data : [data]).map(withHandle)
    await this.assertHandlesAreNotAliases(input)
    const created = await this.createRanked_(input, sharedContext)
    return Array.isArray(data) ? created : created[0]
  }

  // The generated signatures, narrowed to the brand DTOs:
  // @ts-expect-error the base type does not know the narrowing.
  updateBrands(data: UpdateBrandDTO[], sharedContext?: Context): Promise<BrandDTO[]>
  // @ts-expect-error as above.
  updateBrands(data: UpdateBrandDTO, sharedContext?: Context): Promise<BrandDTO>
  // @ts-expect-error as above.
  async updateBrands(data: UpdateBrandDTO | UpdateBrandDTO[], sharedContext?: Context) {
    const input = Array.isArray(data) ? data : [data]
    input.forEach(assertValidBrandFields)
    await this.assertHandlesAreNotAliases(input)
    const updated = await this.updateRanked_(input, sharedContext)
    return Array.isArray(data) ? updated : updated[0]
  }

  // @ts-expect-error The generated signature takes any filters; `q` is turned into the search form.
  async listBrands(filters?: BrandFilters, config?: FindConfig<BrandDTO>, sharedContext?: Context): Promise<BrandDTO[]> {
    return super.listBrands(searchable(filters), config, sharedContext)
  }

  // @ts-expect-error As listBrands.
  async listAndCountBrands(
    filters?: BrandFilters,
    config?: FindConfig<BrandDTO>,
    sharedContext?: Context
  ): Promise<[BrandDTO[], number]> {
    return super.listAndCountBrands(searchable(filters), config, sharedContext)
  }

  /**
   * Sets the order of the featured brands: `ids` must be exactly the featured brands, each
   * once; they get ranks 0, 1, 2, ... A list that no longer matches the featured brands (one
   * was featured or unfeatured meanwhile) is a 409, so a stale page never reorders half a list.
   * Returns the brands whose rank changed.
   */
  @InjectTransactionManager()
  async setFeaturedOrder(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<FeaturedRankChange[]> {
    await this.lockFeaturedOrder_(sharedContext)
    const featured: Pick<BrandDTO, "id" | "rank">[] = await super.listBrands(
      { is_featured: true },
      { select: ["id", "rank"] },
      sharedContext
    )
    const current = new Map(featured.map((brand) => [brand.id, brand.rank]))
    const unknown = ids.filter((id) => !current.has(id))
    const missing = featured.filter((brand) => !ids.includes(brand.id)).map((brand) => brand.id)
    if (unknown.length || missing.length || new Set(ids).size !== ids.length) {
      const details = [
        unknown.length ? `not featured: ${unknown.join(", ")}` : "",
        missing.length ? `featured but not in the list: ${missing.join(", ")}` : "",
        new Set(ids).size !== ids.length ? "a brand is listed twice" : "",
      ]
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The list must hold every featured brand exactly once (${details.filter(Boolean).join("; ")}). ` +
          "The featured brands may have changed meanwhile: reload and try again"
      )
    }
    const changes = ids
      .map((id, rank) => ({ id, previous_rank: current.get(id)!, rank }))
      .filter((change) => change.previous_rank !== change.rank)
    if (changes.length) {
      await super.updateBrands(changes.map(({ id, rank }) => ({ id, rank })), sharedContext)
    }
    return changes
  }

  /** Creates brands; the ranking of newly featured ones and the insert share one transaction and the lock. */
  private async createRanked_(input: CreateBrandDTO[], sharedContext?: Context): Promise<BrandDTO[]> {
    if (!input.some((brand) => needsFeaturedRank(brand))) return super.createBrands(input.map(withSearchName), sharedContext)
    const ids = await this.createFeatured_(input, sharedContext)
    return this.inOrder_(ids, sharedContext)
  }

  @InjectTransactionManager()
  protected async createFeatured_(input: CreateBrandDTO[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const ranked = await this.rankNewlyFeatured_(input, new Set(), sharedContext)
    const created: BrandDTO[] = await super.createBrands(ranked.map(withSearchName), sharedContext)
    return created.map((brand) => brand.id)
  }

  /** Updates brands; as createRanked_. */
  private async updateRanked_(input: UpdateBrandDTO[], sharedContext?: Context): Promise<BrandDTO[]> {
    if (!input.some((brand) => needsFeaturedRank(brand))) return super.updateBrands(input.map(withSearchName), sharedContext)
    await this.updateFeatured_(input, sharedContext)
    return this.inOrder_(input.map((brand) => brand.id), sharedContext)
  }

  @InjectTransactionManager()
  protected async updateFeatured_(input: UpdateBrandDTO[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const featuring = input.filter((brand) => needsFeaturedRank(brand))
    const alreadyFeatured: { id: string }[] = await super.listBrands(
      { id: featuring.map((brand) => brand.id), is_featured: true },
      { select: ["id"] },
      sharedContext
    )
    const ranked = await this.rankNewlyFeatured_(input, new Set(alreadyFeatured.map((brand) => brand.id)), sharedContext)
    await super.updateBrands(ranked.map(withSearchName), sharedContext)
  }

  private async inOrder_(ids: string[], sharedContext?: Context): Promise<BrandDTO[]> {
    const brands: BrandDTO[] = await super.listBrands({ id: ids }, { take: null }, sharedContext)
    const byId = new Map(brands.map((brand) => [brand.id, brand]))
    return ids.map((id) => byId.get(id)!)
  }

  /** Gives brands that become featured without a rank the ranks after the last featured brand. */
  private async rankNewlyFeatured_<T extends CreateBrandDTO | UpdateBrandDTO>(
    input: T[],
    alreadyFeatured: Set<string>,
    sharedContext: Context
  ): Promise<T[]> {
    const needsRank = (brand: T) => needsFeaturedRank(brand) && !("id" in brand && alreadyFeatured.has(brand.id))
    if (!input.some(needsRank)) return input
    await this.lockFeaturedOrder_(sharedContext)
    const [last] = await super.listBrands(
      { is_featured: true },
      { select: ["rank"], order: { rank: "DESC" }, take: 1 },
      sharedContext
    )
    let next = last ? last.rank + 1 : 0
    return input.map((brand) => (needsRank(brand) ? { ...brand, rank: Math.min(next++, BRAND_RANK_MAX) } : brand))
  }

  /** A Postgres advisory lock held until the transaction ends, so it covers the reads and the writes. */
  private async lockFeaturedOrder_(sharedContext: Context) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [FEATURED_ORDER_LOCK])
  }

  /** A 400 naming the brand when a handle is a live alias of another brand (its own aliases it may take back). */
  private async assertHandlesAreNotAliases(brands: { id?: string; handle?: string }[]) {
    const handles = brands.flatMap((brand) => (brand.handle ? [brand.handle] : []))
    if (!handles.length) return
    const aliases: BrandAliasDTO[] = await this.listBrandAliases({ handle: handles }, { select: ["handle", "brand_id"] })
    const taken = aliases.find((alias) => !brands.some((brand) => brand.id && brand.id === alias.brand_id && brand.handle === alias.handle))
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Brand handle "${taken.handle}" is an alias of brand ${taken.brand_id} (a brand merged into it); choose another handle`
      )
    }
  }

  /**
   * Soft-deletes the brands merged into `targetId` and makes their handles, and the aliases they
   * had, aliases of the target: in one transaction, so no handle is ever free in between.
   */
  @InjectTransactionManager()
  async retireBrandsIntoAliases(
    brandIds: string[],
    targetId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RetiredBrands> {
    await deferHandleChecks(sharedContext)
    const brands: BrandDTO[] = await this.listBrands({ id: brandIds }, { select: ["id", "handle"] }, sharedContext)
    const aliases: BrandAliasDTO[] = await this.listBrandAliases(
      { brand_id: brandIds },
      { select: ["id", "brand_id"] },
      sharedContext
    )
    await this.softDeleteBrands(brandIds, {}, sharedContext)
    if (aliases.length) {
      await this.updateBrandAliases({ selector: { id: aliases.map((alias) => alias.id) }, data: { brand_id: targetId } }, sharedContext)
    }
    const created: BrandAliasDTO[] = await this.createBrandAliases(
      brands.map((brand) => ({ handle: brand.handle, brand_id: targetId })),
      sharedContext
    )
    return {
      target_id: targetId,
      brand_ids: brandIds,
      moved_aliases: aliases.map(({ id, brand_id }) => ({ id, brand_id })),
      created_alias_ids: created.map((alias) => alias.id),
    }
  }

  /** Undoes retireBrandsIntoAliases exactly: the new aliases go, moved ones go back, the brands return. */
  @InjectTransactionManager()
  async restoreRetiredBrands(retired: RetiredBrands, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await deferHandleChecks(sharedContext)
    if (retired.created_alias_ids.length) await this.deleteBrandAliases(retired.created_alias_ids, sharedContext)
    for (const { id, brand_id } of retired.moved_aliases) {
      await this.updateBrandAliases({ id, brand_id }, sharedContext)
    }
    await this.restoreBrands(retired.brand_ids, {}, sharedContext)
  }
}
