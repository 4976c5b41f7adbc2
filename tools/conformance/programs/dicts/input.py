d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d.update({"x": 9}, y=8)
print(d, d.pop("a"), d.setdefault("q", []), d)
for k, v in d.items():
    print(k, v)
e = {i: i * i for i in range(5)}
print(e, {1: "a", 1.0: "b", True: "c"}, dict(a=1, b=2), dict([(1, 2)]))
try:
    d["missing"]
except KeyError as ex:
    print("KeyError", ex)
print(sorted({"b": 1, "a": 2}), {**e, 9: 0} == dict(e, **{}) , e == {0: 0, 1: 1, 2: 4, 3: 9, 4: 16})
