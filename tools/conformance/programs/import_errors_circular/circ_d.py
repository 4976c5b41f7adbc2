D = 'd'
try:
    from circ_c import C
except ImportError as e:
    import sys
    print('in circ_d:', str(e).replace(sys.path[0], '<DIR>'))
