"""weakref: weak references (pyjs implementation).

JavaScript cannot observe when an object dies the way CPython's reference counting does, so
these references keep their referent alive: `ref(x)()` is always `x`, and weak containers
behave like ordinary ones. Finalizer callbacks never run."""

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]

_NOT_WEAKREFABLE = (int, float, str, bytes, tuple, list, dict, bool, type(None), complex,
                    bytearray)


def _check(obj):
    if type(obj) in _NOT_WEAKREFABLE:
        raise TypeError("cannot create weak reference to '%s' object" % type(obj).__name__)


class ref:
    def __init__(self, obj, callback=None):
        _check(obj)
        self._obj = obj
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if isinstance(other, ref):
            return self._obj == other._obj
        return NotImplemented

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(self._obj).__name__,
                                                     id(self._obj))


ReferenceType = ref


class WeakMethod(ref):
    def __init__(self, meth, callback=None):
        try:
            meth.__self__
            meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not %s" % type(meth))
        ref.__init__(self, meth.__self__, callback)
        self._callback = meth

    def __call__(self):
        return self._callback


def proxy(obj, callback=None):
    _check(obj)
    return obj


ProxyType = type(None)
CallableProxyType = type(None)
ProxyTypes = (ProxyType, CallableProxyType)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):
    def __setitem__(self, key, value):
        _check(value)
        dict.__setitem__(self, key, value)

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def itervaluerefs(self):
        return iter(self.valuerefs())

    def __repr__(self):
        return "<WeakValueDictionary at %#x>" % id(self)


class WeakKeyDictionary(dict):
    def __setitem__(self, key, value):
        _check(key)
        dict.__setitem__(self, key, value)

    def keyrefs(self):
        return [ref(k) for k in self.keys()]

    def __repr__(self):
        return "<WeakKeyDictionary at %#x>" % id(self)


class WeakSet(set):
    def add(self, item):
        _check(item)
        set.add(self, item)

    def __repr__(self):
        return "<_weakrefset.WeakSet object at %#x>" % id(self)


class finalize:
    def __init__(self, obj, func, /, *args, **kwargs):
        self._info = (obj, func, args, kwargs)
        self.atexit = True

    def __call__(self, _=None):
        info, self._info = self._info, None
        if info is not None:
            obj, func, args, kwargs = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        info, self._info = self._info, None
        if info is not None:
            return (info[0], info[1], info[2], info[3])

    def peek(self):
        info = self._info
        if info is not None:
            return (info[0], info[1], info[2], info[3])

    @property
    def alive(self):
        return self._info is not None
