# Breadth-first maze solving on a text grid, marking the shortest path.
MAZE = """
#####################
#S    #     #       #
# ### # ### # ##### #
# #   #   #   #   # #
# # ##### ##### # # #
# #     #       #   #
# ##### # ####### # #
#     # #       #   #
##### # ####### ### #
#     #            E#
#####################
"""
def parse(text):
    grid = [list(line) for line in text.strip("\n").split("\n")]
    find = lambda ch: next((r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == ch)
    return grid, find("S"), find("E")
def solve(grid, start, end):
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for r, c in frontier:
            if (r, c) == end:
                path = []
                node = end
                while node:
                    path.append(node)
                    node = prev[node]
                return path[::-1], len(prev)
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                nr, nc = r + dr, c + dc
                if grid[nr][nc] != "#" and (nr, nc) not in prev:
                    prev[(nr, nc)] = (r, c)
                    nxt.append((nr, nc))
        frontier = nxt
    return None, len(prev)
grid, start, end = parse(MAZE)
print("size", len(grid), "x", len(grid[0]), "start", start, "end", end)
path, explored = solve(grid, start, end)
print("path length", len(path) - 1, "explored", explored)
for r, c in path[1:-1]:
    grid[r][c] = "."
print("\n".join("".join(row) for row in grid))
moves = []
for (r1, c1), (r2, c2) in zip(path, path[1:]):
    moves.append({(0, 1): "R", (1, 0): "D", (0, -1): "L", (-1, 0): "U"}[(r2 - r1, c2 - c1)])
compressed = []
for m in moves:
    if compressed and compressed[-1][0] == m:
        compressed[-1][1] += 1
    else:
        compressed.append([m, 1])
print(" ".join(f"{m}{n}" for m, n in compressed))
blocked, s2, e2 = parse("#####\n#S#E#\n#####")
print(solve(blocked, s2, e2))
