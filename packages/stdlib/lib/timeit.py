"""Timing small pieces of code: pyglass's own timeit, with the interface of CPython 3.12's.

Timer(stmt, setup, timer, globals) times a statement (a string, compiled once with the setup
into one function, or a callable) run `number` times in a loop; timeit() and repeat() are the
module-level shortcuts; autorange() finds a loop count that takes at least 0.2 seconds; main() is
the command line (`pyglass -m timeit ...`). The garbage collector is switched off while timing,
as CPython's timeit does, when a `gc` module is available.
"""

import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def _gc_state():
    """The gc module and whether it was enabled, or (None, False) when pyglass has no gc module."""
    try:
        import gc
    except ImportError:
        return None, False
    return gc, gc.isenabled()


def _indent(text, spaces):
    return text.replace("\n", "\n" + " " * spaces)


class Timer:
    """Times the execution of a statement, `number` times per measurement."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ""
        if isinstance(setup, str):
            # Compiled alone first, so a syntax error names the setup and not the template.
            compile(setup, dummy_src_name, "exec")
            setup_code = _indent(setup, 4)
        elif callable(setup):
            local_ns["_setup"] = setup
            init += ", _setup=_setup"
            setup_code = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(setup_code + "\n" + stmt if isinstance(setup, str) else stmt, dummy_src_name, "exec")
            stmt_code = _indent(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            init += ", _stmt=_stmt"
            stmt_code = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = (
            "def inner(_it, _timer" + init + "):\n"
            "    " + setup_code + "\n"
            "    _t0 = _timer()\n"
            "    for _i in _it:\n"
            "        " + stmt_code + "\n"
            "        pass\n"
            "    _t1 = _timer()\n"
            "    return _t1 - _t0\n"
        )
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Prints the traceback of the exception the timed code raised."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """The time `number` runs of the statement take, in seconds (a float)."""
        it = range(number)
        gc, was_enabled = _gc_state()
        if gc is not None:
            gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if was_enabled:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time taken) for the first number of loops in 1, 2, 5, 10, 20, 50, ... that
        takes at least 0.2 seconds; callback(number, time_taken) is called after each try."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_USAGE = """Usage: python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [--] [statement]"""


def main(args=None, *, _wrap_timer=None):
    """The command line: `pyglass -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [statement ...]`."""
    if args is None:
        args = sys.argv[1:]
    number = 0
    repeat_count = default_repeat
    setup = []
    units = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    time_unit = None
    timer = default_timer
    verbose = 0
    stmt = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--":
            stmt.extend(args[i + 1:])
            break
        if not a.startswith("-") or a == "-":
            stmt.extend(args[i:])
            break
        value = None
        for short, long in (("-n", "--number"), ("-s", "--setup"), ("-r", "--repeat"), ("-u", "--unit")):
            if a == short or a == long:
                i += 1
                if i >= len(args):
                    print("option %s requires argument" % a, file=sys.stderr)
                    print("use -h/--help for command line help", file=sys.stderr)
                    return 2
                value = args[i]
                a = short
                break
            if a.startswith(long + "="):
                value = a[len(long) + 1:]
                a = short
                break
            if a.startswith(short) and len(a) > 2:
                value = a[2:]
                a = short
                break
        if a == "-n":
            number = int(value)
        elif a == "-s":
            setup.append(value)
        elif a == "-r":
            repeat_count = max(int(value), 1)
        elif a == "-u":
            if value not in units:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
            time_unit = value
        elif a in ("-p", "--process"):
            timer = time.process_time
        elif a in ("-v", "--verbose"):
            verbose += 1
        elif a in ("-h", "--help"):
            print(_USAGE)
            return 0
        else:
            print("option %s not recognized" % a, file=sys.stderr)
            print("use -h/--help for command line help", file=sys.stderr)
            return 2
        i += 1
    stmt = "\n".join(stmt) or "pass"
    setup = "\n".join(setup) or "pass"
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                msg = "{num} loop{s} -> {secs:.{prec}g} secs"
                plural = (number != 1)
                print(msg.format(num=number, s="s" if plural else "", secs=time_taken, prec=3))
        number, _ = t.autorange(callback)
        if verbose:
            print()
    raw_timings = t.repeat(repeat_count, number)

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = units[unit]
        else:
            scales = [(scale, unit) for unit, scale in units.items()]
            scales.sort(reverse=True)
            for scale, unit in scales:
                if dt >= scale:
                    break
        return "%.*g %s" % (3, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    print("%d loop%s, best of %d: %s per loop" % (number, "s" if number != 1 else "", repeat_count, format_time(best)))
    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. "
                               "The worst time (%s) was more than four times "
                               "slower than the best time (%s)."
                               % (format_time(worst), format_time(best)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
