export const ADVERSARIAL_BYTES: number;
export function adversarialInputs(bytes?: number): [string, string][];
