// "Learn more" links to AWS's documentation: they open a new tab only when clicked; the app itself
// never requests anything off its origin.
import Link from '@cloudscape-design/components/link';
import type { ReactNode } from 'react';

export interface ExternalLinkProps {
  href: string;
  children: ReactNode;
}

export function ExternalLink({ href, children }: ExternalLinkProps) {
  return (
    <Link href={href} external externalIconAriaLabel="(opens in a new tab)" target="_blank">
      {children}
    </Link>
  );
}
