# except* handles part of a group; the unhandled part escapes with its own traceback.
def job(i):
    if i == 0:
        raise ValueError("bad input 0")
    if i == 1:
        raise OSError("disk gone")
    raise KeyError(f"job{i}")

def run():
    errs = []
    for i in range(3):
        try:
            job(i)
        except Exception as e:
            errs.append(e)
    raise ExceptionGroup("jobs failed", errs)

try:
    run()
except* ValueError as g:
    print("handled", [str(e) for e in g.exceptions])
