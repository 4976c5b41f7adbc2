a = 7
b = 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, divmod(17, 5), divmod(-17, 5))
print(2 ** 100, 2 ** 64 - 1, -(2 ** 70) // 3, (10 ** 30) % 7)
print(1 << 40, 12345678901234567890 >> 3, 0xff & 0x0f, 0xf0 | 0x0f, 6 ^ 3, ~5)
print(abs(-12), abs(3), int("42"), int("-17"), int(3.99), int(-3.99))
x = 10
x += 5
x *= 2
x -= 1
x //= 2
print(x)
print(3 == 3.0, 1 < 2 < 3, 1 < 3 < 2, 5 != 5)
