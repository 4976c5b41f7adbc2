VALUE = 41
def helper(x):
    return x * 10
print("mod imported")
