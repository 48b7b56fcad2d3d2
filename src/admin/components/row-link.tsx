import { PropsWithChildren } from "react"
import { Link } from "react-router-dom"

/**
 * A link inside a clickable DataTable row: the row opens on click, this link also lets the
 * keyboard reach and open it (the table's rows themselves are not focusable).
 */
export const RowLink = ({ to, children }: PropsWithChildren<{ to: string }>) => (
  <Link
    to={to}
    onClick={(event) => event.stopPropagation()}
    className="text-ui-fg-base focus-visible:shadow-borders-focus block rounded-md outline-none"
  >
    {children}
  </Link>
)
