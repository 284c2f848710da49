// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SuggestionCard, type CardTime, type SuggestionCardProps } from '../../components/SuggestionCard';

afterEach(cleanup);

const ACTIVITIES = [
  { id: 'coffee', label: 'Coffee' },
  { id: 'lunch', label: 'Lunch' },
  { id: 'walk', label: 'A walk' },
];
const TIMES: CardTime[] = [
  { id: '2026-11-26T23:00:00.000Z', label: 'Thu 6–9pm', offered: true },
  { id: '2026-11-28T15:00:00.000Z', label: 'Sat 10am–6pm', offered: true },
];

/** The card with its preview worked out from its own choices, as the controller does. */
function Harness(props: Partial<SuggestionCardProps>): ReactElement {
  const [activityId, setActivityId] = useState('coffee');
  const [times, setTimes] = useState(TIMES);
  const [nearby, setNearby] = useState(false);
  const label = ACTIVITIES.find((activity) => activity.id === activityId)!.label.toLowerCase();
  const offered = times.filter((time) => time.offered).map((time) => time.label);
  return (
    <SuggestionCard
      phrase="we should hang out"
      recipient="Sam Rivera"
      invite={`Want to get ${nearby ? 'coffee nearby' : label}? I'm free ${offered.join(' or ')}.`}
      status={{ kind: 'ready' }}
      onAccept={vi.fn()}
      onDismiss={vi.fn()}
      onOpenOptions={vi.fn()}
      activities={ACTIVITIES}
      activityId={activityId}
      onActivity={setActivityId}
      times={times}
      onToggleTime={(id) => setTimes((all) => all.map((time) => (time.id === id ? { ...time, offered: !time.offered } : time)))}
      nearby={nearby}
      onNearby={setNearby}
      onSnooze={vi.fn()}
      focusKeyLabel="Alt+↓"
      {...props}
    />
  );
}

const preview = () => document.querySelector('[data-someday="preview"]')!;

describe('SuggestionCard', () => {
  test('is a labelled dialog whose invite is in a polite live region, with the contract hooks', () => {
    render(<Harness />);
    const dialog = screen.getByRole('dialog', { name: 'Someday: turn this into a plan' });
    expect(dialog.getAttribute('aria-describedby')).toBe(preview().id);
    expect(preview().getAttribute('aria-live')).toBe('polite');
    expect(preview().textContent).toBe("Want to get coffee? I'm free Thu 6–9pm or Sat 10am–6pm.");
    expect(document.querySelector('[data-someday="accept"]')?.textContent).toContain('Use this');
    expect(document.querySelector('[data-someday="dismiss"]')?.textContent).toContain('Not now');
    expect(screen.getByText(/a plan with Sam$/)).toBeTruthy();
    expect(document.querySelector('.focus-hint')?.textContent).toBe('Alt+↓ to reach the card');
  });

  test('arrow keys switch the activity and the preview follows; a click does too', () => {
    render(<Harness />);
    const coffee = screen.getByRole('radio', { name: 'Coffee' });
    expect(coffee.getAttribute('aria-checked')).toBe('true');
    coffee.focus();
    fireEvent.keyDown(coffee, { key: 'ArrowRight' });
    expect(screen.getByRole('radio', { name: 'Lunch' }).getAttribute('aria-checked')).toBe('true');
    expect(preview().textContent).toContain('get lunch');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Lunch' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(preview().textContent).toContain('get a walk');
    fireEvent.click(screen.getByRole('radio', { name: 'Lunch' }));
    expect(preview().textContent).toContain('get lunch');
    // Only the checked activity is in the tab order.
    expect(screen.getAllByRole('radio').map((radio) => radio.tabIndex)).toEqual([-1, 0, -1]);
  });

  test('a chip leaves its time out, and turns it back on', () => {
    render(<Harness />);
    const thursday = screen.getByRole('button', { name: 'Thu 6–9pm' });
    expect(thursday.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(thursday);
    expect(thursday.getAttribute('aria-pressed')).toBe('false');
    expect(preview().textContent).toBe("Want to get coffee? I'm free Sat 10am–6pm.");
    fireEvent.click(thursday);
    expect(preview().textContent).toContain('Thu 6–9pm');
  });

  test('the nearby toggle changes the invite; no toggle when nearby is null', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Nearby/ }));
    expect(preview().textContent).toContain('coffee nearby');
    cleanup();
    render(<Harness nearby={null} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  test('the snooze menu offers the three choices and reports the one picked', () => {
    const onSnooze = vi.fn();
    render(<Harness onSnooze={onSnooze} />);
    const button = screen.getByRole('button', { name: /Snooze/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Not on this site',
      'Not for an hour',
      'Not for this phrase',
    ]);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Not for this phrase' }));
    expect(onSnooze).toHaveBeenCalledWith('phrase');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  test('Escape in the card dismisses; Escape in the open menu only closes the menu', () => {
    const onDismiss = vi.fn();
    render(<Harness onDismiss={onDismiss} />);
    fireEvent.click(screen.getByRole('button', { name: /Snooze/ }));
    fireEvent.keyDown(screen.getByRole('menuitem', { name: 'Not for an hour' }), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(onDismiss).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByRole('radio', { name: 'Coffee' }), { key: 'Escape' });
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  test('Tab and Shift+Tab go round inside the card', () => {
    render(<Harness />);
    const first = screen.getByRole('radio', { name: 'Coffee' });
    first.focus();
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement?.textContent).toBe('Times…');
    fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
  });

  test('Alt+↑ hands the caret back to the box', () => {
    const onReturn = vi.fn();
    render(<Harness onReturn={onReturn} />);
    fireEvent.keyDown(screen.getByRole('radio', { name: 'Coffee' }), { key: 'ArrowUp', altKey: true });
    expect(onReturn).toHaveBeenCalled();
    expect(preview().textContent).toContain('get coffee');
  });

  test('the dark theme is a class on the card', () => {
    render(<Harness theme="dark" />);
    expect(screen.getByRole('dialog').className).toBe('card dark');
  });

  test('a mouse press on the card keeps focus where it was', () => {
    render(<Harness />);
    const event = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    screen.getByRole('button', { name: 'Thu 6–9pm' }).dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  test('with every time left out, the card says to turn one back on', () => {
    render(
      <Harness invite={null} status={{ kind: 'no-times' }} times={TIMES.map((time) => ({ ...time, offered: false }))} />,
    );
    expect(screen.getByRole('status').textContent).toContain('Turn one back on');
    expect((document.querySelector('[data-someday="accept"]') as HTMLButtonElement).disabled).toBe(true);
  });
});
