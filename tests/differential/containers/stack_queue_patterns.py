# Lists used as stacks and queues, plus in/len/truthiness.
stack = []
for tok in "1 2 + 3 * 4 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[tok])
    print(tok, stack)
queue = ["a", "b"]
queue.append("c")
while queue:
    item = queue.pop(0)
    print("served", item, "remaining", queue, len(queue))
    if item == "a":
        queue.append("a2")
print(bool(queue), queue == [], not queue)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st[-1] != pairs[ch]:
                return False
            st.pop()
    return not st
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(s), balanced(s))
window, total, out = [], 0, []
for v in [4, 8, 15, 16, 23, 42]:
    window.append(v)
    total += v
    if len(window) > 3:
        total -= window.pop(0)
    out.append(total)
print(out)
