import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow, StepResponse, WorkflowData } from "@medusajs/framework/workflows-sdk"
import {
  createBrandsWorkflow,
  deleteBrandsWorkflow,
  mergeBrandsWorkflow,
  setProductsBrandWorkflow,
  updateBrandsWorkflow,
} from "medusa-brands/workflows"

/*
 * Test-only failure injection. Importing this file registers a handler on each
 * hook of the brand workflows; the hooks run after the workflow's brand work,
 * inside the same workflow. A handler does nothing until a test arms it with
 * `failNext`, then throws once. Nothing here is loaded outside the tests.
 */

export type FailurePoint = "productBrandsSet" | "brandsCreated" | "brandsUpdated" | "brandsDeleted" | "brandsMerged"

/** `skip`: runs of the point that pass first (to fail in the middle of a batched operation). */
type Armed = { before?: (container: MedusaContainer) => Promise<void>; skip?: number }
const armed = new Map<FailurePoint, Armed>()
const fired: FailurePoint[] = []

export const injectedMessage = (point: FailurePoint) => `Injected failure after the brand work, at ${point}`

/** The next run of `point` throws, after running `before` (to interleave a concurrent change). */
export function failNext(point: FailurePoint, options: Armed = {}) {
  armed.set(point, options)
}

/** The points that threw since the last call, so a test can prove its failure really happened. */
export function takeFiredFailures() {
  return fired.splice(0)
}

export function disarmFailures() {
  armed.clear()
  fired.splice(0)
}

function failIfArmed(point: FailurePoint) {
  return async (_input: unknown, { container }: { container: MedusaContainer }) => {
    const options = armed.get(point)
    if (!options) return new StepResponse(undefined)
    if (options.skip) {
      options.skip--
      return new StepResponse(undefined)
    }
    armed.delete(point)
    await options.before?.(container)
    fired.push(point)
    throw new Error(injectedMessage(point))
  }
}

setProductsBrandWorkflow.hooks.productBrandsSet(failIfArmed("productBrandsSet"))
createBrandsWorkflow.hooks.brandsCreated(failIfArmed("brandsCreated"))
updateBrandsWorkflow.hooks.brandsUpdated(failIfArmed("brandsUpdated"))
deleteBrandsWorkflow.hooks.brandsDeleted(failIfArmed("brandsDeleted"))
mergeBrandsWorkflow.hooks.brandsMerged(failIfArmed("brandsMerged"))

export const AFTER_PRODUCT_WORKFLOW_MESSAGE = "Injected failure after the product workflow"

const failStep = createStep("reliability-injected-failure", async () => {
  throw new Error(AFTER_PRODUCT_WORKFLOW_MESSAGE)
})

/*
 * A product workflow nested as a step (as Medusa's batch and import workflows
 * nest it), followed by a step that fails: the product workflow is compensated
 * as a whole, including the brand hooks' compensation.
 */
export const createProductsThenFailWorkflow = createWorkflow(
  "reliability-create-products-then-fail",
  (input: WorkflowData<Parameters<typeof createProductsWorkflow.runAsStep>[0]["input"]>) => {
    createProductsWorkflow.runAsStep({ input })
    failStep()
  }
)

export const updateProductsThenFailWorkflow = createWorkflow(
  "reliability-update-products-then-fail",
  (input: WorkflowData<Parameters<typeof updateProductsWorkflow.runAsStep>[0]["input"]>) => {
    updateProductsWorkflow.runAsStep({ input })
    failStep()
  }
)
