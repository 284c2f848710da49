import { useStore } from 'zustand';
import type { StorageState, StorageStore } from '../extension/stores';

/** The current state of a storage-backed store, re-rendering when any context changes it. */
export function useStorageStore<T>(store: StorageStore<T>): StorageState<T> {
  return useStore(store);
}
