// Account settings > IAM quotas: the account-level quotas GetAccountSummary reports, laid out as
// the Service Quotas console lists them, so a raised quota (a lab file's granted increase) shows.
import Table from '@cloudscape-design/components/table';
import type { ReactNode } from 'react';
import type { AccountSummary } from '@/queries/types';
import { ADJUSTABLE_QUOTAS } from '@/queries/iam-account';

interface QuotaRow {
  name: string;
  applied: number;
  defaultValue: number;
  used?: number;
  adjustable: boolean;
}

export interface IamQuotasTableProps {
  summary: AccountSummary | undefined;
  loading: boolean;
  header: ReactNode;
  empty: ReactNode;
}

/** An adjustable quota's row: its Service Quotas name and AWS default come from the one list. */
function adjustable(name: string, applied: number, used: number): QuotaRow {
  const quota = ADJUSTABLE_QUOTAS.find((q) => q.name === name);
  // Invariant: the names below are those of ADJUSTABLE_QUOTAS.
  if (!quota) throw new Error(`Unknown quota ${name}`);
  return { name: quota.label, applied, defaultValue: quota.defaultValue, used, adjustable: true };
}

export function quotaRows(s: AccountSummary): QuotaRow[] {
  return [
    {
      name: 'Users per account',
      applied: s.UsersQuota,
      defaultValue: 5000,
      used: s.Users,
      adjustable: false,
    },
    adjustable('GroupsPerAccount', s.GroupsQuota, s.Groups),
    adjustable('RolesPerAccount', s.RolesQuota, s.Roles),
    adjustable('PoliciesPerAccount', s.PoliciesQuota, s.Policies),
    { name: 'Groups per user', applied: s.GroupsPerUserQuota, defaultValue: 10, adjustable: false },
    {
      name: 'Managed policies per user',
      applied: s.AttachedPoliciesPerUserQuota,
      defaultValue: 10,
      adjustable: true,
    },
    {
      name: 'Managed policies per group',
      applied: s.AttachedPoliciesPerGroupQuota,
      defaultValue: 10,
      adjustable: false,
    },
    {
      name: 'Managed policies per role',
      applied: s.AttachedPoliciesPerRoleQuota,
      defaultValue: 10,
      adjustable: true,
    },
  ];
}

const number = (n: number) => n.toLocaleString('en-US');

export function IamQuotasTable({ summary, loading, header, empty }: IamQuotasTableProps) {
  return (
    <Table
      variant="container"
      header={header}
      loading={loading}
      loadingText="Loading quotas"
      empty={empty}
      items={summary ? quotaRows(summary) : []}
      trackBy="name"
      wrapLines
      columnDefinitions={[
        { id: 'name', header: 'Quota name', isRowHeader: true, cell: (r) => r.name, width: 300 },
        {
          id: 'applied',
          header: 'Applied account-level quota value',
          cell: (r) => number(r.applied),
          width: 180,
        },
        {
          id: 'default',
          header: 'AWS default quota value',
          cell: (r) => number(r.defaultValue),
          width: 150,
        },
        {
          id: 'utilization',
          header: 'Utilization',
          cell: (r) =>
            r.used === undefined
              ? 'Not available'
              : `${number(r.used)} (${Math.round((100 * r.used) / r.applied)}%)`,
        },
        {
          id: 'adjustable',
          header: 'Adjustability',
          cell: (r) => (r.adjustable ? 'Account level' : 'Not adjustable'),
        },
      ]}
    />
  );
}
