/**
 * Translates a card's fixed words; `{0}`, `{1}`… are replaced by the arguments. The VS Code layer
 * passes `vscode.l10n.t`; elsewhere the English text is used as it is.
 */
export type Translate = (message: string, ...args: (string | number)[]) => string;

export const english: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)] ?? ''));
