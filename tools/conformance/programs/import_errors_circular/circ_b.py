import circ_a
seen_a = circ_a.A
B = 'b'
