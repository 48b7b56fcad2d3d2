import { Avatar } from "@medusajs/ui"
import { isHttpUrl } from "../../modules/brand/field-rules"

type BrandLogoProps = {
  name: string
  logoUrl?: string | null
  size?: "xsmall" | "small" | "base" | "large" | "xlarge"
}

/** The logo when it is an http(s) URL (nothing else is ever put in an <img>), else the name's initial. */
export const BrandLogo = ({ name, logoUrl, size = "small" }: BrandLogoProps) => {
  const src = logoUrl && isHttpUrl(logoUrl) ? logoUrl : undefined
  return <Avatar variant="squared" size={size} src={src} fallback={name.trim().charAt(0).toUpperCase() || "?"} />
}
