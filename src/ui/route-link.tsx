// A Cloudscape Link to a page of the console: a real href (open in new tab works) that navigates
// in place when clicked.
import Link, { type LinkProps } from '@cloudscape-design/components/link';
import type { ReactNode } from 'react';
import { useHref, useNavigate } from 'react-router';

export interface RouteLinkProps {
  /** A route path, e.g. paths.user('user-1'). */
  to: string;
  children: ReactNode;
  variant?: LinkProps.Variant;
  ariaLabel?: string;
}

export function RouteLink({ to, children, variant, ariaLabel }: RouteLinkProps) {
  const href = useHref(to);
  const navigate = useNavigate();
  return (
    <Link
      href={href}
      variant={variant}
      ariaLabel={ariaLabel}
      onFollow={(event) => {
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </Link>
  );
}
