/** GitHub timestamps carry whole seconds: `2024-05-01T12:00:00Z`. */
export function isoSeconds(ms: number = Date.now()): string {
  return new Date(Math.floor(ms / 1000) * 1000)
    .toISOString()
    .replace('.000Z', 'Z');
}
