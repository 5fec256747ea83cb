// A policy's JSON as text, with one statement highlighted at its exact span ("Show statement").
// The text is rendered as React text nodes, never as HTML.
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import { useEffect, useRef } from 'react';
import type { AuthorizationRequest, PolicyInput, SourceSpan, StatementRef } from '@/iam';
import './simulator.css';

export interface PolicyTextProps {
  title: string;
  description?: string;
  document: string;
  span?: SourceSpan;
}

export function PolicyText({ title, description, document, span }: PolicyTextProps) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    mark.current?.scrollIntoView?.({ block: 'nearest' });
  }, [span, document]);
  const start = span?.start.offset ?? 0;
  const end = span?.end.offset ?? 0;
  return (
    <Container
      header={
        <Header variant="h3" description={description}>
          {title}
        </Header>
      }
    >
      <Box variant="code">
        <pre className="simulator-policy-text" aria-label={`${title} JSON`}>
          {span ? (
            <>
              {document.slice(0, start)}
              <mark ref={mark} className="simulator-statement-mark">
                {document.slice(start, end)}
              </mark>
              {document.slice(end)}
            </>
          ) : (
            document
          )}
        </pre>
      </Box>
    </Container>
  );
}

/** The policy a statement reference points at, in the request the engine evaluated. */
export function policyOfStatement(
  request: AuthorizationRequest,
  ref: StatementRef,
): PolicyInput | undefined {
  switch (ref.gate) {
    case 'identity':
      return request.identityPolicies[ref.policyIndex];
    case 'boundary':
      return request.permissionsBoundary;
    case 'resource':
      return request.resourcePolicy;
    case 'scp':
      return request.serviceControlPolicies?.[ref.scpLevel ?? 0]?.[ref.policyIndex];
    case 'session':
      return request.sessionPolicies?.[ref.policyIndex];
  }
}

export function documentText(policy: PolicyInput | undefined): string {
  if (!policy) return '';
  return typeof policy.document === 'string'
    ? policy.document
    : JSON.stringify(policy.document, null, 2);
}
