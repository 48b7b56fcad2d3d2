import { CREATE_FORM_MARKER } from "../../vite/dashboard-rewrites"

/**
 * True when brandsVitePlugin rewrote the core product create form to send `additional_data`
 * (the rewritten dashboard code sets this marker when it loads, before the form renders).
 */
export const createFormSendsBrand = () =>
  (globalThis as Record<string, unknown>)[CREATE_FORM_MARKER] === true
