// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublicAccessBlockConfiguration } from '@/queries/s3';
import { PublicAccessBlockFields } from './public-access-block-fields';
import { ALL_OFF } from './public-access-block-labels';

afterEach(cleanup);

function Harness({ initial }: { initial: PublicAccessBlockConfiguration }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <PublicAccessBlockFields value={value} onChange={setValue} />
      <output aria-label="config">{JSON.stringify(value)}</output>
    </>
  );
}

const config = () =>
  JSON.parse(screen.getByLabelText('config').textContent ?? '{}') as PublicAccessBlockConfiguration;

describe('PublicAccessBlockFields', () => {
  it('"Block all public access" turns the four settings on and off together', () => {
    render(<Harness initial={ALL_OFF} />);
    const all = screen.getByRole('checkbox', { name: /Block all public access/ });
    fireEvent.click(all);
    expect(Object.values(config())).toEqual([true, true, true, true]);
    fireEvent.click(all);
    expect(config()).toEqual(ALL_OFF);
  });

  it('each setting is independent, and all four on checks "Block all"', () => {
    render(<Harness initial={ALL_OFF} />);
    fireEvent.click(
      screen.getByRole('checkbox', { name: /^Block public and cross-account access/ }),
    );
    expect(config()).toEqual({ ...ALL_OFF, RestrictPublicBuckets: true });
    const all = screen.getByRole('checkbox', { name: /Block all public access/ });
    expect((all as HTMLInputElement).checked).toBe(false);
    for (const name of [/through new access control lists/, /through any access control lists/]) {
      fireEvent.click(screen.getByRole('checkbox', { name }));
    }
    fireEvent.click(screen.getByRole('checkbox', { name: /new public bucket or access point/ }));
    expect((all as HTMLInputElement).checked).toBe(true);
  });
});
