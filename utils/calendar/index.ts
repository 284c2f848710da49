/** The contract's path for the .ics reader (../shared/CONTRACT.md); the code is in core/ics. */
export * from '../../core/ics/index.ts';
