import sys
x = []
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
print(sys.getrefcount(None) == 4294967295, sys.getrefcount(1))
a = 1000
b = 999 + 1
c, d = 256, 255
print(a == b, c is d + 1)
