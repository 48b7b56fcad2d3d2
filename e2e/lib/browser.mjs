// Debian's Chromium driven by playwright-core, with a fresh profile, and a guard that
// fails the run on any console error or warning, page error or failed request.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { chromium } from "playwright-core"

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

// Without the networking flags Chromium keeps calling home on a closed network.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

export function assertChromiumInstalled() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. Install Debian's Chromium with "apt-get install -y chromium" ` +
        "(or point CHROMIUM_PATH at a Chromium binary). The browser tests never download a browser."
    )
  }
}

/** Starts Chromium with a throwaway profile; `close()` also deletes the profile. */
export async function launchBrowser({ viewport = { width: 1440, height: 900 } } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-brands-chromium-"))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => {})
      fs.rmSync(profile, { recursive: true, force: true })
    },
  }
}

/*
 * Console messages of the core dashboard that these tests cannot change, each allowed only
 * where it comes from. Anything else fails the scenario.
 */
const CORE_DASHBOARD_NOISE = [
  {
    // The dashboard gives its protected routes a HydrateFallback but not the public layout of
    // /login, so React Router warns once when the login page is loaded directly.
    text: "No `HydrateFallback` element provided to render during initial hydration",
    pathname: /^\/app\/login$/,
  },
  {
    // The product list renders <Outlet /> twice (its table and its LayoutComposer), so the create
    // modal exists twice and each copy registers an unsaved-changes blocker.
    text: "A router only supports one blocker at a time",
    pathname: /^\/app\/products\/create$/,
  },
]

const isCoreNoise = (text, pageUrl) =>
  CORE_DASHBOARD_NOISE.some((noise) => text === noise.text && noise.pathname.test(new URL(pageUrl).pathname))

/** Collects what the page reports as wrong; `take()` returns and clears it. */
export function watchPageProblems(page) {
  let problems = []
  page.on("console", (message) => {
    if ((message.type() === "error" || message.type() === "warning") && !isCoreNoise(message.text(), page.url())) {
      const { url, lineNumber } = message.location()
      problems.push(`console.${message.type()}: ${message.text()}${url ? ` (${url}:${lineNumber})` : ""}`)
    }
  })
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`))
  page.on("requestfailed", (request) => {
    // Leaving a page cancels its pending requests; that is not a failure.
    if (request.failure()?.errorText !== "net::ERR_ABORTED") {
      problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`)
    }
  })
  return {
    take() {
      const taken = problems
      problems = []
      return taken
    },
    /** Waits for one problem a scenario provokes on purpose (a 400 it expects) and removes it. */
    async expect(pattern, timeout = 5000) {
      const deadline = Date.now() + timeout
      while (Date.now() < deadline) {
        const index = problems.findIndex((problem) => pattern.test(problem))
        if (index !== -1) return problems.splice(index, 1)[0]
        await new Promise((r) => setTimeout(r, 50))
      }
      throw new Error(`Expected the browser to report ${pattern}; it reported: ${JSON.stringify(problems)}`)
    },
  }
}
