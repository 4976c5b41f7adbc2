# math: float functions, special values and their errors
import math

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'erf', 'erfc', 'exp', 'exp2',
             'expm1', 'fabs', 'gamma', 'lgamma', 'log', 'log10', 'log1p', 'log2', 'sin', 'sinh', 'sqrt', 'tan', 'tanh',
             'degrees', 'radians']:
    f = getattr(math, name)
    for x in [0.0, -0.0, 0.5, 1.0, 1.5, 2.0, -1.0, -2.5, 3, 10.0, 1e-10, 1e300, -1e300, 710.0, float('inf'), float('-inf'), float('nan')]:
        try:
            print(name, x, repr(f(x)))
        except Exception as e:
            print(name, x, '!!', type(e).__name__, e)

cases = [
    ('math.pi', lambda: math.pi),
    ('math.e', lambda: math.e),
    ('math.tau', lambda: math.tau),
    ('math.inf', lambda: math.inf),
    ('math.nan', lambda: math.nan),
    ('-math.inf', lambda: -math.inf),
    ('math.pow(2, 10)', lambda: math.pow(2, 10)),
    ('math.pow(2, 0.5)', lambda: math.pow(2, 0.5)),
    ('math.pow(-8, 1/3)', lambda: math.pow(-8, 1/3)),
    ('math.pow(0, -1)', lambda: math.pow(0, -1)),
    ('math.pow(0.0, 0)', lambda: math.pow(0.0, 0)),
    ("math.pow(float('nan'), 0)", lambda: math.pow(float('nan'), 0)),
    ("math.pow(1, float('nan'))", lambda: math.pow(1, float('nan'))),
    ("math.pow(-2, float('inf'))", lambda: math.pow(-2, float('inf'))),
    ("math.pow(0.5, float('-inf'))", lambda: math.pow(0.5, float('-inf'))),
    ("math.pow(float('-inf'), 3)", lambda: math.pow(float('-inf'), 3)),
    ("math.pow(float('-inf'), -3)", lambda: math.pow(float('-inf'), -3)),
    ('math.pow(10, 400)', lambda: math.pow(10, 400)),
    ('math.pow(-1.5, 3)', lambda: math.pow(-1.5, 3)),
    ('math.atan2(1, 1)', lambda: math.atan2(1, 1)),
    ('math.atan2(-0.0, -1)', lambda: math.atan2(-0.0, -1)),
    ("math.atan2(float('inf'), float('-inf'))", lambda: math.atan2(float('inf'), float('-inf'))),
    ('math.atan2(0.0, 0.0)', lambda: math.atan2(0.0, 0.0)),
    ('math.copysign(3, -0.0)', lambda: math.copysign(3, -0.0)),
    ('math.copysign(-2, 1)', lambda: math.copysign(-2, 1)),
    ('math.fmod(7, 3)', lambda: math.fmod(7, 3)),
    ('math.fmod(-7, 3)', lambda: math.fmod(-7, 3)),
    ('math.fmod(1, 0)', lambda: math.fmod(1, 0)),
    ("math.fmod(5, float('inf'))", lambda: math.fmod(5, float('inf'))),
    ("math.fmod(float('inf'), 1)", lambda: math.fmod(float('inf'), 1)),
    ('math.remainder(7, 3)', lambda: math.remainder(7, 3)),
    ('math.remainder(5, 2)', lambda: math.remainder(5, 2)),
    ('math.remainder(7, 2)', lambda: math.remainder(7, 2)),
    ('math.remainder(-5, 2)', lambda: math.remainder(-5, 2)),
    ('math.remainder(1, 0)', lambda: math.remainder(1, 0)),
    ("math.remainder(float('inf'), 1)", lambda: math.remainder(float('inf'), 1)),
    ('math.log(8, 2)', lambda: math.log(8, 2)),
    ('math.log(100, 10)', lambda: math.log(100, 10)),
    ('math.log(10**400)', lambda: math.log(10**400)),
    ('math.log2(2**1000)', lambda: math.log2(2**1000)),
    ('math.log10(10**400)', lambda: math.log10(10**400)),
    ('math.log(0)', lambda: math.log(0)),
    ('math.log(-1)', lambda: math.log(-1)),
    ('math.log(1, 1)', lambda: math.log(1, 1)),
    ('math.log(2, 0.5)', lambda: math.log(2, 0.5)),
    ('math.log(True)', lambda: math.log(True)),
    ('math.frexp(8.0)', lambda: math.frexp(8.0)),
    ('math.frexp(-0.1)', lambda: math.frexp(-0.1)),
    ('math.frexp(5e-324)', lambda: math.frexp(5e-324)),
    ("math.frexp(float('inf'))", lambda: math.frexp(float('inf'))),
    ('math.frexp(0.0)', lambda: math.frexp(0.0)),
    ('math.ldexp(0.5, 4)', lambda: math.ldexp(0.5, 4)),
    ('math.ldexp(1.0, -1074)', lambda: math.ldexp(1.0, -1074)),
    ('math.ldexp(1.0, -1075)', lambda: math.ldexp(1.0, -1075)),
    ('math.ldexp(3.0, -1075)', lambda: math.ldexp(3.0, -1075)),
    ('math.ldexp(1.0, 1024)', lambda: math.ldexp(1.0, 1024)),
    ('math.ldexp(1.0, 10**20)', lambda: math.ldexp(1.0, 10**20)),
    ('math.ldexp(1.0, -10**20)', lambda: math.ldexp(1.0, -10**20)),
    ('math.ldexp(1.0, 1.5)', lambda: math.ldexp(1.0, 1.5)),
    ('math.modf(3.75)', lambda: math.modf(3.75)),
    ('math.modf(-3.75)', lambda: math.modf(-3.75)),
    ("math.modf(float('inf'))", lambda: math.modf(float('inf'))),
    ("math.modf(float('-inf'))", lambda: math.modf(float('-inf'))),
    ('math.isclose(1.0, 1.0 + 1e-10)', lambda: math.isclose(1.0, 1.0 + 1e-10)),
    ('math.isclose(1.0, 1.1)', lambda: math.isclose(1.0, 1.1)),
    ('math.isclose(1.0, 1.1, rel_tol=0.2)', lambda: math.isclose(1.0, 1.1, rel_tol=0.2)),
    ('math.isclose(0.0, 1e-10, abs_tol=1e-9)', lambda: math.isclose(0.0, 1e-10, abs_tol=1e-9)),
    ('math.isclose(1, 2, rel_tol=-1)', lambda: math.isclose(1, 2, rel_tol=-1)),
    ("math.isclose(float('inf'), float('inf'))", lambda: math.isclose(float('inf'), float('inf'))),
    ('math.isclose(a=1, b=1)', lambda: math.isclose(a=1, b=1)),
    ('math.isclose(1)', lambda: math.isclose(1)),
    ('math.isclose(1, 2, 3)', lambda: math.isclose(1, 2, 3)),
    ('math.isclose(1, 2, foo=1)', lambda: math.isclose(1, 2, foo=1)),
    ('math.isfinite(1e308)', lambda: math.isfinite(1e308)),
    ('math.isinf(-math.inf)', lambda: math.isinf(-math.inf)),
    ('math.isnan(math.nan)', lambda: math.isnan(math.nan)),
    ('math.isnan(1)', lambda: math.isnan(1)),
    ('math.nextafter(1.0, 2.0)', lambda: math.nextafter(1.0, 2.0)),
    ('math.nextafter(1.0, 0.0)', lambda: math.nextafter(1.0, 0.0)),
    ('math.nextafter(0.0, -1.0)', lambda: math.nextafter(0.0, -1.0)),
    ('math.nextafter(1.0, 1.0)', lambda: math.nextafter(1.0, 1.0)),
    ('math.nextafter(1.0, 2.0, steps=3)', lambda: math.nextafter(1.0, 2.0, steps=3)),
    ('math.nextafter(1.0, 0.0, steps=2**60)', lambda: math.nextafter(1.0, 0.0, steps=2**60)),
    ('math.nextafter(1.0, 2.0, steps=0)', lambda: math.nextafter(1.0, 2.0, steps=0)),
    ('math.nextafter(1.0, 2.0, steps=-1)', lambda: math.nextafter(1.0, 2.0, steps=-1)),
    ('math.nextafter(1)', lambda: math.nextafter(1)),
    ('math.nextafter(math.inf, 0)', lambda: math.nextafter(math.inf, 0)),
    ('math.ulp(1.0)', lambda: math.ulp(1.0)),
    ('math.ulp(0.0)', lambda: math.ulp(0.0)),
    ('math.ulp(-3.5)', lambda: math.ulp(-3.5)),
    ('math.ulp(1e308)', lambda: math.ulp(1e308)),
    ('math.ulp(math.inf)', lambda: math.ulp(math.inf)),
    ('math.ulp(math.nan)', lambda: math.ulp(math.nan)),
    ('math.ulp(1.7976931348623157e308)', lambda: math.ulp(1.7976931348623157e308)),
    ('math.sqrt(-1)', lambda: math.sqrt(-1)),
    ("math.sqrt('a')", lambda: math.sqrt('a')),
    ('math.sqrt()', lambda: math.sqrt()),
    ('math.sqrt(1, 2)', lambda: math.sqrt(1, 2)),
    ('math.sqrt(10**400)', lambda: math.sqrt(10**400)),
    ('math.exp(1000)', lambda: math.exp(1000)),
    ('math.gamma(0)', lambda: math.gamma(0)),
    ('math.gamma(-1)', lambda: math.gamma(-1)),
    ('math.gamma(171.5)', lambda: math.gamma(171.5)),
    ('math.gamma(-171.5)', lambda: math.gamma(-171.5)),
    ('math.gamma(0.5)', lambda: math.gamma(0.5)),
    ('math.gamma(5)', lambda: math.gamma(5)),
    ('math.lgamma(0)', lambda: math.lgamma(0)),
    ('math.lgamma(-2.5)', lambda: math.lgamma(-2.5)),
    ('math.lgamma(100)', lambda: math.lgamma(100)),
    ('math.erf(0.3)', lambda: math.erf(0.3)),
    ('math.erfc(3)', lambda: math.erfc(3)),
    ('math.erfc(-3)', lambda: math.erfc(-3)),
    ('math.cosh(1000)', lambda: math.cosh(1000)),
    ('math.tan(math.inf)', lambda: math.tan(math.inf)),
    ('math.pow(1)', lambda: math.pow(1)),
    ('math.atan2(1)', lambda: math.atan2(1)),
    ('math.log()', lambda: math.log()),
    ('math.log(1, 2, 3)', lambda: math.log(1, 2, 3)),
    ('math.degrees(math.pi)', lambda: math.degrees(math.pi)),
    ('math.radians(180)', lambda: math.radians(180)),
]
for label, f in cases:
    show(label, f)

class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return 'x'
show("math.sqrt(F())", lambda: math.sqrt(F()))
show("math.sqrt(I())", lambda: math.sqrt(I()))
show("math.sqrt(Bad())", lambda: math.sqrt(Bad()))
show("math.sqrt(True)", lambda: math.sqrt(True))
