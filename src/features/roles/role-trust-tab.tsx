// A role's "Trust relationships" tab: the trust policy, and "Edit trust policy".
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import type { Role } from '@/queries/types';

export interface RoleTrustTabProps {
  role: Role;
}

function pretty(document: string): string {
  try {
    return JSON.stringify(JSON.parse(document), null, 4);
  } catch {
    return document;
  }
}

export function RoleTrustTab({ role }: RoleTrustTabProps) {
  const navigate = useNavigate();
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Entities that can assume this role under specified conditions."
          actions={
            role.serviceLinkedService ? undefined : (
              <Button onClick={() => navigate(paths.editTrustPolicy(role.roleName))}>
                Edit trust policy
              </Button>
            )
          }
        >
          Trusted entities
        </Header>
      }
    >
      <Box variant="code">
        <pre aria-label="Trust policy" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
          {pretty(role.assumeRolePolicyDocument)}
        </pre>
      </Box>
    </Container>
  );
}
