/** Claims: check-worthy statements with their speakers and sources. The entry file of the area. */
export { extractClaims } from './extractClaims';
export { DEFAULT_THRESHOLD } from './score';
export { extractClaimsFrom } from './extract';
export { DocumentClaims, DocumentClaimsCache, differingStretch } from './documentClaims';
export { extractSource } from './source';
export { CLAIM_TYPES, type Claim, type ClaimType, type DocumentSource, type ExtractOptions, type ExtractResult, type Speaker } from './types';
