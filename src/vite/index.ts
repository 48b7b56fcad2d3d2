export { brandsVitePlugin } from "./brands-vite-plugin"
export type { DashboardRewrite } from "./dashboard-rewrites"
