"""gc: garbage collector interface (pyjs: JavaScript's collector runs on its own)."""

garbage = []
callbacks = []
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

_state = {"enabled": True, "threshold": (700, 10, 10), "debug": 0}


def collect(generation=2):
    if generation not in (0, 1, 2):
        raise ValueError("invalid generation")
    return 0


def enable():
    _state["enabled"] = True


def disable():
    _state["enabled"] = False


def isenabled():
    return _state["enabled"]


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _state["threshold"]


def set_threshold(threshold0, threshold1=10, threshold2=10):
    _state["threshold"] = (threshold0, threshold1, threshold2)


def get_debug():
    return _state["debug"]


def set_debug(flags):
    _state["debug"] = flags


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def is_tracked(obj):
    return not isinstance(obj, (int, float, str, bytes, bool, type(None)))


def is_finalized(obj):
    return False


def get_stats():
    return [{"collections": 0, "collected": 0, "uncollectable": 0} for _ in range(3)]


def get_objects(generation=None):
    raise NotImplementedError("gc.get_objects is not supported by pyjs")


def get_referrers(*objs):
    raise NotImplementedError("gc.get_referrers is not supported by pyjs")


def get_referents(*objs):
    raise NotImplementedError("gc.get_referents is not supported by pyjs")
