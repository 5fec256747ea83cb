// The account's details as they cross to the access matrix's workers: each distinct policy
// document once. A lab at AWS's maximums gives 6,000 principals the same few managed policies
// (ReadOnlyAccess alone is tens of kilobytes), and postMessage copies every string it meets: sent
// as they are, the details were over 100 MB and took the page seconds to post.
import type { PolicyInput } from '@/iam';
import type { AuthorizationDetails } from '@/queries/types';

/** The details with every policy's document replaced by its index in `documents`. */
export interface PackedDetails {
  details: AuthorizationDetails;
  documents: Array<string | object>;
}

/** Rebuilds every policy input of the details through `map`, in one fixed order. */
function mapPolicies(
  details: AuthorizationDetails,
  map: (input: PolicyInput) => PolicyInput,
): AuthorizationDetails {
  return {
    ...details,
    principals: details.principals.map((p) => ({
      ...p,
      identityPolicies: p.identityPolicies.map(map),
      ...(p.permissionsBoundary && { permissionsBoundary: map(p.permissionsBoundary) }),
    })),
    serviceControlPolicies: details.serviceControlPolicies.map((level) => level.map(map)),
  };
}

export function packDetails(details: AuthorizationDetails): PackedDetails {
  const documents: Array<string | object> = [];
  const indexOf = new Map<string | object, number>();
  const packed = mapPolicies(details, (input) => {
    let index = indexOf.get(input.document);
    if (index === undefined) {
      index = documents.push(input.document) - 1;
      indexOf.set(input.document, index);
    }
    return { ...input, document: String(index) };
  });
  return { details: packed, documents };
}

export function unpackDetails({ details, documents }: PackedDetails): AuthorizationDetails {
  return mapPolicies(details, (input) => ({
    ...input,
    document: documents[Number(input.document)] ?? '',
  }));
}

const keys = new WeakMap<AuthorizationDetails, string>();

/**
 * Text equal for equal details, and short: documents once each. Kept per details object, as
 * every job of one account reads the same one.
 */
export function detailsKey(details: AuthorizationDetails): string {
  let key = keys.get(details);
  if (key === undefined) {
    const packed = packDetails(details);
    key = JSON.stringify([packed.details, packed.documents]);
    keys.set(details, key);
  }
  return key;
}
