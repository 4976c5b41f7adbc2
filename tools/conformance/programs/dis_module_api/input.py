import dis
def f(a, b=2):
    return a + b
print(list(dis.get_instructions(f))[1])
for ins in dis.get_instructions(f):
    print(ins.opname, ins.arg, repr(ins.argval), ins.argrepr, ins.offset, ins.starts_line, ins.is_jump_target, ins.positions)
b = dis.Bytecode(f)
print(b.dis())
print([i.opname for i in b])
print(dis.Instruction._fields, dis.Positions._fields)
dis.dis(f, show_caches=True)
print(list(dis.get_instructions("x = [1, 2]; print(f'{x!r:>3}')"))[-6:])
dis.dis("for i in range(3): pass")
