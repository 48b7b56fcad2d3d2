import { Avatar } from "@medusajs/ui"
import { isHttpUrl } from "../../modules/brand/field-rules"

type BrandLogoProps = {
  name: string
  logoUrl?: string | null
  size?: "xsmall" | "small" | "base" | "large" | "xlarge"
  /** The URL is an object URL of a file picked and checked in this page (a form's preview). */
  trustedSource?: boolean
}

/** The logo when it is an http(s) URL (nothing else from the API is ever put in an <img>), else the name's initial. */
export const BrandLogo = ({ name, logoUrl, size = "small", trustedSource = false }: BrandLogoProps) => {
  const src = logoUrl && (trustedSource || isHttpUrl(logoUrl)) ? logoUrl : undefined
  return <Avatar variant="squared" size={size} src={src} fallback={name.trim().charAt(0).toUpperCase() || "?"} />
}
