/**
 * @pyglass/scheduler — Thread schedulers (the 3.12 GIL by default) behind the Scheduler contract.
 */
export const STAGE_NAME = 'scheduler';
