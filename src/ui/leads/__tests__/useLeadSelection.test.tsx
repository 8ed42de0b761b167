import { act, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../../test/setup/renderWithProviders';
import type { LeadId } from '../../../domain/types';
import { LeadsBulkToolbar } from '../LeadsBulkToolbar';
import { useLeadSelection } from '../useLeadSelection';

const ids = Array.from({ length: 10 }, (_, i) => `lead-${i}` as LeadId);
const options = {
  total: 1000,
  idsBetween: (from: number, to: number) => ids.slice(from, to + 1),
  allIds: async () => Array.from({ length: 1000 }, (_, i) => `lead-${i}` as LeadId),
};

describe('useLeadSelection', () => {
  it('should select on click, extend with Shift, toggle with Ctrl/Cmd', () => {
    const { result } = renderHook(() => useLeadSelection(options));
    act(() => result.current.click(2, ids[2]!, { shift: false, toggle: false }));
    expect(result.current.count).toBe(1);
    act(() => result.current.click(5, ids[5]!, { shift: true, toggle: false }));
    expect(result.current.count).toBe(4);
    expect([2, 3, 4, 5].every((i) => result.current.isSelected(ids[i]!))).toBe(true);
    act(() => result.current.click(3, ids[3]!, { shift: false, toggle: true }));
    expect(result.current.isSelected(ids[3]!)).toBe(false);
    expect(result.current.count).toBe(3);
    act(() => result.current.click(8, ids[8]!, { shift: false, toggle: false }));
    expect(result.current.count).toBe(1);
  });

  it('should select every matching lead, including rows never loaded, and resolve their ids on demand', async () => {
    const { result } = renderHook(() => useLeadSelection(options));
    act(() => result.current.selectAll());
    expect(result.current.count).toBe(1000);
    expect(result.current.isSelected('lead-999' as LeadId)).toBe(true);
    expect(await result.current.resolveIds()).toHaveLength(1000);
    act(() => result.current.clear());
    expect(result.current.count).toBe(0);
    expect(await result.current.resolveIds()).toEqual([]);
  });
});

describe('LeadsBulkToolbar', () => {
  it('should show the count and clear the selection', async () => {
    const clear = jest.fn();
    renderWithProviders(<LeadsBulkToolbar selection={{ count: 3, isSelected: () => true, resolveIds: async () => [], clear }} />);
    expect(screen.getByRole('toolbar', { name: '3 selected' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(clear).toHaveBeenCalled();
  });

  it('should render nothing without a selection', () => {
    const { container } = renderWithProviders(<LeadsBulkToolbar selection={{ count: 0, isSelected: () => false, resolveIds: async () => [], clear: jest.fn() }} />);
    expect(container.querySelector('[role="toolbar"]')).toBeNull();
  });
});
