class Outer:
    class Inner:
        limit = 10 // 0
