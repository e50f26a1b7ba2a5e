# An exception class with a custom __str__ and a cause whose str is empty.
class HTTPError(Exception):
    def __init__(self, code, url):
        super().__init__(code, url)
        self.code, self.url = code, url
    def __str__(self):
        return f"HTTP {self.code} for {self.url}"

class Timeout(Exception):
    pass

def fetch(url):
    try:
        raise Timeout()
    except Timeout as t:
        raise HTTPError(504, url) from t

def retry(url, times):
    for attempt in range(times):
        try:
            return fetch(url)
        except HTTPError as e:
            print(f"attempt {attempt}: {e}")
            last = e
    raise last

retry("http://example.com/api", 2)
