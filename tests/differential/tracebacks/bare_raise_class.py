class AppError(Exception):
    pass


def run():
    raise AppError


run()
