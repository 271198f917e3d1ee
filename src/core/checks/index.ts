/** Figure checks: an article's figures against each other. The entry file of the area. */
export { checkFigures, type CheckOptions } from './checkFigures';
export { CHECK_KINDS, type CheckKind, type Finding } from './types';
export * from './intended';
