// The access matrix's worker builds each cell's request with this (no storage, no catalog).
export { principalRequest } from '@/aws/principal-request';
