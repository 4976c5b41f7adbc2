/**
 * Heap traces as JSON lines: a sink for `CollectorContext.trace` that encodes each HeapEvent on
 * one line and hands it to `write`. When tracing is off the context holds null instead, so each
 * event site costs one comparison.
 */
import { encodeJsonLine, type HeapEvent } from '@pyglass/interfaces';

export function jsonLinesHeapSink(write: (line: string) => void): (event: HeapEvent) => void {
  return (event) => write(encodeJsonLine(event));
}
