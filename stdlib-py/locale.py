"""locale (pyjs implementation): the C locale only. setlocale() accepts "C", "POSIX" and ""
(which pyjs takes as C) and raises locale.Error for any other locale; formatting uses '.' and no
grouping, as CPython does in the C locale, and currency() raises its ValueError there."""

import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale",
           "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format_string",
           "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "LC_MESSAGES", "CHAR_MAX", "getencoding", "delocalize",
           "localize"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


Error.__module__ = "locale"


def localeconv():
    return {"int_curr_symbol": "", "currency_symbol": "", "mon_decimal_point": "",
            "mon_thousands_sep": "", "mon_grouping": [], "positive_sign": "", "negative_sign": "",
            "int_frac_digits": CHAR_MAX, "frac_digits": CHAR_MAX, "p_cs_precedes": CHAR_MAX,
            "p_sep_by_space": CHAR_MAX, "n_cs_precedes": CHAR_MAX, "n_sep_by_space": CHAR_MAX,
            "p_sign_posn": CHAR_MAX, "n_sign_posn": CHAR_MAX, "decimal_point": ".",
            "thousands_sep": "", "grouping": []}


def setlocale(category, locale=None):
    if not isinstance(category, int) or not 0 <= category <= 6:
        raise Error("unsupported locale setting")
    if locale is None:
        return "C"
    if not isinstance(locale, _builtin_str):
        locale = _build_localename(locale)
    if locale in ("", "C", "POSIX", "C.UTF-8", "C.utf8"):
        return "C" if locale in ("", "C", "POSIX") else locale
    raise Error("unsupported locale setting")


def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = "C"
    if encoding is None:
        return language
    return language + "." + encoding


def getlocale(category=LC_CTYPE):
    if category == LC_ALL and isinstance(category, int):
        raise TypeError("category LC_ALL is not supported")
    return (None, None)


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    return (None, "UTF-8")


def getpreferredencoding(do_setlocale=True):
    return "UTF-8"


def getencoding():
    return "UTF-8"


def normalize(localename):
    return localename


def strcoll(a, b, /):
    return (a > b) - (a < b)


def strxfrm(string, /):
    return string


def format_string(f, val, grouping=False, monetary=False):
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    raise NotImplementedError("locale.format() was removed in Python 3.12; use format_string()")


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return format_string("%.12g", val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
