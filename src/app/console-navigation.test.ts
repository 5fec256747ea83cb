import { describe, expect, it } from 'vitest';
import { activeNavPath } from './console-navigation';

describe('activeNavPath', () => {
  it.each([
    ['/iam/users', '/iam/users'],
    ['/iam/users/details/user-1', '/iam/users'],
    ['/iam/users/create', '/iam/users'],
    ['/iam/groups/details/EC2-Admin/inline-policy', '/iam/groups'],
    ['/iam/home', '/iam/home'],
    ['/iam/organization/scps/details/p-abcd1234/edit', '/iam/organization/scps'],
    ['/s3/buckets/b', '/s3/buckets'],
    ['/nowhere', undefined],
  ])('%s is under %s', (pathname, expected) => {
    expect(activeNavPath(pathname)).toBe(expected);
  });
});
