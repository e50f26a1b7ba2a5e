x = 1
print(x)
y = undefined_thing + 1
