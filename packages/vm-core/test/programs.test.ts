/**
 * The program conformance suite (tools/conformance/programs/): each program compiled by the
 * oracle, run by our VM, stdout/stderr/exit code identical to CPython 3.12's committed output.
 * Needs the oracle for the code objects, so it is skipped (never passed) without one.
 */
import { describeWithOracle } from '../../../tools/oracle/index';
import { describeFailure, knownLeaks, listPrograms, runProgram } from '../../../tools/conformance/programs';

describeWithOracle('program suite: oracle code objects on our VM', () => {
  for (const name of listPrograms()) {
    it(name, () => {
      const r = runProgram(name);
      if (!r.passed) throw new Error(describeFailure(r));
      expect(r.actual).toEqual(r.expected);
    });
  }
});

describeWithOracle('leak check: live objects return to the baseline after each program', () => {
  const allowed = knownLeaks();
  for (const name of listPrograms()) {
    it(name, () => {
      const r = runProgram(name);
      if (allowed.has(name)) {
        // A listed program that stops leaking must leave tools/conformance/programs-leaks.allow.
        expect(r.leakedObjects).toBeGreaterThan(0);
      } else expect(r.leakedObjects).toBe(0);
    });
  }
});
