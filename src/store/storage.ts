/**
 * localStorage with care: where it is missing or throws (private mode, blocked cookies,
 * a full disk), reading gives nothing and writing is skipped, and a stored value that
 * cannot be read is repaired, never a blank page. Used by settings, progress and the
 * remembered backend choices.
 */

/** localStorage, or undefined where there is none or touching it throws. */
export function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Writes `value` as JSON under `key`; if the storage refuses, the value just won't persist. */
export function writeJson(
  key: string,
  value: unknown,
  storage: Pick<Storage, 'setItem'> | undefined = safeStorage(),
): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    /* private mode or full storage */
  }
}

/** The raw JSON object stored under `key`, or null when there is none (or it cannot be read). */
export function readJsonObject(
  key: string,
  storage: Pick<Storage, 'getItem'> | undefined = safeStorage(),
): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Reads `key` through `parse`, which keeps what it can and says in `problem` what it had to
 * drop. When something was dropped, the repaired value (`repaired(result)`) is written back
 * at once, so its notice shows on one load only, not on every reload.
 */
export function loadAndRepair<R extends { problem?: string }>(
  key: string,
  parse: (raw: string | null) => R,
  repaired: (result: R) => unknown,
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = safeStorage(),
): R {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    /* unreadable storage: as if empty */
  }
  const loaded = parse(raw);
  if (loaded.problem) writeJson(key, repaired(loaded), storage);
  return loaded;
}
