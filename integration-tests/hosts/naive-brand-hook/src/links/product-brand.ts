// The plugin's link (table product_brand), so the tutorial's hook writes the rows the plugin reads.
export { default } from "medusa-brands/links/product-brand"
