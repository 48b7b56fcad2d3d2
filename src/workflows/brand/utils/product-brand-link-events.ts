import { MedusaContainer } from "@medusajs/framework/types"
import { CommonEvents, composeMessage, Modules, toPascalCase } from "@medusajs/framework/utils"
import ProductBrandLink, { PRODUCT_BRAND_TABLE } from "../../../links/product-brand"

/** How Medusa's link module names the events of this link (`LinkProductBrand.attached`). */
const LINK_EVENT_OBJECT = toPascalCase(`Link_${PRODUCT_BRAND_TABLE}`)

/**
 * The event Medusa's link module emits when it creates or restores (`attached`), or dismisses
 * (`detached`) link rows, for rows written here with SQL. The Index Module listens to them.
 */
export async function emitProductBrandLinkEvent(
  container: MedusaContainer,
  action: CommonEvents.ATTACHED | CommonEvents.DETACHED,
  linkIds: string[]
) {
  if (!linkIds.length) return
  const message = composeMessage(`${LINK_EVENT_OBJECT}.${action}`, {
    data: { id: linkIds.length === 1 ? linkIds[0] : linkIds },
    source: ProductBrandLink.serviceName,
    object: LINK_EVENT_OBJECT,
    action,
    context: {},
  })
  await container.resolve(Modules.EVENT_BUS).emit(message, { internal: true })
}
