thing = "pkg-thing"
__all__ = ['public1', 'thing']
public1 = 1
public2 = 2
