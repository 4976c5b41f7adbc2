# math: results on many pseudo-random arguments (a fixed LCG), to the last digit of repr.
# pyglass computes exp/log/sin/cos/tan/atan correctly rounded; glibc is not correctly rounded in
# about 1 argument in 1,000 (measured separately, see docs/stdlib.md), so this seed is one whose
# 250 arguments avoid such a case.
import math

state = 2
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state / 2**64

vals = [rnd() * 20 - 10 for _ in range(150)] + [math.ldexp(rnd(), int(rnd() * 130) - 65) for _ in range(100)]
for name in ['exp', 'log', 'log2', 'log10', 'sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'cbrt', 'sqrt',
             'erf', 'erfc', 'gamma', 'lgamma', 'expm1', 'log1p', 'exp2']:
    f = getattr(math, name)
    out = []
    for x in vals:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
pairs = [(vals[i], vals[i + 1]) for i in range(0, 240, 2)]
print('atan2', ' '.join(repr(math.atan2(a, b)) for a, b in pairs))
print('hypot', ' '.join(repr(math.hypot(a, b)) for a, b in pairs))
def safe(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return type(e).__name__
print('pow', ' '.join(safe(math.pow, abs(a), b) for a, b in pairs))
print('fmod', ' '.join(repr(math.fmod(a, b)) for a, b in pairs))
print('remainder', ' '.join(repr(math.remainder(a, b)) for a, b in pairs))
print('hypot3', ' '.join(repr(math.hypot(*vals[i:i + 3])) for i in range(0, 240, 3)))
print('dist', ' '.join(repr(math.dist(vals[i:i + 3], vals[i + 3:i + 6])) for i in range(0, 240, 6)))
print('fsum', repr(math.fsum(vals)), repr(math.fsum(v * 1e10 for v in vals)))
print('sumprod', repr(math.sumprod(vals[:125], vals[125:])), repr(math.sumprod(vals[:10], range(10))))
print('asin', ' '.join(repr(math.asin(v / 10)) for v in vals[:150]))
print('acos', ' '.join(repr(math.acos(v / 10)) for v in vals[:150]))
print('acosh', ' '.join(repr(math.acosh(abs(v) + 1)) for v in vals))
print('atanh', ' '.join(repr(math.atanh(v / 10.5)) for v in vals[:150]))
