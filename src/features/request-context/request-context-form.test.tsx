// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_REQUEST_CONTEXT, type RequestContextSettings } from '@/queries/request-context';
import { RequestContextForm } from './request-context-form';

afterEach(cleanup);

function setup(settings: RequestContextSettings = DEFAULT_REQUEST_CONTEXT) {
  const onSave = vi.fn();
  render(<RequestContextForm settings={settings} saving={false} onSave={onSave} />);
  return onSave;
}

describe('RequestContextForm', () => {
  it('refuses an address that is not IPv4 or IPv6, and saves nothing', () => {
    const onSave = setup();
    fireEvent.change(screen.getByLabelText('Source IP'), { target: { value: '10.0.0.300' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      screen.getByText('Enter a single IPv4 or IPv6 address, such as 203.0.113.10.'),
    ).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves an IPv6 source, MFA present with its age, a fixed time and plain HTTP', () => {
    const onSave = setup();
    fireEvent.change(screen.getByLabelText('Source IP'), { target: { value: ' 2001:db8::5 ' } });
    fireEvent.click(screen.getByRole('radio', { name: /^MFA present/ }));
    fireEvent.change(screen.getByLabelText('MFA age (seconds)'), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('radio', { name: /^Fixed time/ }));
    fireEvent.change(screen.getByLabelText('Date and time (UTC)'), {
      target: { value: '2026-06-01T10:00:00Z' },
    });
    fireEvent.click(screen.getByLabelText('Requests use HTTPS'));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).toHaveBeenCalledWith({
      sourceIp: '2001:db8::5',
      mfa: 'present',
      mfaAgeSeconds: 90,
      fixedTime: '2026-06-01T10:00:00Z',
      secureTransport: false,
    });
  });

  it('"Reset to defaults" goes back to the sign-in MFA, real time and HTTPS', () => {
    const onSave = setup({ mfa: 'false', secureTransport: false, sourceIp: '203.0.113.1' });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).toHaveBeenCalledWith(DEFAULT_REQUEST_CONTEXT);
  });
});
