/**
 * Heap traces as JSON lines: a sink for `AllocatorContext.trace` that encodes each HeapEvent on
 * one line (interfaces' encodeJsonLine) and hands it to `write`. When tracing is off the context
 * holds null instead, so an allocation pays one comparison and nothing else.
 */
import { encodeJsonLine, type HeapEvent } from '@pyglass/interfaces';

export function jsonLinesHeapSink(write: (line: string) => void): (event: HeapEvent) => void {
  return (event) => write(encodeJsonLine(event));
}
