import { Context, FindConfig } from "@medusajs/framework/types"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import Brand from "./models/brand"
import BrandAlias from "./models/brand-alias"
import { assertValidBrandFields, handleFromName } from "./rules"
import { BrandAliasDTO, BrandDTO, CreateBrandDTO, RetiredBrands, UpdateBrandDTO } from "./types"

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
      `Cannot derive a handle from the brand name "${input.name}"; provide a handle`
    )
  }
  const brand = { ...input, handle }
  assertValidBrandFields(brand)
  return brand
}

/**
 * Brand data module. Creating and updating go through the brand rules, a
 * missing handle is derived from the name, and a handle that is another
 * brand's alias is refused.
 */
export default class BrandModuleService extends MedusaService({ Brand, BrandAlias }) {
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

  // The generated signatures (which also take `aliases`) are narrowed to the brand DTOs.
  // @ts-expect-error
  createBrands(data: CreateBrandDTO[], sharedContext?: Context): Promise<BrandDTO[]>
  // @ts-expect-error
  createBrands(data: CreateBrandDTO, sharedContext?: Context): Promise<BrandDTO>
  // @ts-expect-error
  async createBrands(data: CreateBrandDTO | CreateBrandDTO[], sharedContext?: Context) {
    const input = (Array.isArray(data) ? data : [data]).map(withHandle)
    await this.assertHandlesAreNotAliases(input)
    const created = await super.createBrands(input, sharedContext)
    return Array.isArray(data) ? created : created[0]
  }

  // @ts-expect-error
  updateBrands(data: UpdateBrandDTO[], sharedContext?: Context): Promise<BrandDTO[]>
  // @ts-expect-error
  updateBrands(data: UpdateBrandDTO, sharedContext?: Context): Promise<BrandDTO>
  // @ts-expect-error
  async updateBrands(data: UpdateBrandDTO | UpdateBrandDTO[], sharedContext?: Context) {
    const input = Array.isArray(data) ? data : [data]
    input.forEach(assertValidBrandFields)
    await this.assertHandlesAreNotAliases(input)
    const updated = await super.updateBrands(input, sharedContext)
    return Array.isArray(data) ? updated : updated[0]
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
