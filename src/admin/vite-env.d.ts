/// <reference types="vite/client" />

/** The backend URL the admin bundler defines for the dashboard (medusa-config `admin.backendUrl`). */
declare const __BACKEND_URL__: string | undefined
