// @vitest-environment jsdom
import createWrapper from '@cloudscape-design/components/test-utils/dom';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LookupFilter } from './lookup-filter';

afterEach(cleanup);

function selectByLabel(index: number, label: string) {
  const select = createWrapper(document.body).findAllSelects()[index];
  if (!select) throw new Error(`no select ${index}`);
  select.openDropdown();
  const option = select
    .findDropdown()
    .findOptions()
    .find((o) => o.getElement().textContent === label);
  if (!option) throw new Error(`no option ${label}`);
  option.fireEvent(new MouseEvent('mouseup', { bubbles: true }));
}

describe('LookupFilter', () => {
  it('applies one lookup attribute on Enter, and the outcome at once', () => {
    const onChange = vi.fn();
    render(<LookupFilter filter={{ outcome: 'all' }} onChange={onChange} />);
    selectByLabel(0, 'User name');
    const input = screen.getByLabelText('Attribute value');
    fireEvent.change(input, { target: { value: ' user-2 ' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 13 });
    expect(onChange).toHaveBeenLastCalledWith({
      outcome: 'all',
      attribute: { attributeKey: 'Username', attributeValue: 'user-2' },
    });
    selectByLabel(1, 'Access denied');
    expect(onChange).toHaveBeenLastCalledWith({ outcome: 'denied' });
  });
});
