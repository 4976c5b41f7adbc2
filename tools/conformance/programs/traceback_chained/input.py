def load():
    try:
        {}["key"]
    except KeyError:
        raise RuntimeError("load failed")
load()
