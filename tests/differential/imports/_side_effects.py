print("_side_effects: executing module body")
loaded_times = 1
items = []
