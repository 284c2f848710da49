/** The contract's path for the detector (../shared/CONTRACT.md); the code is in core/detect. */
export * from '../../core/detect/index.ts';
