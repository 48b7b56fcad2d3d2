import { StatusBadge } from "@medusajs/ui"

export const BrandStatusBadge = ({ isActive }: { isActive: boolean }) => (
  <StatusBadge color={isActive ? "green" : "grey"}>{isActive ? "Active" : "Inactive"}</StatusBadge>
)
