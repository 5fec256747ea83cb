// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { StepText } from './step-text';

it('shows paragraphs with bold labels, and markup as plain text', () => {
  const { container } = render(
    <StepText
      text={'Choose **Users**, then <img src=x onerror=alert(1)>.\n\nSecond **Create user**'}
    />,
  );
  expect(screen.getByText('Users').tagName).toBe('STRONG');
  expect(screen.getByText('Create user').tagName).toBe('STRONG');
  expect(container.querySelector('img')).toBeNull();
  expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  expect(container.querySelectorAll('p')).toHaveLength(2);
});
