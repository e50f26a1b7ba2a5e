def area(w, h=1):
    return w * h


print(area(2))
area(2, depth=3)
