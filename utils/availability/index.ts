/** The contract's path for free-slot finding (../shared/CONTRACT.md); the code is in core/availability. */
export * from '../../core/availability/index.ts';
