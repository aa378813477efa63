export const CHANNEL: string;
export const SETTLED_SYMBOL: symbol;
export const GENERATION_SYMBOL: symbol;
export function listenForPublicChanges(options: {
  connectionString: string;
  onChange: (table: string) => void;
  onUp: () => void;
  onDown: (error: unknown) => void;
  retryMs?: number;
}): { readonly up: boolean; close(): Promise<void> };
