A = 'a-start'
import circ_b
A = 'a-done'
