"""Disassembler of Python bytecode: pyglass's own dis, with the interface of CPython 3.12's.

The listing and the instruction records come from pyglass's bytecode stage through the native
_dis module (the same disassembler as `pyglass dis`), so dis.dis prints what python3.12 prints.
Here: Instruction and Positions (named tuples, as in CPython), get_instructions, Bytecode, and
dis/disassemble/disco with the opcode tables.
"""

import sys
import collections
import _dis

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode", "opname", "opmap", "cmp_op"]

opname = _dis.opname
opmap = _dis.opmap
cmp_op = _dis.cmp_op

Positions = collections.namedtuple(
    'Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'], defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line', 'is_jump_target', 'positions'],
    defaults=[None])


class Instruction(_Instruction):
    """Details for a bytecode operation."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(format(self.starts_line, '%dd' % lineno_width))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(20))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(5))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _instructions(x, first_line=None, show_caches=False):
    for t in _dis.instructions(x, first_line, show_caches):
        yield Instruction(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], Positions(*t[8]))


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the instructions of a function, method, code object or source string."""
    return _instructions(x, first_line, show_caches)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassembles classes, methods, functions, code objects and source strings."""
    _dis.dis(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassembles one code object."""
    _dis.disassemble(co, file=file, show_caches=show_caches)


disco = disassemble


class Bytecode:
    """The bytecode operations of a piece of code: iterate for Instructions, dis() for the listing."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = _dis.code_of(x)
        self.first_line = first_line
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _instructions(self.codeobj, self.first_line, self.show_caches)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    def dis(self):
        """The formatted listing, as a string."""
        return _dis.format(self.codeobj, self.show_caches)
