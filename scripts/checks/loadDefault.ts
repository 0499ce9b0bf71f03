/** A module's default export (undefined when it has none), or the message of what its loading threw. */
export async function loadDefault(
  load: () => Promise<unknown>,
): Promise<{ exported: unknown } | { failed: string }> {
  try {
    const module: unknown = await load();
    return {
      exported:
        typeof module === 'object' && module !== null && 'default' in module
          ? module.default
          : undefined,
    };
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}
