// Vite's import.meta.glob (WXT and vitest both build with Vite); typed here because the
// project does not pull in vite/client's ambient types.
interface ImportMeta {
  glob<T>(patterns: string | string[], options: { eager: true; import: 'default'; query?: string }): Record<string, T>;
}
