import sys
print("start")
sys.exit(3)
print("never")
