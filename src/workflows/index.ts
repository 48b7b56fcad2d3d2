export * from "./brand"
export {
  setProductsBrandFromAdditionalData,
  undoProductsBrandFromAdditionalData,
} from "./brand/utils/product-hook-brand-change"
export type { ProductHookInput, ProductsBrandUndo } from "./brand/utils/product-hook-brand-change"
