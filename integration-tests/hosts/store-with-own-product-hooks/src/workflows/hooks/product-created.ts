import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { brandThenErp } from "./erp"

createProductsWorkflow.hooks.productsCreated(...brandThenErp("create"))
