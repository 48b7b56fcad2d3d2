import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { setTimeout as sleep } from "node:timers/promises"

export const acquireProductBrandLocksStepId = "acquire-product-brand-locks"

const WAIT_SECONDS = 30
const TTL_SECONDS = 60
const RETRY_MS = 50

export type ProductBrandLocks = { keys: string[]; ownerId: string }

/**
 * Takes the locks one key at a time, in the given (sorted) order, so that two
 * runs with overlapping keys cannot deadlock. Core's acquireLockStep hands all
 * keys to the provider at once, and the Redis provider takes them in
 * parallel, keeping the ones it got when another is busy: two overlapping
 * runs then hold part of each other's keys until both time out. When a key
 * cannot be had within 30 s, the keys taken so far are released and the step
 * fails (409).
 */
export const acquireProductBrandLocksStep = createStep(
  acquireProductBrandLocksStepId,
  async ({ keys, ownerId }: ProductBrandLocks, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const deadline = Date.now() + WAIT_SECONDS * 1000
    const taken: string[] = []
    try {
      for (const key of keys) {
        while (true) {
          try {
            await locking.acquire(key, { ownerId, expire: TTL_SECONDS })
            break
          } catch (error) {
            if (Date.now() >= deadline) throw error
            await sleep(RETRY_MS)
          }
        }
        taken.push(key)
      }
    } catch (error) {
      if (taken.length) await locking.release(taken, { ownerId })
      throw error
    }
    return new StepResponse(undefined, { keys, ownerId })
  },
  async (locks, { container }) => {
    if (locks?.keys.length) await container.resolve(Modules.LOCKING).release(locks.keys, { ownerId: locks.ownerId })
  }
)
