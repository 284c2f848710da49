// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AvailabilityEditor } from '../../components/AvailabilityEditor';
import { defaultAvailability, type AvailabilitySettings } from '../../core/availability-settings';

afterEach(cleanup);

function renderEditor(value: AvailabilitySettings = defaultAvailability()) {
  const onSave = vi.fn<(next: AvailabilitySettings) => Promise<void>>().mockResolvedValue(undefined);
  render(<AvailabilityEditor value={value} onSave={onSave} browserTimeZone="Europe/Berlin" />);
  return { onSave };
}

describe('AvailabilityEditor', () => {
  test('shows each weekday with its windows, Monday first', () => {
    renderEditor();
    const days = screen.getAllByRole('group').map((group) => group.getAttribute('aria-label'));
    expect(days).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(within(screen.getByRole('group', { name: 'Tuesday' })).getByLabelText('Tuesday from')).toHaveProperty('value', '18:00');
  });

  test('a change is saved as the person goes', async () => {
    const { onSave } = renderEditor();
    fireEvent.change(screen.getByLabelText('Tuesday until'), { target: { value: '22:00' } });
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0].weekly).toContainEqual({ day: 2, start: '18:00', end: '22:00' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
  });

  test('an end before its start is an inline error and is not saved', async () => {
    const { onSave } = renderEditor();
    const until = screen.getByLabelText('Tuesday until');
    fireEvent.change(until, { target: { value: '17:00' } });
    expect(screen.getByRole('alert').textContent).toBe('The end must be after the start.');
    expect(until.getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.change(until, { target: { value: '21:30' } });
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('overlapping windows are merged when saved', async () => {
    const { onSave } = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add time on Saturday' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    // The new 18:00–21:00 window touches 10:00–18:00 and becomes part of it.
    expect(onSave.mock.calls[0]![0].weekly.filter((window) => window.day === 6)).toEqual([
      { day: 6, start: '10:00', end: '21:00' },
    ]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('merged'));
  });

  test('a window can be removed', async () => {
    const { onSave } = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Monday 18:00–21:00' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0].weekly.some((window) => window.day === 1)).toBe(false);
    expect(within(screen.getByRole('group', { name: 'Monday' })).getByText('Not free')).toBeTruthy();
  });

  test("the time-zone picker defaults to the browser's zone", () => {
    renderEditor();
    const picker = screen.getByLabelText('Time zone') as HTMLSelectElement;
    expect(picker.value).toBe('');
    expect(picker.selectedOptions[0]?.textContent).toContain('Europe/Berlin');
  });
});
