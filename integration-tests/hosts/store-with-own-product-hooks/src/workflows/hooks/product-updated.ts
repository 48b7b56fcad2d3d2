import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { brandThenErp } from "./erp"

updateProductsWorkflow.hooks.productsUpdated(...brandThenErp("update"))
