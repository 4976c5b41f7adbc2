/**
 * `pnpm run codegen`: runs every registered generator and writes its outputs (only files whose
 * text changed are touched), then lists what it wrote.
 */
import * as path from 'node:path';
import { writeGenerated } from './run';

const root = path.resolve(__dirname, '..', '..');
const files = writeGenerated(root);
for (const file of files) console.log(`${file.generator}: ${file.path}`);
console.log(`codegen: ${files.length} file(s) up to date`);
