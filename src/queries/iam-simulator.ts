// The IAM policy simulator: a principal's policies for the Policies pane, and the two simulations.
// Simulations change nothing, so they refresh no other query.

import { queryOptions, useMutation } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import * as simulator from '@/aws/iam-simulator';

export { CONTEXT_KEY_TYPES, DEFAULT_SIMULATION_CALLER } from '@/aws/iam-simulator';

export const principalPoliciesQuery = (caller: Caller, principal: simulator.SimulationPrincipal) =>
  queryOptions({
    queryKey: ['iam', 'simulator', 'policies', principal.kind, principal.name, caller.arn],
    queryFn: () => simulator.getPrincipalPolicies(caller, principal),
    retry: false,
  });

export const useSimulatePrincipalPolicy = () =>
  useMutation({
    mutationFn: (v: { caller: Caller } & simulator.PrincipalSimulationInput) => {
      const { caller, ...input } = v;
      return simulator.simulatePrincipalPolicy(caller, input);
    },
  });

export const useSimulateCustomPolicy = () =>
  useMutation({
    mutationFn: (v: { caller: Caller } & simulator.CustomSimulationInput) => {
      const { caller, ...input } = v;
      return simulator.simulateCustomPolicy(caller, input);
    },
  });
