/**
 * @pyglass/cli — The pyglass command: the only package that composes stages.
 */
export const STAGE_NAME = 'cli';
/** pyglass's own Toolchain (tokens → ast → bytecode, marshal, dis), for runners that compose the VM themselves. */
export { pyglassToolchain } from './toolchain';
